package org.tijarat.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.SpreadsheetCsv;

class BulkFileTest {

    @Test
    void readsExcelsUtf8WithTheByteOrderMarkAndNumbersLines() {
        byte[] file = ("\uFEFFName,EMAIL\r\n\"Khan, Ayesha\",ayesha@example.pk\r\nعلی,ali@example.pk\r\n")
                .getBytes(StandardCharsets.UTF_8);
        List<BulkRow> rows = BulkFile.read(file, 10);
        assertThat(rows).extracting(BulkRow::line).containsExactly(2, 3);
        assertThat(rows).extracting(BulkRow::email).containsExactly("ayesha@example.pk", "ali@example.pk");
        assertThat(rows).noneMatch(BulkRow::isError);
    }

    @Test
    void badLinesAreReportedByNumberAndDoNotStopTheOthers() {
        byte[] file = "email\nok@example.pk\n\nnot-an-address\n,\nOK@example.pk \nlast@example.pk\n".getBytes(StandardCharsets.UTF_8);
        List<BulkRow> rows = BulkFile.read(file, 10);
        assertThat(rows).extracting(BulkRow::line, BulkRow::outcome, BulkRow::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, BulkRow.Outcome.ENROL, null),
                org.assertj.core.groups.Tuple.tuple(4, BulkRow.Outcome.ERROR, "bulk.row.email_invalid"),
                org.assertj.core.groups.Tuple.tuple(5, BulkRow.Outcome.ERROR, "bulk.row.email_missing"),
                org.assertj.core.groups.Tuple.tuple(6, BulkRow.Outcome.ERROR, "bulk.row.duplicate"),
                org.assertj.core.groups.Tuple.tuple(7, BulkRow.Outcome.ENROL, null));
        assertThat(rows.get(3).arguments()).containsExactly(2);
    }

    @Test
    void unreadableFilesAreRefusedWhole() {
        assertThat(refusal("name,phone\nAli,0300\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("bulk.missing_column");
        assertThat(refusal("email\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("bulk.empty");
        byte[] latin1 = "email\nsaïd@example.pk\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(refusal(latin1)).isEqualTo("bulk.encoding");
        StringBuilder many = new StringBuilder("email\n");
        for (int i = 0; i < 11; i++) {
            many.append("l").append(i).append("@example.pk\n");
        }
        assertThat(refusal(many.toString().getBytes(StandardCharsets.UTF_8))).isEqualTo("bulk.too_many_rows");
    }

    @Test
    void spreadsheetCellsNeverRunAsFormulas() {
        assertThat(SpreadsheetCsv.safe("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(SpreadsheetCsv.safe("+92 300")).startsWith("'");
        assertThat(SpreadsheetCsv.safe("-1")).startsWith("'");
        assertThat(SpreadsheetCsv.safe("@SUM(A1)")).startsWith("'");
        assertThat(SpreadsheetCsv.safe("Ayesha Khan")).isEqualTo("Ayesha Khan");
        assertThat(SpreadsheetCsv.safe(null)).isEmpty();
    }

    private static String refusal(byte[] file) {
        try {
            BulkFile.read(file, 10);
        } catch (BusinessException e) {
            return e.getMessageKey();
        }
        throw new AssertionError("refused");
    }

    @Test
    void refusalIsABusinessException() {
        assertThatThrownBy(() -> BulkFile.read(new byte[] {(byte) 0xC3, (byte) 0x28}, 1)).isInstanceOf(BusinessException.class);
    }
}
