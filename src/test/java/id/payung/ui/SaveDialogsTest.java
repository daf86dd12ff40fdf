package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save and open dialogs start where the user chose a file last time for the same database, else in documents. */
class SaveDialogsTest {
    @TempDir
    Path dir;
    private Preferences prefs;
    private Path documents;

    @BeforeEach
    void ownPreferences() throws Exception {
        prefs = Preferences.userRoot().node("id/payung/test-files-" + System.nanoTime());
        SaveDialogs.usePreferences(prefs);
        documents = Files.createDirectory(dir.resolve("Dokumen"));
        SaveDialogs.useDocuments(() -> Optional.of(documents));
        SaveDialogs.forDatabase(dir.resolve("kantor/payung.db"));
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
        SaveDialogs.usePreferences(Preferences.userRoot().node("id/payung/files"));
        SaveDialogs.useDocuments(SaveDialogs::documentsFolder);
        SaveDialogs.forDatabase((String) null);
    }

    @Test
    void theFolderOfTheLastChosenFileIsWhereTheNextDialogStarts() throws Exception {
        assertThat(SaveDialogs.lastFolder()).isEmpty();
        assertThat(SaveDialogs.startFolder()).contains(documents);
        Path reports = Files.createDirectory(dir.resolve("laporan"));
        SaveDialogs.remember(reports.resolve("laporan-payung-2025.pdf").toFile());
        assertThat(SaveDialogs.lastFolder()).contains(reports);
        assertThat(SaveDialogs.startFolder()).contains(reports);

        SaveDialogs.remember(null); // cancelled: the folder stays
        assertThat(SaveDialogs.lastFolder()).contains(reports);

        Files.delete(reports); // gone since: the documents folder instead of a folder that is not there
        assertThat(SaveDialogs.lastFolder()).isEmpty();
        assertThat(SaveDialogs.startFolder()).contains(documents);
    }

    /**
     * Trial 16 L11: the annex with names of one database was offered the folder another database's session had saved
     * to. Each database has its own folder; one never chosen for starts in documents, and each keeps its own.
     */
    /** Trial 18-2: after an import, a report's save dialog offered the village lists' folder. Lists and outputs apart. */
    @Test
    void villageListsAndReportsKeepTheirOwnFolders() throws Exception {
        Path lists = Files.createDirectory(dir.resolve("daftar-desa"));
        Path reports = Files.createDirectory(dir.resolve("laporan"));
        assertThat(SaveDialogs.listStartFolder()).as("nothing read yet: where any dialog starts").contains(documents);

        SaveDialogs.rememberList(lists.resolve("Daftar Lalong 2026.csv").toFile());
        assertThat(SaveDialogs.startFolder()).as("a report is not saved among the village lists").contains(documents);
        SaveDialogs.remember(reports.resolve("laporan-2026.pdf").toFile());
        assertThat(SaveDialogs.startFolder()).contains(reports);
        assertThat(SaveDialogs.listStartFolder()).contains(lists);

        Files.delete(lists); // gone since: where any dialog starts
        assertThat(SaveDialogs.listStartFolder()).contains(reports);
    }

    @Test
    void eachDatabaseStartsInItsOwnFolder() throws Exception {
        Path ruteng = Files.createDirectory(dir.resolve("ruteng"));
        Path other = Files.createDirectory(dir.resolve("dsf"));
        SaveDialogs.forDatabase(dir.resolve("kantor/payung.db"));
        SaveDialogs.remember(ruteng.resolve("lampiran-sk.pdf").toFile());

        SaveDialogs.forDatabase(dir.resolve("lain/payung.db"));
        assertThat(SaveDialogs.lastFolder()).as("never chosen for this database").isEmpty();
        assertThat(SaveDialogs.startFolder()).contains(documents);
        SaveDialogs.remember(other.resolve("peserta.xlsx").toFile());
        assertThat(SaveDialogs.startFolder()).contains(other);

        // The same file however it is named (relative, with "..").
        SaveDialogs.forDatabase(dir.resolve("kantor/../kantor/payung.db"));
        assertThat(SaveDialogs.startFolder()).contains(ruteng);
        SaveDialogs.forDatabase("postgresql://clerk@db.example/payung");
        assertThat(SaveDialogs.startFolder()).contains(documents);
    }

    /**
     * Trial 22b: the first dialog of a session (the import's) opened in the home folder, far from the database in
     * /tmp/t22b. Before a folder was chosen for a database, every dialog — save, a village list's, a folder's — starts
     * in the database file's folder; not in Payung's own hidden data folder, nor for a server (documents there).
     */
    @Test
    void theFirstDialogStartsBesideTheDatabaseFile() throws Exception {
        Path office = Files.createDirectory(dir.resolve("kantor"));
        Files.writeString(office.resolve("payung.db"), "");
        SaveDialogs.forDatabase(dir.resolve("kantor/payung.db"));
        assertThat(SaveDialogs.startFolder()).contains(office);
        assertThat(SaveDialogs.listStartFolder()).as("the import's first dialog").contains(office);
        assertThat(SaveDialogs.saveChooser("peserta.xlsx", SaveDialogs.tables()).getInitialDirectory())
                .isEqualTo(office.toFile());
        javafx.stage.FileChooser open = new javafx.stage.FileChooser();
        SaveDialogs.startInLastFolder(open);
        assertThat(open.getInitialDirectory()).isEqualTo(office.toFile());
        javafx.stage.DirectoryChooser folder = new javafx.stage.DirectoryChooser();
        SaveDialogs.startInLastFolder(folder);
        assertThat(folder.getInitialDirectory()).isEqualTo(office.toFile());

        Path reports = Files.createDirectory(dir.resolve("laporan"));
        SaveDialogs.remember(reports.resolve("peserta.xlsx").toFile());
        assertThat(SaveDialogs.startFolder()).as("then the folder used last").contains(reports);

        Path data = Files.createDirectory(dir.resolve("data-payung"));
        try {
            SaveDialogs.useDataFolder(() -> data);
            SaveDialogs.forDatabase(data.resolve("payung.db"));
            assertThat(SaveDialogs.startFolder()).as("Payung's own data folder is no place for the work")
                    .contains(documents);
        } finally {
            SaveDialogs.useDataFolder(SaveDialogs::ownDataFolder);
        }
        SaveDialogs.forDatabase("postgresql://clerk@db.example/payung");
        assertThat(SaveDialogs.startFolder()).as("a server: documents").contains(documents);
    }

    @Test
    void theDesktopsDocumentsFolderIsFoundInItsUserDirs() throws Exception {
        Path home = Files.createDirectory(dir.resolve("home"));
        // Trial 19: with no documents folder the first "Laporan PDF…" opened in the program's folder (the working
        // directory, the system's default); the home folder is offered instead.
        assertThat(SaveDialogs.documentsFolder(home, null)).as("no documents folder: the home folder").contains(home);
        Path indonesian = Files.createDirectory(home.resolve("Dokumen"));
        assertThat(SaveDialogs.documentsFolder(home, null)).as("~/Dokumen without user-dirs.dirs").contains(indonesian);
        Files.delete(indonesian);
        Path english = Files.createDirectory(home.resolve("Documents"));
        assertThat(SaveDialogs.documentsFolder(home, null)).contains(english);
        // An Indonesian desktop names its own in ~/.config/user-dirs.dirs.
        Path dokumen = Files.createDirectory(home.resolve("Dokumen"));
        Files.createDirectory(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"),
                "# xdg-user-dirs\nXDG_DESKTOP_DIR=\"$HOME/Desktop\"\nXDG_DOCUMENTS_DIR=\"$HOME/Dokumen\"\n");
        assertThat(SaveDialogs.documentsFolder(home, null)).contains(dokumen);
        assertThat(SaveDialogs.documentsFolder(home, dir.resolve("elsewhere").toString())).as("XDG_CONFIG_HOME first")
                .contains(english);
    }

    /** Trial 18 L12: the save dialogs of Laporan PDF and Ekspor had an empty window title. */
    @Test
    void everySaveDialogIsTitledInTheWindowsLanguage() {
        try {
            javafx.stage.FileChooser chooser = SaveDialogs.saveChooser("laporan-payung-2025.pdf",
                    new javafx.stage.FileChooser.ExtensionFilter("PDF", "*.pdf"));
            assertThat(chooser.getTitle()).isEqualTo("Simpan sebagai");
            assertThat(chooser.getInitialFileName()).isEqualTo("laporan-payung-2025.pdf");
            assertThat(chooser.getInitialDirectory()).isEqualTo(documents.toFile());

            SaveDialogs.inLanguage(I18n.ENGLISH);
            assertThat(SaveDialogs.saveChooser("peserta.xlsx", SaveDialogs.tables()).getTitle()).isEqualTo("Save as");
        } finally {
            SaveDialogs.inLanguage(I18n.INDONESIAN);
        }
    }

    /**
     * Trial 21d: "…/pie.png" typed over the name offered (the dialog selects its stem and leaves ".png" behind it) saved
     * "pie.png.png". The format's extension is there once, whatever its case; a name without one gets the chosen
     * format's.
     */
    @Test
    void theFormatsExtensionIsThereOnce() {
        javafx.stage.FileChooser.ExtensionFilter png = new javafx.stage.FileChooser.ExtensionFilter("PNG", "*.png");
        javafx.stage.FileChooser.ExtensionFilter pdf = new javafx.stage.FileChooser.ExtensionFilter("PDF", "*.pdf");
        javafx.stage.FileChooser.ExtensionFilter[] tables = SaveDialogs.tables();
        assertThat(SaveDialogs.withExtension(dir.resolve("pie.png.png"), png, png)).isEqualTo(dir.resolve("pie.png"));
        assertThat(SaveDialogs.withExtension(dir.resolve("pie.PNG.png"), png, png)).isEqualTo(dir.resolve("pie.PNG"));
        assertThat(SaveDialogs.withExtension(dir.resolve("pie.png"), png, png)).isEqualTo(dir.resolve("pie.png"));
        assertThat(SaveDialogs.withExtension(dir.resolve("Pie.PNG"), png, png)).isEqualTo(dir.resolve("Pie.PNG"));
        assertThat(SaveDialogs.withExtension(dir.resolve("pie"), png, png)).isEqualTo(dir.resolve("pie.png"));
        assertThat(SaveDialogs.withExtension(dir.resolve("laporan.pdf.pdf"), pdf, pdf)).isEqualTo(dir.resolve("laporan.pdf"));
        assertThat(SaveDialogs.withExtension(dir.resolve("laporan 2025"), null, pdf)).isEqualTo(dir.resolve("laporan 2025.pdf"));
        assertThat(SaveDialogs.withExtension(dir.resolve("jejak.xlsx.xlsx"), tables[0], tables)).isEqualTo(dir.resolve("jejak.xlsx"));
        assertThat(SaveDialogs.withExtension(dir.resolve("jejak.csv.csv"), tables[0], tables)).isEqualTo(dir.resolve("jejak.csv"));
        assertThat(SaveDialogs.withExtension(dir.resolve("jejak.csv"), tables[0], tables)).as("the other format offered")
                .isEqualTo(dir.resolve("jejak.csv"));
        assertThat(SaveDialogs.withExtension(dir.resolve("jejak"), tables[1], tables)).as("the format chosen")
                .isEqualTo(dir.resolve("jejak.csv"));
        assertThat(SaveDialogs.withExtension(dir.resolve("data.2025.v2"), tables[0], tables)).isEqualTo(dir.resolve("data.2025.v2.xlsx"));
    }
}
