package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 23b M6: a workbook one of whose parts swells to hundreds of MB of nothing (a "zip bomb" of spaces) was refused
 * fast, but the clerk read "sel xl/worksheets/sheet1.xml berisi lebih dari 32.767 karakter": a zip entry called a cell.
 * It is a damaged or too large workbook; a cell too long is named by its reference, a too long text without one.
 */
class WorkbookTooLargeWordsTest {
    @TempDir
    Path dir;

    @Test
    void aPartSwellingWithoutTagsIsATooLargeOrDamagedWorkbookNotACell() throws Exception {
        Path file = new Xlsx().writeWithSheet(dir.resolve("bomb.xlsx"), out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><sheetData>" + Xlsx.HEADER).getBytes(StandardCharsets.UTF_8));
            byte[] spaces = " ".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 40; i++) { // 2,5 MB of spaces between two tags
                out.write(spaces);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        assertThatThrownBy(() -> XlsxGuard.check(file)).isInstanceOfSatisfying(ImportFileException.class, e -> {
            assertThat(e.code()).isEqualTo("XLSX_PART_TOO_LARGE");
            assertThat(e.args()).containsExactly("bomb.xlsx");
            assertThat(words("id", e)).startsWith("bomb.xlsx ditolak: berkas Excel ini terlalu besar bila dibuka atau rusak")
                    .doesNotContain("sel ", "xl/worksheets", "32.767");
            assertThat(words("en", e)).contains("too large once opened, or damaged").doesNotContain("cell", "xl/");
        });
    }

    @Test
    void aTooLongCellIsNamedByItsReference() throws Exception {
        Path file = new Xlsx().rows("<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>" + "a".repeat(40_000)
                + "</t></is></c></row>").write(dir.resolve("panjang.xlsx"));
        assertThatThrownBy(() -> XlsxGuard.check(file)).isInstanceOfSatisfying(ImportFileException.class, e -> {
            assertThat(e.code()).isEqualTo("XLSX_CELL_TOO_LONG");
            assertThat(words("id", e)).isEqualTo("panjang.xlsx ditolak: sel B2 berisi lebih dari 32.767 karakter (batas Excel).");
        });
    }

    @Test
    void aTooLongSharedTextIsNoCellWithoutAName() throws Exception {
        Path file = new Xlsx().sharedStrings("b".repeat(40_000)).write(dir.resolve("teks.xlsx"));
        assertThatThrownBy(() -> XlsxGuard.check(file)).isInstanceOfSatisfying(ImportFileException.class, e -> {
            assertThat(e.code()).isEqualTo("XLSX_TEXT_TOO_LONG");
            assertThat(words("id", e)).contains("sebuah teks di dalamnya berisi lebih dari 32.767 karakter")
                    .doesNotContain("sel  ");
            assertThat(words("en", e)).contains("a text in it holds more than 32.767 characters");
        });
    }

    private static String words(String language, ImportFileException e) {
        ResourceBundle b = ResourceBundle.getBundle(language.equals("id") ? "i18n.messages" : "i18n.messages_en",
                Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        return new MessageFormat(b.getString("import.problem." + e.code()), Locale.forLanguageTag("id"))
                .format(e.args().toArray());
    }
}
