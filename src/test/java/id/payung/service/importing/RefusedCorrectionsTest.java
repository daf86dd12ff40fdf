package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file of a database's refused imports' corrections: its newest entries, one file per database, owner-only. */
class RefusedCorrectionsTest {
    @TempDir
    Path dir;

    private static Map<String, Object> entry(int n) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", "e" + n);
        e.put("at", java.time.Instant.parse("2026-12-07T01:00:00Z").plusSeconds(n).toString());
        e.put("actor", "siti");
        e.put("file", "desa \"" + n + "\"\n.csv");
        e.put("sha256", "00");
        e.put("fix1_row", 2L);
        e.put("fix1_column", "Nama");
        e.put("fix1_file", "Petrus, Nabu");
        e.put("fix1_value", "Petrus Nabu");
        return e;
    }

    @Test
    void theNewestFiftyAreKeptNewestFirstOneFilePerDatabase() throws Exception {
        RefusedCorrections kept = new RefusedCorrections(dir.resolve("refused-imports"));
        String one = RefusedCorrections.identity("file:/a/payung.db", "2026-01-01T00:00:00Z");
        String two = RefusedCorrections.identity("file:/a/payung.db", "2026-02-01T00:00:00Z");
        for (int n = 1; n <= RefusedCorrections.KEPT + 5; n++) {
            kept.add(one, entry(n));
        }
        List<Map<String, Object>> read = kept.read(one);
        assertThat(read).hasSize(RefusedCorrections.KEPT);
        assertThat(read.get(0)).isEqualTo(entry(RefusedCorrections.KEPT + 5));
        assertThat(read.get(RefusedCorrections.KEPT - 1)).isEqualTo(entry(6));
        assertThat(kept.read(two)).as("another database made later at the same path").isEmpty();
        kept.add(two, entry(1));
        assertThat(kept.read(two)).containsExactly(entry(1));
        assertThat(kept.read(one)).hasSize(RefusedCorrections.KEPT);
        try (java.util.stream.Stream<Path> files = Files.list(dir.resolve("refused-imports"))) {
            assertThat(files.map(f -> f.getFileName().toString())).hasSize(2).allMatch(f -> f.endsWith(".json"));
        }
        if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(kept.file(one)))).isEqualTo("rw-------");
        }
    }

    @Test
    void aDatabasesFileNotWrittenForNinetyDaysIsDeletedAtTheNextRefusal() throws Exception {
        RefusedCorrections kept = new RefusedCorrections(dir.resolve("refused-imports"));
        String old = RefusedCorrections.identity("file:/lama/payung.db", "2025-01-01T00:00:00Z");
        String recent = RefusedCorrections.identity("file:/baru/payung.db", "2026-01-01T00:00:00Z");
        kept.add(old, entry(1));
        kept.add(recent, entry(2));
        Files.setLastModifiedTime(kept.file(old), java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(RefusedCorrections.RETENTION).minusSeconds(60)));
        Files.setLastModifiedTime(kept.file(recent), java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(RefusedCorrections.RETENTION).plusSeconds(3600)));
        Path other = Files.writeString(dir.resolve("refused-imports").resolve("catatan.txt"), "milik pengguna");
        Files.setLastModifiedTime(other, java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2020-01-01T00:00:00Z")));

        kept.add(RefusedCorrections.identity("file:/lain/payung.db", "2026-02-01T00:00:00Z"), entry(3));

        assertThat(kept.file(old)).doesNotExist();
        assertThat(kept.read(recent)).containsExactly(entry(2));
        assertThat(other).as("no file of another kind").exists();
    }
}
