package id.payung.service;

import id.payung.store.OwnerOnly;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file that may exist already (the user agreed to replace it in the save dialog) so that the
 * office never ends up with neither file: the new content goes to a hidden temporary file in the same
 * folder ({@code .peserta.xlsx.3f9c2a1b.part}), and only once it is completely written is it moved over
 * the target. When anything fails or the work is cancelled, the temporary file is deleted and the target
 * keeps every byte it had. A target that does not exist yet is written the same way. {@link #createNew} is
 * the command line's way: a new file only, never one that exists. Every file written here holds or may hold
 * personal data, so it is created readable by its owner only (where the file system has POSIX permissions).
 */
public final class ReplacingWrite {
    private static final int BUFFER = 64 * 1024;
    private static final int NAME_TRIES = 16;
    /** Long names are cut before the random part so the temporary name stays within 255 bytes. */
    private static final int MAX_STEM = 60;

    private ReplacingWrite() {
    }

    /** Writes the content of a file to a stream; returns what the caller wants back (e.g. rows written). */
    @FunctionalInterface
    public interface Body<T> {
        T write(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} with {@code body}, replacing the file if it exists, only once the body returned
     * normally. The stream is buffered; the body may close it or not. A symbolic link is followed, so the
     * file it points to is replaced and the link stays.
     *
     * @return what the body returned
     * @throws NotReplacedException when the new file was complete but could not take the old one's place
     * @throws IOException          when the file cannot be written (e.g. the disk is full); the target is then
     *                              unchanged. Whatever the body throws (a cancellation too) is passed on the same way.
     */
    public static <T> T replace(Path target, Body<T> body) throws IOException {
        return replace(target, null, body);
    }

    /**
     * {@link #replace(Path, Body)}, never over {@code kept} (the list being imported, whose problem list is saved) nor
     * over any SQLite database (the open one, another office's): a save dialog confirms an overwrite, but the clerk who
     * picked the database or the list itself there lost it whole (trial 20b H1).
     *
     * @throws KeptFileException when the target is {@code kept} or an SQLite database; nothing is written
     */
    public static <T> T replace(Path target, Path kept, Body<T> body) throws IOException {
        Path file = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
        if (Files.exists(file) && (kept != null && Files.exists(kept) && Files.isSameFile(file, kept) || isDatabase(file))) {
            throw new KeptFileException(file);
        }
        Path temp = null;
        boolean moved = false;
        try {
            T result;
            FileChannel channel = null;
            for (int i = 0; channel == null; i++) {
                Path candidate = tempFor(file);
                try {
                    // CREATE_NEW: the temporary file is ours alone, so deleting it on failure can hurt no one.
                    // Owner-only from the start (personal data, UU 27/2022): the new file never has wider
                    // permissions than that, whatever the file it replaces had.
                    channel = FileChannel.open(candidate, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                            OwnerOnly.fileAttributes());
                    temp = candidate;
                } catch (FileAlreadyExistsException taken) {
                    if (i >= NAME_TRIES) {
                        throw taken;
                    }
                }
            }
            try (FileChannel open = channel) {
                BufferedOutputStream out = new BufferedOutputStream(Channels.newOutputStream(open), BUFFER);
                result = body.write(new KeptOpen(out));
                out.flush();
                // On the disk before the rename: after a power cut the office finds the old file or the new
                // one, never a renamed file whose bytes were still only in memory.
                open.force(true);
            }
            moveOver(temp, file);
            moved = true;
            return result;
        } catch (IOException e) {
            throw noRoomOr(file, e);
        } finally {
            if (temp != null && !moved) {
                deleteQuietly(temp);
            }
        }
    }

    /**
     * Writes a new file with {@code body}, refusing one that exists (the command line never overwrites).
     * A failure removes the half-written file, never a file that was there before.
     *
     * @return what the body returned
     * @throws java.nio.file.FileAlreadyExistsException when the file exists; it is left as it was
     */
    public static <T> T createNew(Path target, Body<T> body) throws IOException {
        // Opened before the try: if it fails (e.g. the file exists) there is nothing of ours to remove.
        OutputStream created = Channels.newOutputStream(Files.newByteChannel(target,
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), OwnerOnly.fileAttributes()));
        try (OutputStream out = new BufferedOutputStream(created)) {
            return body.write(out);
        } catch (IOException e) {
            deleteQuietly(target);
            throw noRoomOr(target, e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(target);
            throw e;
        }
    }

    /**
     * {@code e} as it was, or on a full disk the known failure naming the file and its folder ({@code DISK_FULL}: the
     * window and the command line say "the disk is full … free some space", not an unexpected error; trial 21b M4).
     */
    private static IOException noRoomOr(Path file, IOException e) {
        if (!(e instanceof NotReplacedException) && id.payung.store.Database.isDiskFull(e)) {
            throw id.payung.store.Database.diskFull(file, "cannot write " + file, e);
        }
        return e;
    }

    /** True when the file starts as every SQLite database does ("SQLite format 3" and a zero byte). */
    private static boolean isDatabase(Path file) {
        byte[] magic = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(magic.length), magic);
        } catch (IOException e) {
            return false; // not readable: the write itself says why
        }
    }

    /** A file a save must never replace: a database, or the list the problems are of. It is left as it was. */
    public static final class KeptFileException extends IOException {
        private final transient Path target;

        KeptFileException(Path target) {
            super("not replaced: " + target + " is a database or the list being imported");
            this.target = target;
        }

        /** The file that was chosen and kept. */
        public Path target() {
            return target;
        }
    }

    /** The sentence for a file that could not be written, the same for every export and command. */
    public static RuntimeException cannotWrite(Path file, Exception e) {
        if (id.payung.store.Database.isDiskFull(e)) {
            // A known failure, said in words naming the folder (trial 21b M4): the export's old file, if any, is kept.
            return id.payung.store.Database.diskFull(file, "cannot write " + file, e);
        }
        Path folder = file.toAbsolutePath().getParent();
        // A missing folder was "cannot write X: X" (NoSuchFileException's message is the path; trial 18 M18).
        String why = e instanceof FileAlreadyExistsException ? "the file exists already"
                : folder != null && !Files.isDirectory(folder) ? "the folder " + folder + " does not exist" : e.getMessage();
        String message = "cannot write " + file + ": " + why;
        return new java.io.UncheckedIOException(message, e instanceof IOException io ? io : new IOException(message, e));
    }

    /** A hidden name beside the target that says what it is for: {@code .<name>.<random>.part}. */
    static Path tempFor(Path target) {
        String name = target.getFileName().toString();
        String stem = name.length() > MAX_STEM ? name.substring(0, MAX_STEM) : name;
        String random = Integer.toHexString(ThreadLocalRandom.current().nextInt() | 0x10000000);
        // The leading dot hides it on Linux. On Windows it is not marked hidden: the attribute would travel
        // with the file to its real name and hide the export itself.
        return target.resolveSibling("." + stem + "." + random + ".part");
    }

    private static void moveOver(Path temp, Path target) throws IOException {
        try {
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // Some network shares refuse an atomic rename; a plain replace there is still far better than
                // deleting first, since the new file is complete before the old one goes.
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new NotReplacedException(target, e);
        }
    }

    /**
     * The new file was written completely but could not take the old one's place: on Windows, most often
     * because the old file is open in Excel or is read-only. The old file is unchanged; the new one is gone.
     */
    public static final class NotReplacedException extends IOException {
        private final transient Path target;

        NotReplacedException(Path target, IOException cause) {
            super("cannot replace " + target + " (open in another program, or read-only?): " + cause.getMessage(), cause);
            this.target = target;
        }

        /** The file that was to be replaced. */
        public Path target() {
            return target;
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // The failure that brought us here is what the user needs to see.
        }
    }

    /**
     * The body's view of the stream: closing it only flushes, because the file must stay open until it is
     * forced to the disk (CSV printers and PDF documents close their stream when they finish).
     */
    private static final class KeptOpen extends OutputStream {
        private final OutputStream out;

        KeptOpen(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
