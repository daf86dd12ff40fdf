package id.payung.store;

import id.payung.domain.DatabaseOpenException;
import id.payung.domain.DatabaseOpenException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells whether a {@code -wal} file beside a database was written for that database, before SQLite
 * merges it (which it does silently, whatever file it lies beside).
 *
 * <p>The WAL format (sqlite.org/fileformat2.html, "The Write-Ahead Log"): a 32-byte header — magic
 * 0x377f0682/3, version, page size, checkpoint sequence, two salts, two checksums — then frames of a
 * 24-byte header (page number, database size for a commit frame, the two salts, two cumulative checksums)
 * and one page. Frames count only while their salts match the header and their checksums follow on.
 *
 * <p>Nothing in a WAL names its database, so the check uses the database header's change counter
 * (bytes 24–27 of page 1): a connection that writes page 1 into the WAL writes the counter it read plus
 * one, and a checkpoint copies that page into the file. So the page-1 frames of a WAL that belongs to
 * its file carry counters from the file's own counter + 1 on, and the file's counter is one of those or
 * the one before the first. A WAL left from another state of the data (a file copied in by hand beside
 * the old {@code -wal}) carries the counters of that other file. A WAL whose frames hold no page 1 cannot
 * be told apart and is accepted; page size and header fields are compared too.
 */
final class WalFile {
    private static final int HEADER = 32;
    private static final int FRAME_HEADER = 24;

    private WalFile() {
    }

    /**
     * Refuses a database whose {@code -wal} was not written for it.
     *
     * @throws DatabaseOpenException with problem FOREIGN_WAL
     */
    static void requireBelongs(Path db) {
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        if (OpenLock.isOpenHere(db)) {
            return; // this process writes it: a live WAL, and reading it while it changes could misjudge it
        }
        try {
            if (!Files.isRegularFile(wal) || Files.size(wal) < HEADER) {
                return;
            }
            byte[] page1 = new byte[100];
            try (InputStream in = Files.newInputStream(db)) {
                if (in.readNBytes(page1, 0, 100) < 100) {
                    return;
                }
            }
            boolean belongs;
            try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(wal), 1 << 16)) {
                belongs = belongs(page1, in);
            }
            if (!belongs) {
                throw new DatabaseOpenException(Problem.FOREIGN_WAL, db, wal + " was not written for " + db);
            }
        } catch (IOException e) {
            throw new DatabaseOpenException(Database.classify(e), db, "cannot read " + wal + ": " + e.getMessage(), e);
        }
    }

    /** The check itself, on the database's first 100 bytes and the WAL, read frame by frame. */
    static boolean belongs(byte[] dbHeader, InputStream walIn) throws IOException {
        byte[] wal = walIn.readNBytes(HEADER);
        if (wal.length < HEADER) {
            return true;
        }
        ByteBuffer h = ByteBuffer.wrap(wal).order(ByteOrder.BIG_ENDIAN);
        int magic = h.getInt(0);
        if ((magic & 0xFFFFFFFE) != 0x377f0682) {
            return true; // not a WAL SQLite would read: SQLite ignores it, so it cannot mix anything in
        }
        int pageSize = h.getInt(8);
        int dbPageSize = ((dbHeader[16] & 0xFF) << 8) | (dbHeader[17] & 0xFF);
        if (dbPageSize == 1) {
            dbPageSize = 65536;
        }
        ByteOrder sums = (magic & 1) == 1 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        int[] sum = checksum(wal, 0, 24, 0, 0, sums);
        if (sum[0] != h.getInt(24) || sum[1] != h.getInt(28)) {
            return true; // an invalid header: SQLite ignores the whole file
        }
        if (pageSize != dbPageSize) {
            return false; // valid frames for pages of another size: another database's WAL
        }
        if (pageSize < 512 || pageSize > 65536) {
            return true;
        }
        int salt1 = h.getInt(16);
        int salt2 = h.getInt(20);
        List<byte[]> committedPage1 = new ArrayList<>();
        List<byte[]> pendingPage1 = new ArrayList<>();
        byte[] frame = new byte[FRAME_HEADER + pageSize];
        ByteBuffer f = ByteBuffer.wrap(frame).order(ByteOrder.BIG_ENDIAN);
        while (walIn.readNBytes(frame, 0, frame.length) == frame.length) {
            if (f.getInt(8) != salt1 || f.getInt(12) != salt2) {
                break;
            }
            sum = checksum(frame, 0, 8, sum[0], sum[1], sums);
            sum = checksum(frame, FRAME_HEADER, pageSize, sum[0], sum[1], sums);
            if (sum[0] != f.getInt(16) || sum[1] != f.getInt(20)) {
                break;
            }
            if (f.getInt(0) == 1) {
                byte[] header = new byte[100];
                System.arraycopy(frame, FRAME_HEADER, header, 0, 100);
                pendingPage1.add(header);
            }
            if (f.getInt(4) != 0) { // a commit frame: what came before it counts
                committedPage1.addAll(pendingPage1);
                pendingPage1.clear();
            }
        }
        if (committedPage1.isEmpty()) {
            return true;
        }
        long fileCounter = counter(dbHeader);
        long first = counter(committedPage1.get(0));
        long last = counter(committedPage1.get(committedPage1.size() - 1));
        // Fields that, once set, no transaction changes: reserved bytes and payload fractions always; the text
        // encoding and application id once both sides have them (a new file's first transactions set them,
        // and either the file or the WAL may hold the older page 1). The format versions (18, 19) are left
        // out: a file made in WAL mode has 1 in its first page images and 2 once switched.
        for (byte[] page1 : committedPage1) {
            for (int i : new int[] {20, 21, 22, 23}) {
                if (page1[i] != dbHeader[i]) {
                    return false;
                }
            }
            for (int at : new int[] {56, 68}) {
                int mine = ByteBuffer.wrap(dbHeader, at, 4).getInt();
                int theirs = ByteBuffer.wrap(page1, at, 4).getInt();
                if (mine != 0 && theirs != 0 && mine != theirs) {
                    return false;
                }
            }
        }
        return fileCounter >= first - 1 && fileCounter <= last;
    }

    private static long counter(byte[] header) {
        return ByteBuffer.wrap(header, 24, 4).order(ByteOrder.BIG_ENDIAN).getInt() & 0xFFFFFFFFL;
    }

    /** SQLite's WAL checksum: over 32-bit words in pairs, continuing from (s0, s1). */
    private static int[] checksum(byte[] data, int offset, int length, int s0, int s1, ByteOrder order) {
        ByteBuffer b = ByteBuffer.wrap(data, offset, length).order(order);
        for (int i = offset; i < offset + length; i += 8) {
            s0 += b.getInt(i) + s1;
            s1 += b.getInt(i + 4) + s0;
        }
        return new int[] {s0, s1};
    }
}
