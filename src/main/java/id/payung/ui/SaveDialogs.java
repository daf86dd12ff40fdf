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
 * dialogs start in the folder the user chose last (remembered per OS user), not in the program's folder.
 */
public final class SaveDialogs {
    private static final String LAST_FOLDER = "lastFolder";
    private static Preferences prefs = Preferences.userRoot().node("id/payung/files");

    private SaveDialogs() {
    }

    /**
     * Asks where to save; returns the chosen file, or empty when the user cancelled. A file that exists is
     * left alone here: the export replaces it only once the new file is completely written
     * ({@link id.payung.service.ReplacingWrite}), so a failed export never costs the office the old one.
     */
    public static Optional<Path> choose(Window owner, String initialName, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().addAll(filters);
        startInLastFolder(chooser);
        File target = chooser.showSaveDialog(owner);
        remember(target);
        return Optional.ofNullable(target).map(File::toPath);
    }

    /** Lets {@code chooser} open in the folder used last, if it still exists. */
    public static void startInLastFolder(FileChooser chooser) {
        lastFolder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
    }

    /** Remembers the folder of a file the user chose (nothing for null: the dialog was cancelled). */
    public static void remember(File chosen) {
        if (chosen != null && chosen.getAbsoluteFile().getParentFile() != null) {
            prefs.put(LAST_FOLDER, chosen.getAbsoluteFile().getParent());
        }
    }

    /** The folder used last, if one was and it is still there. */
    static Optional<Path> lastFolder() {
        String folder = prefs.get(LAST_FOLDER, null);
        return folder == null ? Optional.empty() : Optional.of(Path.of(folder)).filter(Files::isDirectory);
    }

    /** For tests: remember in other preferences than the user's. */
    static void usePreferences(Preferences other) {
        prefs = other;
    }

    /** Filters for the office's table formats. */
    public static FileChooser.ExtensionFilter[] tables() {
        return new FileChooser.ExtensionFilter[] {new FileChooser.ExtensionFilter("Excel", "*.xlsx"),
            new FileChooser.ExtensionFilter("CSV", "*.csv")};
    }
}
