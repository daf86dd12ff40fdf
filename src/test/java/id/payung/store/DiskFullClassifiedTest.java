package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.DatabaseOpenException.Problem;
import java.io.IOException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Trial 18 M18: opening a database on a full disk said "cannot be read or created" of a file that was there and
 * readable. SQLite's SQLITE_FULL (code 13) and the system's "No space left on device" are a full disk, told apart
 * in one place ({@link Sql#diskFull}) for the open's refusal and the store's messages alike. A full disk cannot be
 * made in a test everywhere: the failure is handed in at the seam every open's refusal goes through.
 */
class DiskFullClassifiedTest {
    @Test
    void sqliteFullIsAFullDisk() {
        SQLiteException full = new SQLiteException("[SQLITE_FULL] Insertion failed because database is full"
                + " (database or disk is full)", SQLiteErrorCode.SQLITE_FULL);
        assertThat(Database.classify(full)).isEqualTo(Problem.DISK_FULL);
        assertThat(Database.classify(new IllegalStateException("wrapped", full))).isEqualTo(Problem.DISK_FULL);
    }

    /** What opening office.db on a full tmpfs really threw (trial 18 M18, reproduced): the -shm file could not grow. */
    @Test
    void aSharedMemoryFileThatCannotGrowIsAFullDisk() {
        SQLiteException shm = new SQLiteException("[SQLITE_IOERR_SHMSIZE] I/O error within xShmMap while trying to resize"
                + " an existing shared memory segment (disk I/O error)", SQLiteErrorCode.SQLITE_IOERR_SHMSIZE);
        assertThat(Database.classify(shm)).isEqualTo(Problem.DISK_FULL);
    }

    @Test
    void noSpaceLeftOnDeviceIsAFullDisk() {
        assertThat(Database.classify(new FileSystemException("/mnt/full/office.db-shm: No space left on device")))
                .isEqualTo(Problem.DISK_FULL);
        assertThat(Database.classify(new IOException("No space left on device"))).isEqualTo(Problem.DISK_FULL);
    }

    @Test
    void otherFailuresKeepTheirProblem() {
        assertThat(Database.classify(new IOException("Input/output error"))).isEqualTo(Problem.IO);
        assertThat(Database.classify(new SQLiteException("[SQLITE_IOERR] disk I/O error", SQLiteErrorCode.SQLITE_IOERR)))
                .isEqualTo(Problem.IO);
        assertThat(Database.classify(new SQLiteException("[SQLITE_BUSY]", SQLiteErrorCode.SQLITE_BUSY)))
                .isEqualTo(Problem.LOCKED);
    }

    @Test
    void theStoreSaysTheSameWordsAsBackup() {
        StoreException e = Sql.failure("commit failed", new SQLiteException("[SQLITE_FULL] full", SQLiteErrorCode.SQLITE_FULL));
        assertThat(e).hasMessageContaining(Sql.DISK_FULL);
        assertThat(Sql.DISK_FULL).isEqualTo("the disk is full");
    }
}
