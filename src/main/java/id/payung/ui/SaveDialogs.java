package id.payung.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** "Save as" for exports: the system dialog, which already asked before replacing a file. */
public final class SaveDialogs {
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
        File target = chooser.showSaveDialog(owner);
        return Optional.ofNullable(target).map(File::toPath);
    }

    /** Filters for the office's table formats. */
    public static FileChooser.ExtensionFilter[] tables() {
        return new FileChooser.ExtensionFilter[] {new FileChooser.ExtensionFilter("Excel", "*.xlsx"),
            new FileChooser.ExtensionFilter("CSV", "*.csv")};
    }
}
