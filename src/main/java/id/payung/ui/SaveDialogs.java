package id.payung.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** "Save as" for exports: the system dialog, which already asked before replacing a file. */
public final class SaveDialogs {
    private SaveDialogs() {
    }

    /**
     * Asks where to save; returns the chosen file, removed if it existed (the user agreed to replace it),
     * or empty when the user cancelled.
     */
    public static Optional<Path> choose(Window owner, String initialName, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().addAll(filters);
        File target = chooser.showSaveDialog(owner);
        if (target == null) {
            return Optional.empty();
        }
        try {
            Files.deleteIfExists(target.toPath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + target + ": " + e.getMessage(), e);
        }
        return Optional.of(target.toPath());
    }

    /** Filters for the office's table formats. */
    public static FileChooser.ExtensionFilter[] tables() {
        return new FileChooser.ExtensionFilter[] {new FileChooser.ExtensionFilter("Excel", "*.xlsx"),
            new FileChooser.ExtensionFilter("CSV", "*.csv")};
    }
}
