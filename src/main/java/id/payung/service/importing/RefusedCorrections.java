package id.payung.service.importing;

import id.payung.service.DataFolder;
import id.payung.service.Json;
import id.payung.service.ReplacingWrite;
import id.payung.store.OwnerOnly;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The cells a clerk corrected in imports that were refused (rolled back: nothing of them is in the database), kept
 * outside the database so that a refused import leaves the database file as it was (issue 19) while its corrections
 * are offered again after Payung is opened anew ({@link ImportService#earlierFixes}). One small JSON file per
 * database in the per-user data folder ({@code refused-imports/<id>.json}), named and headed by the database's
 * identity ({@link #identity}), so one database's corrections are never offered for another. Each entry is flat as an
 * import's audit entry ({@code fixN_row}, {@code fixN_column}, {@code fixN_file}, {@code fixN_value},
 * {@code fixN_person}): a NIK masked (UU 27/2022), names, dates and other cells whole. The newest {@link #KEPT}
 * entries are kept, newest first; the file is replaced whole (temporary file, then moved over it), owner-only. A file
 * that cannot be read (damaged, another database's) is ignored with a log line and replaced at the next refusal. A
 * database's file not written for {@link #RETENTION} (a database gone, a list long since imported) is deleted at the
 * next refusal of any database: names of people are not kept longer than the offer is of use.
 */
final class RefusedCorrections {
    /** How many refused imports a database's file keeps, the newest. */
    static final int KEPT = 50;
    /** How long a database's file is kept after its last refused import. */
    static final java.time.Duration RETENTION = java.time.Duration.ofDays(90);
    private static final String KIND = "payung-refused-import-corrections";
    private static final long VERSION = 1;
    /** One writer at a time in this process (two windows on one database read, add and replace in turn). */
    private static final Object LOCK = new Object();

    private final Path folder;

    RefusedCorrections(Path folder) {
        this.folder = folder;
    }

    /** {@code refused-imports} in this user's data folder (beside {@code logs} and the default database). */
    static Path defaultFolder() {
        return DataFolder.folder(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"))
                .resolve("refused-imports");
    }

    /**
     * A database's identity, as hex: where it is (the file's real path; on a server its host, port, database and the
     * login) and when it was made ({@code seeded_at}), so another database later at the same path is another.
     */
    static String identity(String where, String born) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((where + "\n" + (born == null ? "" : born)).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file of the database {@code identity}. */
    Path file(String identity) {
        return folder.resolve(identity.substring(0, 32) + ".json");
    }

    /** The database's entries, newest first; none when there is no file or it cannot be read (logged). */
    List<Map<String, Object>> read(String identity) {
        Path file = file(identity);
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 3 || !lines.get(0).equals("[") || !lines.get(lines.size() - 1).equals("]")) {
                throw new IOException("not a list of refused imports' corrections");
            }
            List<Map<String, Object>> objects = new ArrayList<>();
            for (int i = 1; i < lines.size() - 1; i++) {
                String line = lines.get(i);
                if (i < lines.size() - 2 && line.endsWith(",")) {
                    line = line.substring(0, line.length() - 1);
                }
                if (!line.startsWith("{") || !line.endsWith("}")) {
                    throw new IOException("line " + (i + 1) + " is not an entry");
                }
                objects.add(Json.parse(line));
            }
            Map<String, Object> head = objects.get(0);
            if (!KIND.equals(head.get("kind")) || !Long.valueOf(VERSION).equals(head.get("version"))) {
                throw new IOException("not a list of refused imports' corrections of this Payung");
            }
            if (!identity.equals(head.get("database"))) {
                throw new IOException("another database's");
            }
            List<Map<String, Object>> entries = objects.subList(1, objects.size());
            for (Map<String, Object> e : entries) {
                if (!(e.get("id") instanceof String) || !(e.get("at") instanceof String at) || !(e.get("file") instanceof String)
                        || !(e.get("sha256") instanceof String) || !(e.get("actor") instanceof String)) {
                    throw new IOException("an entry without its file, time or clerk");
                }
                java.time.Instant.parse(at);
            }
            return List.copyOf(entries);
        } catch (IOException | RuntimeException e) {
            id.payung.service.LogFile.logger("import").warning(() -> "the corrections of refused imports in " + file
                    + " are not read, the file is ignored: " + e.getMessage());
            return List.of();
        }
    }

    /**
     * Adds an entry in front of the database's others (a readable file's; the newest {@link #KEPT} in all) and
     * replaces the file.
     *
     * @throws IOException when the folder or file cannot be written; the file is then as it was
     */
    void add(String identity, Map<String, Object> entry) throws IOException {
        synchronized (LOCK) {
            List<Map<String, Object>> entries = new ArrayList<>();
            entries.add(entry);
            for (Map<String, Object> e : read(identity)) {
                if (entries.size() < KEPT) {
                    entries.add(e);
                }
            }
            StringBuilder text = new StringBuilder("[\n");
            Map<String, Object> head = new java.util.LinkedHashMap<>();
            head.put("kind", KIND);
            head.put("version", VERSION);
            head.put("database", identity);
            text.append(Json.object(head));
            for (Map<String, Object> e : entries) {
                text.append(",\n").append(Json.object(e));
            }
            text.append("\n]\n");
            if (!Files.isDirectory(folder)) {
                OwnerOnly.createDirectories(folder);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            ReplacingWrite.replace(file(identity), out -> {
                out.write(bytes);
                return null;
            });
            forgetOld();
        }
    }

    /** Deletes the databases' files not written for {@link #RETENTION}; one that cannot be deleted is left. */
    private void forgetOld() {
        java.nio.file.attribute.FileTime before = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(RETENTION));
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                try {
                    if (f.getFileName().toString().matches("[0-9a-f]{32}\\.json")
                            && Files.getLastModifiedTime(f).compareTo(before) < 0) {
                        Files.delete(f);
                    }
                } catch (IOException e) {
                    id.payung.service.LogFile.logger("import").warning(() -> "cannot delete " + f + ": " + e);
                }
            }
        } catch (IOException e) {
            id.payung.service.LogFile.logger("import").warning(() -> "cannot list " + folder + ": " + e);
        }
    }
}
