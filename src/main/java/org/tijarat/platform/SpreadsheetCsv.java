package org.tijarat.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for spreadsheets: UTF-8 with the byte-order mark Excel needs to read Urdu, and every cell
 * that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return)
 * defused with a leading apostrophe.
 */
public final class SpreadsheetCsv {

    private SpreadsheetCsv() {
    }

    public static void write(OutputStream out, List<String> header, List<List<String>> rows) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(header.stream().map(SpreadsheetCsv::safe).toList());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetCsv::safe).toList());
            }
        }
    }

    /** The cell as text a spreadsheet shows and never evaluates. */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
