package id.payung.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Opens a folder in the system's file manager (Explorer, Finder, or the desktop's through xdg-open). */
public final class Folders {
    private Folders() {
    }

    /**
     * Opens {@code folder}, on a thread of its own (starting the file manager can take a moment). A system
     * without one opens nothing; the dialog that offered it names the folder anyway.
     */
    public static void open(Path folder) {
        Thread t = new Thread(() -> {
            try {
                new ProcessBuilder(command(System.getProperty("os.name"), folder)).inheritIO().start();
            } catch (IOException | RuntimeException e) {
                id.payung.service.LogFile.logger("ui").warning(() -> "cannot open " + folder + ": " + e.getMessage());
            }
        }, "payung-open-folder");
        t.setDaemon(true);
        t.start();
    }

    /** The command that opens a folder on the given system. */
    static List<String> command(String osName, Path folder) {
        String os = osName.toLowerCase(Locale.ROOT);
        String path = folder.toAbsolutePath().toString();
        if (os.contains("win")) {
            return List.of("explorer.exe", path);
        }
        if (os.contains("mac")) {
            return List.of("open", path);
        }
        return List.of("xdg-open", path);
    }
}
