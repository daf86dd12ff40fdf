package id.payung.service.exporting;

import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import id.payung.service.TestData;
import java.nio.file.Path;
import java.time.YearMonth;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names in scripts the PDF's font lacks (Chinese, Arabic) printed blank in the decree annex: now the row
 * says the name cannot be printed, and the rows are listed under the table.
 */
class AnnexScriptsTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @TempDir
    Path dir;

    @Test
    void aNameTheFontCannotPrintIsSaidSoAndItsRowListed() throws Exception {
        Path pdf = dir.resolve("lampiran.pdf");
        try (PayungServices s = engine.services()) {
            s.enrollments().enrol(TestData.form("5310011205850001", "Andi Jehalu", "APBD-KAB-MGR", YearMonth.of(2026, 1), null));
            s.enrollments().enrol(TestData.form("5310011205850002", "王小明", "APBD-KAB-MGR", YearMonth.of(2026, 1), null));
            s.enrollments().enrol(TestData.form("5310011205850003", "محمد علي", "APBD-KAB-MGR", YearMonth.of(2026, 1), null));
            s.enrollments().enrol(TestData.form("5310011205850004", "José Ñoño", "APBD-KAB-MGR", YearMonth.of(2026, 1), null));
            assertThat(s.exports().annex("APBD-KAB-MGR", 2026, false, pdf)).isEqualTo(4);
        }
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("Andi Jehalu").contains("José Ñoño");
        String flat = text.replaceAll("\\s+", " ");
        // The sentence wraps in the narrow name column: compared with the line breaks made spaces.
        assertThat(flat.split(java.util.regex.Pattern.quote(AnnexPdf.NAME_NOT_PRINTABLE), -1)).hasSize(3);
        assertThat(flat).contains("Nama 2 peserta memuat aksara yang tidak dapat dicetak")
                .containsPattern("yaitu nomor [1-4], [1-4]\\.");
    }
}
