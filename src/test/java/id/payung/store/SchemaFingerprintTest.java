package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code db/schema.sha256} lets opening skip building the expected schema: each line must be the
 * fingerprint of that version's schema as the migrations make it, and the latest version must be there
 * (otherwise every start builds it). After a new migration, add the line this test prints.
 */
class SchemaFingerprintTest {
    @Test
    void theStoredFingerprintsAreThoseOfTheMigrationsAndTheLatestIsListed() throws Exception {
        Map<Integer, String> stored = new LinkedHashMap<>();
        try (InputStream in = SchemaCheck.class.getResourceAsStream("/db/schema.sha256")) {
            assertThat(in).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.strip().split("\\s+");
                    stored.put(Integer.parseInt(parts[0]), parts[1]);
                }
            }
        }
        int latest = Migrator.latestVersion();
        String wantedLine = latest + " " + SchemaCheck.expectedFingerprint(latest);
        assertThat(stored).as("db/schema.sha256 should hold the line: " + wantedLine).containsKey(latest);
        for (Map.Entry<Integer, String> e : stored.entrySet()) {
            assertThat(e.getValue()).as("version " + e.getKey() + " (the line should read: " + e.getKey() + " "
                    + SchemaCheck.expectedFingerprint(e.getKey()) + ")").isEqualTo(SchemaCheck.expectedFingerprint(e.getKey()));
        }
    }

    @Test
    void sqliteJoinsTheSchemaAsJavaDoes() throws Exception {
        // The quick check on opening reads the schema as one row joined and sorted by SQLite: it must be the very
        // text the stored fingerprints are of, or every opening would take the slow way.
        for (int version = 1; version <= Migrator.latestVersion(); version++) {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:")) {
                new Migrator().migrate(c, version);
                assertThat(SchemaCheck.fingerprintInOneRow(c)).as("version " + version)
                        .isEqualTo(SchemaCheck.expectedFingerprint(version));
            }
        }
    }
}
