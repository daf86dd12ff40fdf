package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file is judged by its first bytes, not its name: an old .xls renamed .xlsx, or a web page (SIKS-NG/DTKS exports are
 * HTML tables named .xls) got "zip END header not found" (trial 18, LOW 29).
 */
class DisguisedFilesTest {
    @TempDir Path dir;

    @Test
    void anOldXlsRenamedXlsxIsSaidToBeAnOldExcelFile() throws Exception {
        byte[] ole2 = new byte[1024];
        byte[] magic = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);
        Path file = Files.write(dir.resolve("old97-renamed.xlsx"), ole2);
        assertCode(file, "FILE_XLS");
    }

    @Test
    void aWebPageNamedXlsOrXlsxIsSaidToBeOne() throws Exception {
        assertCode(Files.write(dir.resolve("export-siks-renamed.xlsx"), ("\uFEFF\r\n  <!DOCTYPE html><html><body><table>"
                + "<tr><td>NIK</td><td>Nama</td></tr></table></body></html>").getBytes(StandardCharsets.UTF_8)), "FILE_HTML");
        assertCode(Files.writeString(dir.resolve("dtks.xls"), "<table border=1><tr><td>NIK</td></tr></table>"), "FILE_HTML");
        assertCode(Files.writeString(dir.resolve("siks.xls"), "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">"),
                "FILE_HTML");
        assertCode(Files.write(dir.resolve("utf16.xlsx"), "\uFEFF<html><table></table></html>"
                .getBytes(StandardCharsets.UTF_16LE)), "FILE_HTML");
    }

    @Test
    void aRealXlsxNamedXlsIsReadAndAPlainCsvStillIs() throws Exception {
        Path xlsx = new Xlsx().rows(Xlsx.HEADER).write(dir.resolve("daftar.xls"));
        try (TableReader reader = TableReader.open(xlsx, null)) {
            assertThat(reader.next().cells().get(0).text()).isEqualTo("NIK");
        }
        Path csv = Files.writeString(dir.resolve("daftar.csv"), "NIK;Nama\n5310015204850001;Maria\n");
        try (TableReader reader = TableReader.open(csv, null)) {
            assertThat(reader.next().cells().get(1).text()).isEqualTo("Nama");
        }
    }

    @Test
    void theWebPageSentenceIsInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale, ResourceBundle.Control
                    .getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
            String said = MessageFormat.format(bundle.getString("import.problem.FILE_HTML"), "siks.xls");
            assertThat(said).startsWith("siks.xls ").contains(".xlsx").contains("HTML");
        }
    }

    private static void assertCode(Path file, String code) {
        assertThatThrownBy(() -> TableReader.open(file, null).close())
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
