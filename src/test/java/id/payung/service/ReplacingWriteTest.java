package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file the user agreed to replace is replaced only by a complete new one. */
class ReplacingWriteTest {
    private static final byte[] OLD = "old list, 3 rows".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void replacesAnExistingFileAndReturnsWhatTheWriterReturned() throws Exception {
        Path target = Files.write(dir.resolve("peserta.csv"), OLD);

        int rows = ReplacingWrite.replace(target, out -> {
            out.write("new list".getBytes(StandardCharsets.UTF_8));
            return 1;
        });

        assertThat(rows).isEqualTo(1);
        assertThat(target).hasContent("new list");
        assertThat(files()).containsExactly("peserta.csv");
    }

    @Test
    void aWriterThatThrowsHalfwayLeavesTheOldBytesAndNoPartFile() throws Exception {
        Path target = Files.write(dir.resolve("peserta.xlsx"), OLD);
        List<String> seenWhileWriting = new java.util.ArrayList<>();

        assertThatThrownBy(() -> ReplacingWrite.replace(target, out -> {
            out.write(new byte[100_000]); // more than the buffer, so part of it reached the temporary file
            seenWhileWriting.addAll(files());
            throw new IOException("No space left on device");
        })).isInstanceOfSatisfying(id.payung.domain.DatabaseOpenException.class, e -> {
            // A known failure naming the file and its folder (trial 21b M4), not an IOException said as unexpected.
            assertThat(e.problem()).isEqualTo(id.payung.domain.DatabaseOpenException.Problem.DISK_FULL);
            assertThat(e.file()).isEqualTo(target.toAbsolutePath());
            assertThat(e.folderShown()).isEqualTo(dir.toAbsolutePath().toString());
        });

        assertThat(seenWhileWriting).hasSize(2).contains("peserta.xlsx")
                .anySatisfy(name -> assertThat(name).matches("\\.peserta\\.xlsx\\.[0-9a-f]{8}\\.part"));
        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(files()).containsExactly("peserta.xlsx");
    }

    @Test
    void aCancelledOrInterruptedExportLeavesTheOldFile() throws Exception {
        Path target = Files.write(dir.resolve("laporan.pdf"), OLD);

        assertThatThrownBy(() -> ReplacingWrite.replace(target, out -> {
            throw new CancellationException("cancelled by the user");
        })).isInstanceOf(CancellationException.class);
        try {
            // Cancelling a background task interrupts its thread: the file channel then refuses to write.
            assertThatThrownBy(() -> ReplacingWrite.replace(target, out -> {
                Thread.currentThread().interrupt();
                out.write(new byte[200_000]);
                return null;
            })).isInstanceOf(ClosedByInterruptException.class);
        } finally {
            Thread.interrupted();
        }

        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(files()).containsExactly("laporan.pdf");
    }

    @Test
    void aNewTargetIsWrittenTheSameWayEvenWhenTheWriterClosesTheStream() throws Exception {
        Path target = dir.resolve("baru.csv");

        ReplacingWrite.replace(target, out -> {
            try (var w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                w.write("NIK;Nama\n");
            }
            return null;
        });

        assertThat(target).hasContent("NIK;Nama");
        assertThat(files()).containsExactly("baru.csv");
    }

    @Test
    void aFolderThatDoesNotExistIsAnErrorAndCreatesNothing() {
        Path target = dir.resolve("hilang").resolve("peserta.csv");

        assertThatThrownBy(() -> ReplacingWrite.replace(target, out -> null)).isInstanceOf(IOException.class);
        assertThat(dir.resolve("hilang")).doesNotExist();
    }

    @Test
    void aFileThatCannotBeReplacedIsNamedAndKeptAsItWas() throws Exception {
        // A folder cannot be replaced by a file, as a file open in Excel cannot on Windows: the rename fails.
        Path target = Files.createDirectories(dir.resolve("terbuka.xlsx"));
        Files.write(target.resolve("isi"), OLD);

        assertThatThrownBy(() -> ReplacingWrite.replace(target, out -> {
            out.write('x');
            return null;
        })).isInstanceOfSatisfying(ReplacingWrite.NotReplacedException.class,
                e -> assertThat(e.target()).isEqualTo(target.toAbsolutePath()));

        assertThat(Files.readAllBytes(target.resolve("isi"))).isEqualTo(OLD);
        assertThat(files()).containsExactly("terbuka.xlsx");
    }

    @Test
    void aLinkKeepsPointingToTheFileItNamed() throws Exception {
        Path real = Files.write(dir.resolve("bersama.csv"), OLD);
        Path link = Files.createSymbolicLink(dir.resolve("pintasan.csv"), real);

        ReplacingWrite.replace(link, out -> {
            out.write('x');
            return null;
        });

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("x");
    }

    @Test
    void theTemporaryNameIsHiddenBesideTheTargetAndShortEnoughForAnyFileSystem() {
        Path target = dir.resolve("a".repeat(240) + ".xlsx");

        Path temp = ReplacingWrite.tempFor(target);

        assertThat(temp.getParent()).isEqualTo(dir);
        assertThat(temp.getFileName().toString()).startsWith(".aaa").endsWith(".part").hasSizeLessThan(80);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
