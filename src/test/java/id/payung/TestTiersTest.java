package id.payung;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast tier ({@code mvn -B -Pfast verify}) leaves out what is tagged {@code @Tag("slow")}. The Jazzer agent
 * starts once per JVM, in front of whichever fuzz test class runs first, and costs seconds to a minute: a fuzz
 * test class left untagged would bring that cost back into the fast tier, so every one is tagged.
 */
class TestTiersTest {
    @Test
    void everyFuzzTestClassIsInTheSlowTier() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src", "test", "java"))) {
            // The import written in two parts, so that this file is not taken for a fuzz test.
            String fuzzImport = "import com.code_intelligence.jazzer.junit." + "FuzzTest;";
            List<Path> fuzz = files.filter(p -> p.toString().endsWith(".java")).filter(p -> read(p).contains(fuzzImport)).toList();
            assertThat(fuzz).as("the fuzz test classes").hasSizeGreaterThanOrEqualTo(2);
            for (Path p : fuzz) {
                String text = read(p);
                int declaration = text.indexOf("\nclass ");
                assertThat(declaration).as(p + ": its class").isPositive();
                assertThat(text.substring(0, declaration + 1)).as(p + " carries @Tag(\"slow\") on the class")
                        .contains("\n@Tag(\"slow\")\n");
            }
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
