package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigratorTest {
    @Test
    void indexListsEveryMigrationScriptInVersionOrder() throws IOException {
        Path folder = Path.of("src/main/resources/db/migration");
        try (Stream<Path> files = Files.list(folder)) {
            var onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted(
                    java.util.Comparator.comparingInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))).toList();
            assertThat(Migrator.scripts()).containsExactlyElementsOf(onDisk);
        }
        for (int i = 0; i < Migrator.scripts().size(); i++) {
            assertThat(Migrator.scripts().get(i)).startsWith("V" + (i + 1) + "__");
        }
    }
}
