package id.payung.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Where sqlite-jdbc finds its native library. Left to itself it unpacks the library (1 MB) from its jar
 * into the temporary folder on every start of every process and checks it: about a tenth of a second of a
 * command-line report. Here it is unpacked once per user and version into a cache folder of the user's
 * own ({@code ~/.cache/payung}, on Windows {@code %LOCALAPPDATA%\Payung}) and loaded from there
 * ({@code org.sqlite.lib.path}). Anything unusual (no home folder, a file that will not write) leaves
 * sqlite-jdbc to do as it always did: it falls back to unpacking when the cached file does not load.
 */
final class NativeSqlite {
    private static boolean prepared;

    private NativeSqlite() {
    }

    /** Points sqlite-jdbc at the cached library, unpacking it first when it is not there yet. */
    static synchronized void prepare() {
        if (prepared || System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        prepared = true;
        try {
            String name = LibraryLoaderUtil.getNativeLibName();
            String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
            Path dir = cacheFolder();
            if (dir == null) {
                return;
            }
            Path lib = dir.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()).resolve(name);
            if (!Files.isRegularFile(lib)) {
                try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        return;
                    }
                    Files.createDirectories(lib.getParent());
                    Path part = Files.createTempFile(lib.getParent(), name, ".part");
                    try {
                        Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                        part.toFile().setExecutable(true, true);
                        // Renamed into place whole: a process starting meanwhile never loads half a library.
                        Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } finally {
                        Files.deleteIfExists(part);
                    }
                }
            }
            System.setProperty("org.sqlite.lib.path", lib.getParent().toString());
            if (System.getProperty("org.sqlite.tmpdir") == null) {
                // Before loading, sqlite-jdbc lists its temporary folder for libraries older runs left behind: the
                // system's temporary folder holds thousands of files on a PC in use (tens of milliseconds). Its
                // folder is ours now; were the cached library not to load, it would be unpacked there too.
                System.setProperty("org.sqlite.tmpdir", lib.getParent().toString());
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // Not cached: sqlite-jdbc unpacks it as usual.
        }
    }

    private static Path cacheFolder() {
        String localAppData = System.getenv("LOCALAPPDATA");
        if (System.getProperty("os.name", "").startsWith("Windows") && localAppData != null) {
            return Path.of(localAppData, "Payung", "cache");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "payung");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", "payung");
    }
}
