package id.payung.service.importing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;

/**
 * Fuzz tests of the readers of user files: whatever bytes arrive, reading ends in rows or in an
 * {@link ImportFileException} (a clear message), never in any other exception. The seed corpus in
 * {@code ReadersFuzzTestInputs} is replayed in every test run; {@code JAZZER_FUZZ=1} fuzzes for real.
 * Slow to start (the Jazzer agent): full tier only.
 */
@Tag("slow")
class ReadersFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void csv(FuzzedDataProvider data) throws IOException {
        readAll(data.consumeRemainingAsBytes(), ".csv");
    }

    @FuzzTest(maxDuration = "30s")
    void xlsx(FuzzedDataProvider data) throws IOException {
        readAll(data.consumeRemainingAsBytes(), ".xlsx");
    }

    @FuzzTest(maxDuration = "30s")
    void values(FuzzedDataProvider data) {
        String text = data.consumeString(60);
        Values.date(Cell.text(text));
        Values.month(Cell.text(text));
        Values.rupiah(new Cell(text, data.consumeBoolean() ? Cell.Kind.NUMBER : Cell.Kind.TEXT, null));
        Values.sex(text);
        Values.placeAndDate(text);
        Column.of(text);
    }

    private static void readAll(byte[] bytes, String suffix) throws IOException {
        Path file = Files.createTempFile("fuzz", suffix);
        try {
            Files.write(file, bytes);
            try (TableReader reader = TableReader.open(file, null)) {
                int rows = 0;
                while (reader.next() != null && rows++ < 10_000) {
                    // read everything
                }
            } catch (ImportFileException expected) {
                // a clear refusal is a fine answer to garbage
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
