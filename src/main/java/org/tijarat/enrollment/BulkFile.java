package org.tijarat.enrollment;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.TextNormalizer;

/**
 * Reads a bulk enrollment file: UTF-8 with or without Excel's byte-order mark, a header row with an
 * {@code email} column (others are ignored), one learner per line. A file that cannot be read at all
 * is refused whole; a bad line is reported by its line number and does not stop the others.
 */
public final class BulkFile {

    /** A plausible address: something@domain.tld, no spaces; the account lookup decides the rest. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int EMAIL_MAX = 254;

    private BulkFile() {
    }

    /** The rows with their line numbers; each is ENROL until the accounts are looked up, or ERROR. */
    public static List<BulkRow> read(byte[] content, int maxRows) {
        String text = decode(content);
        List<BulkRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            String emailColumn = parser.getHeaderNames().stream()
                    .filter(h -> h != null && h.strip().toLowerCase(Locale.ROOT).equals("email"))
                    .findFirst()
                    .orElseThrow(() -> new BusinessException("bulk.missing_column", "email"));
            for (CSVRecord record : parser) {
                if (rows.size() >= maxRows) {
                    throw new BusinessException("bulk.too_many_rows", maxRows);
                }
                int line = (int) record.getParser().getCurrentLineNumber();
                String email = record.isSet(emailColumn) ? record.get(emailColumn).strip() : "";
                rows.add(check(line, email, seen));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new BusinessException("bulk.unreadable", e.getMessage() == null ? "" : e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new BusinessException("bulk.empty");
        }
        return rows;
    }

    private static BulkRow check(int line, String email, Map<String, Integer> seen) {
        if (email.isEmpty()) {
            return new BulkRow(line, email, BulkRow.Outcome.ERROR, "bulk.row.email_missing");
        }
        if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            return new BulkRow(line, email, BulkRow.Outcome.ERROR, "bulk.row.email_invalid");
        }
        Integer first = seen.putIfAbsent(TextNormalizer.email(email), line);
        if (first != null) {
            return new BulkRow(line, email, BulkRow.Outcome.ERROR, "bulk.row.duplicate", first);
        }
        return new BulkRow(line, email, BulkRow.Outcome.ENROL, null);
    }

    /** Strict UTF-8: a file saved in another encoding is refused rather than read as mojibake. */
    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new BusinessException("bulk.encoding");
        }
    }
}
