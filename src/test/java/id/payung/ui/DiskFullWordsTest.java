package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.DatabaseOpenException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * Trial 21b M4: an import (or "Cadangkan sekarang") on a full disk said "Terjadi kesalahan yang tidak terduga: commit
 * failed: the disk is full ([SQLITE_FULL] …" with English details. The store says a full disk as the known DISK_FULL
 * naming the file it could not write; the window words it in Bahasa Indonesia, naming the folder, as a refusal (a plain
 * warning, no technical details), wherever the service wrapped it.
 */
class DiskFullWordsTest {
    private static final ResourceBundle ID = I18n.bundle(Locale.forLanguageTag("id"));

    @Test
    void aFullDiskIsSaidInWordsNamingTheFolder() {
        Path db = Path.of("/media/data/office.db").toAbsolutePath();
        Throwable wrapped = new RuntimeException("import failed", new DatabaseOpenException(
                DatabaseOpenException.Problem.DISK_FULL, db, "writing to " + db + " failed: the disk is full"));

        String said = UserMessages.describe(ID, wrapped);

        assertThat(said).isEqualTo("Disk penuh: tidak ada ruang untuk menulis " + db + ". Tidak ada yang disimpan;"
                + " kosongkan ruang di disk tempat folder " + db.getParent() + " berada, lalu coba lagi.");
        assertThat(said).doesNotContain("tidak terduga").doesNotContain("SQLITE");
        assertThat(UserMessages.isRefusal(wrapped)).as("a warning without technical details").isTrue();
    }
}
