package id.payung.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * "Save as" for exports: the system dialog, which already asked before replacing a file. Save and open
 * dialogs start in the folder the user chose last <em>for the database open</em> (remembered in the OS user's
 * preferences, one node per database under {@code id/payung/files}), else — the first time — in the database file's
 * folder, where the office's work lies (not the hidden data folder Payung keeps its own database in, nor for a
 * server), else in the user's documents folder (else the home folder), never in the program's folder (trial 22b: the
 * first import opened in /root with the database in /tmp/t22b). One rule: {@link #startFolder()}. Per database, not per user: an annex with names was offered another office's database's
 * folder (trial 16 L11).
 */
public final class SaveDialogs {
    private static final String LAST_FOLDER = "lastFolder";
    /** The folder of the village lists read last (and of what goes back to the village beside them). */
    private static final String LIST_FOLDER = "lastListFolder";
    /** The database a node is for, written beside its folder so a person reading the preferences can tell. */
    private static final String DATABASE = "database";
    private static Preferences prefs = Preferences.userRoot().node("id/payung/files");
    /** The database open (its file's path or its server's address); null: none yet, nothing remembered. */
    private static volatile String database;
    /** The database file's folder (null for a server or none): where dialogs start before a folder was chosen. */
    private static volatile Path databaseFolder;
    /** Payung's own data folder ({@link id.payung.service.DataFolder}): hidden, never offered as a start. */
    private static java.util.function.Supplier<Path> dataFolder = SaveDialogs::ownDataFolder;
    /** The window's language, for the dialogs' titles. */
    private static volatile java.util.Locale language = I18n.INDONESIAN;
    /** The user's documents folder, where dialogs start before a folder was chosen for a database. */
    private static java.util.function.Supplier<Optional<Path>> documents = SaveDialogs::documentsFolder;

    private SaveDialogs() {
    }

    /**
     * Asks where to save; returns the chosen file, or empty when the user cancelled. A file that exists is
     * left alone here: the export replaces it only once the new file is completely written
     * ({@link id.payung.service.ReplacingWrite}), so a failed export never costs the office the old one.
     */
    public static Optional<Path> choose(Window owner, String initialName, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = saveChooser(initialName, filters);
        File target = chooser.showSaveDialog(owner);
        remember(target);
        return named(owner, target, chooser, filters);
    }

    /**
     * The file chosen, its name ending in the format's extension once: "pie.png" typed over the name offered (whose
     * stem the dialog selects, ".png" left behind it) was saved "pie.png.png" (trial 21d); a name typed without one
     * gets the chosen filter's. A name so changed into a file that exists is replaced only when the user agrees (the
     * system dialog asked about the other name). Empty when cancelled.
     */
    private static Optional<Path> named(Window owner, File target, FileChooser chooser,
                                        FileChooser.ExtensionFilter... filters) {
        if (target == null) {
            return Optional.empty();
        }
        Path chosen = target.toPath();
        Path named = withExtension(chosen, chooser.getSelectedExtensionFilter(), filters);
        if (!named.equals(chosen) && Files.exists(named) && !replaceAgreed(owner, named)) {
            return Optional.empty();
        }
        return Optional.of(named);
    }

    /**
     * {@code chosen} named with one of the filters' extensions, once (case ignored): "pie.png.png" → "pie.png",
     * "laporan.PDF.pdf" → "laporan.PDF", "pie" → "pie.png" (the {@code selected} filter's, else the first filter's);
     * a name that ends in one of them already is left as it is.
     */
    static Path withExtension(Path chosen, FileChooser.ExtensionFilter selected, FileChooser.ExtensionFilter... filters) {
        java.util.List<String> extensions = new java.util.ArrayList<>();
        for (FileChooser.ExtensionFilter f : filters) {
            for (String pattern : f.getExtensions()) {
                if (pattern.startsWith("*.") && pattern.length() > 2) {
                    extensions.add(pattern.substring(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        if (extensions.isEmpty() || chosen.getFileName() == null) {
            return chosen;
        }
        String name = chosen.getFileName().toString();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (String ext : extensions) {
            // The format's extension twice: once is enough (a name "x.png.png" is never what someone meant).
            while (lower.endsWith(ext + ext)) {
                name = name.substring(0, name.length() - ext.length());
                lower = lower.substring(0, lower.length() - ext.length());
            }
        }
        for (String ext : extensions) {
            if (lower.endsWith(ext) && lower.length() > ext.length()) {
                return chosen.resolveSibling(name);
            }
        }
        String add = selected == null ? null : selected.getExtensions().stream().filter(p -> p.startsWith("*.") && p.length() > 2)
                .map(p -> p.substring(1).toLowerCase(java.util.Locale.ROOT)).findFirst().orElse(null);
        return chosen.resolveSibling(name + (add != null ? add : extensions.get(0)));
    }

    /** Asks before a file that exists is replaced under a name the dialog did not ask about; Batal is the default. */
    private static boolean replaceAgreed(Window owner, Path file) {
        java.util.ResourceBundle words = I18n.bundle(language);
        javafx.scene.control.ButtonType replace = new javafx.scene.control.ButtonType(words.getString("save.replace"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType cancel = new javafx.scene.control.ButtonType(words.getString("dialog.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                java.text.MessageFormat.format(words.getString("save.replace.text"), file.getFileName(), file.getParent()),
                replace, cancel);
        ask.setTitle("Payung");
        ask.setHeaderText(words.getString("save.replace.header"));
        ask.getDialogPane().setId("replaceQuestion");
        if (owner != null) {
            ask.initOwner(owner);
        }
        javafx.scene.control.Button yes = (javafx.scene.control.Button) ask.getDialogPane().lookupButton(replace);
        javafx.scene.control.Button no = (javafx.scene.control.Button) ask.getDialogPane().lookupButton(cancel);
        yes.setDefaultButton(false);
        no.setDefaultButton(true);
        return ask.showAndWait().filter(b -> b == replace).isPresent();
    }

    /**
     * As {@link #choose}, for what goes back to a village beside its list (a problem list, a template, a comparison):
     * the dialog starts in the lists' folder, which it remembers, not in the reports' (trial 18-2: a report's PDF was
     * offered the village lists' folder after an import).
     */
    public static Optional<Path> chooseBesideLists(Window owner, String initialName,
                                                   FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = saveChooser(initialName, filters);
        startInLastListFolder(chooser);
        File target = chooser.showSaveDialog(owner);
        rememberList(target);
        return named(owner, target, chooser, filters);
    }

    /** The save dialog {@link #choose} shows: titled in the window's language (it had an empty title, trial 18 L12). */
    static FileChooser saveChooser(String initialName, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.bundle(language).getString("save.title"));
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().addAll(filters);
        startInLastFolder(chooser);
        return chooser;
    }

    /** Lets {@code chooser} open in the folder of the lists read last for this database, else as {@link #startFolder}. */
    public static void startInLastListFolder(FileChooser chooser) {
        listStartFolder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
    }

    /** Remembers the folder of a list the user chose for this database (nothing for null: cancelled). */
    public static void rememberList(File chosen) {
        Preferences node = node();
        if (node != null && chosen != null && chosen.getAbsoluteFile().getParentFile() != null) {
            node.put(DATABASE, database);
            node.put(LIST_FOLDER, chosen.getAbsoluteFile().getParent());
        }
    }

    /** Where a list's dialog starts: the lists' folder used last, else where any dialog starts. */
    static Optional<Path> listStartFolder() {
        Preferences node = node();
        String folder = node == null ? null : node.get(LIST_FOLDER, null);
        return (folder == null ? Optional.<Path>empty() : Optional.of(Path.of(folder)).filter(Files::isDirectory))
                .or(SaveDialogs::startFolder);
    }

    /** The window's language, in which save dialogs are titled from now on (Indonesian until told). */
    public static void inLanguage(java.util.Locale locale) {
        language = locale;
    }

    /**
     * Names the database the window works on, whose folder the dialogs remember from now on: its file
     * ({@code services.databaseFile()}) or its server's address (no password).
     *
     * @param where the file's path or the server's address; null forgets which (nothing is remembered then)
     */
    public static void forDatabase(String where) {
        database = where;
        databaseFolder = null;
    }

    /**
     * {@link #forDatabase(String)} of a file: its absolute, normalised path (one file, however it was named); its
     * folder is where dialogs start until one is chosen.
     */
    public static void forDatabase(Path file) {
        Path absolute = file == null ? null : file.toAbsolutePath().normalize();
        forDatabase(absolute == null ? null : absolute.toString());
        databaseFolder = absolute == null ? null : absolute.getParent();
    }

    /** Lets {@code chooser} open in the folder used last for this database, if it still exists, else in documents. */
    public static void startInLastFolder(FileChooser chooser) {
        startFolder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
    }

    /** Remembers the folder of a file the user chose for this database (nothing for null: the dialog was cancelled). */
    public static void remember(File chosen) {
        Preferences node = node();
        if (node != null && chosen != null && chosen.getAbsoluteFile().getParentFile() != null) {
            node.put(DATABASE, database);
            node.put(LAST_FOLDER, chosen.getAbsoluteFile().getParent());
        }
    }

    /** Lets a folder's dialog open in the folder used last for this database, else as {@link #startFolder()}. */
    public static void startInLastFolder(javafx.stage.DirectoryChooser chooser) {
        startFolder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
    }

    /**
     * Where a dialog starts: the folder used last for this database, else the database file's folder (not Payung's
     * own data folder), else the user's documents folder.
     */
    static Optional<Path> startFolder() {
        return lastFolder().or(SaveDialogs::databaseFolder).or(documents);
    }

    /** The database file's folder, if it is there and not Payung's own data folder; empty for a server. */
    static Optional<Path> databaseFolder() {
        Path folder = databaseFolder;
        if (folder == null || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        Path own = dataFolder.get();
        return own != null && folder.equals(own.toAbsolutePath().normalize()) ? Optional.empty() : Optional.of(folder);
    }

    /** The folder used last for this database, if one was and it is still there. */
    static Optional<Path> lastFolder() {
        Preferences node = node();
        String folder = node == null ? null : node.get(LAST_FOLDER, null);
        return folder == null ? Optional.empty() : Optional.of(Path.of(folder)).filter(Files::isDirectory);
    }

    /**
     * The preferences of the database open: a node named by a digest of its path or address (a node's name is at
     * most 80 characters, a path may be longer); null before a database is named.
     */
    private static Preferences node() {
        String where = database;
        if (where == null) {
            return null;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(where.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return prefs.node("db-" + java.util.HexFormat.of().formatHex(digest, 0, 16));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The first folder a dialog offers for a database (before one was chosen for it): the user's documents folder —
     * the desktop's own on Linux ({@code XDG_DOCUMENTS_DIR} in {@code user-dirs.dirs}, "Dokumen" on an Indonesian
     * desktop), else "Documents" or "Dokumen" in the home folder (Windows, macOS) —, else the home folder itself.
     * Never nothing while there is a home: the system's default was the working directory, the program's folder
     * (trial 19: the first "Laporan PDF…" was offered Payung's own folder).
     */
    static Optional<Path> documentsFolder() {
        return documentsFolder(Path.of(System.getProperty("user.home")), System.getenv("XDG_CONFIG_HOME"));
    }

    /** {@link #documentsFolder()} of a home folder and a {@code XDG_CONFIG_HOME} (null: not set). */
    static Optional<Path> documentsFolder(Path home, String config) {
        return documentsOnly(home, config).or(() -> Optional.of(home).filter(Files::isDirectory));
    }

    /** The documents folder of {@link #documentsFolder(Path, String)}, without the home folder after it. */
    private static Optional<Path> documentsOnly(Path home, String config) {
        Path dirs = (config == null || config.isBlank() ? home.resolve(".config") : Path.of(config)).resolve("user-dirs.dirs");
        try {
            if (Files.isRegularFile(dirs)) {
                for (String line : Files.readAllLines(dirs)) {
                    String l = line.strip();
                    if (l.startsWith("XDG_DOCUMENTS_DIR=")) {
                        String value = l.substring("XDG_DOCUMENTS_DIR=".length()).replace("\"", "");
                        Path p = Path.of(value.replace("$HOME", home.toString()));
                        if (Files.isDirectory(p) && !p.equals(home)) {
                            return Optional.of(p);
                        }
                    }
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // An unreadable or odd file: the home's Documents below.
        }
        return Optional.of(home.resolve("Documents")).filter(Files::isDirectory)
                .or(() -> Optional.of(home.resolve("Dokumen")).filter(Files::isDirectory));
    }

    /** For tests: remember in other preferences than the user's. */
    static void usePreferences(Preferences other) {
        prefs = other;
    }

    /** Payung's own data folder on this computer, where its database lies when none was named. */
    static Path ownDataFolder() {
        return id.payung.service.DataFolder.folder(System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home"));
    }

    /** For tests: Payung's own data folder, which is never offered. */
    static void useDataFolder(java.util.function.Supplier<Path> folder) {
        dataFolder = folder;
    }

    /** For tests: the documents folder to fall back to. */
    static void useDocuments(java.util.function.Supplier<Optional<Path>> folder) {
        documents = folder;
    }

    /** Filters for the office's table formats. */
    public static FileChooser.ExtensionFilter[] tables() {
        return new FileChooser.ExtensionFilter[] {new FileChooser.ExtensionFilter("Excel", "*.xlsx"),
            new FileChooser.ExtensionFilter("CSV", "*.csv")};
    }
}
