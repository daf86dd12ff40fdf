package id.payung.store;

import id.payung.domain.DatabaseOpenException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SQLite file on a network share (a UNC path, a mapped drive, an NFS/SMB/SSHFS mount) opens read-only:
 * SQLite's locks and WAL do not work across a network, so two PCs writing could damage the office's only
 * list. No real share is at hand in a test run: the answer to "is this on a share?" is put in.
 */
class NetworkShareTest {
    @TempDir
    Path dir;

    private final Predicate<Path> real = DatabaseFile.networkShare;

    @AfterEach
    void putBack() {
        DatabaseFile.networkShare = real;
    }

    @Test
    void tellsASharedFolderByItsPathOrItsFileSystem() {
        assertThat(DatabaseFile.onNetworkShare("\\\\kantor\\data\\payung.db", "")).isTrue();
        assertThat(DatabaseFile.onNetworkShare("//kantor/data/payung.db", "")).isTrue();
        assertThat(DatabaseFile.onNetworkShare("\\\\?\\UNC\\kantor\\data\\payung.db", "")).isTrue();
        assertThat(DatabaseFile.onNetworkShare("\\\\?\\C:\\Data\\payung.db", "NTFS")).as("a long local path").isFalse();
        for (String type : new String[] {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "davfs"}) {
            assertThat(DatabaseFile.onNetworkShare("/mnt/kantor/payung.db", type)).as(type).isTrue();
        }
        assertThat(DatabaseFile.onNetworkShare("/mnt/kantor/payung.db", "CIFS")).isTrue();
        for (String type : new String[] {"ext4", "xfs", "btrfs", "tmpfs", "overlay", "NTFS", "apfs", ""}) {
            assertThat(DatabaseFile.onNetworkShare("/home/siti/payung.db", type)).as(type).isFalse();
        }
        assertThat(DatabaseFile.onNetworkShare(dir.resolve("payung.db"))).as("this test's own folder").isFalse();
    }

    @Test
    void aWindowsDriveLetterMappedToAShareIsFoundInNetUsesListing() {
        String listing = String.join("\r\n",
                "Koneksi baru akan diingat.",
                "",
                "Status       Lokal     Jauh                      Jaringan",
                "-------------------------------------------------------------------------------",
                "OK           Z:        \\\\kantor\\data            Microsoft Windows Network",
                "Unavailable  Y:        \\\\nas\\cadangan-yang-namanya-sangat-panjang-sekali",
                "                                                Microsoft Windows Network",
                "OK                     \\\\kantor\\IPC$             Microsoft Windows Network",
                "Perintah berhasil diselesaikan.");
        assertThat(MappedDrives.mapped(listing, 'Z')).isTrue();
        assertThat(MappedDrives.mapped(listing, 'z')).isTrue();
        assertThat(MappedDrives.mapped(listing, 'Y')).as("a mapping that is down is still a share").isTrue();
        assertThat(MappedDrives.mapped(listing, 'D')).isFalse();
        assertThat(MappedDrives.mapped("", 'Z')).as("no listing (net use failed): not known as a share").isFalse();
        assertThat(MappedDrives.letter("z:\\Payung\\payung.db")).contains('Z');
        assertThat(MappedDrives.letter("\\\\kantor\\data")).isEmpty();
        assertThat(MappedDrives.letter("/home/siti")).isEmpty();
        assertThat(MappedDrives.isMapped(dir)).as("never on Linux").isFalse();
    }

    @Test
    void aDatabaseOnAShareOpensReadOnlyWritesNothingThereAndSaysWhy() throws Exception {
        Path file = dir.resolve("payung.db");
        try (Database db = Database.open(file, true)) {
            db.write(tx -> tx.update("INSERT INTO person (nik, full_name, sex, birth_date, created_at) "
                    + "VALUES ('5310015204850001', 'Maria', 'P', '1985-04-12', '2025-01-01T00:00:00Z')"));
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> !p.equals(file)).forEach(p -> p.toFile().delete()); // the lock file of the local open
        }
        byte[] before = Files.readAllBytes(file);
        DatabaseFile.networkShare = p -> p.startsWith(dir);

        try (Database db = Database.open(file, false)) {
            assertThat(db.isReadOnly()).isTrue();
            assertThat(db.onNetworkShare()).isTrue();
            long people = db.read(tx -> tx.scalar("SELECT count(*) FROM person"));
            assertThat(people).isEqualTo(1L);
            assertThatThrownBy(() -> db.write(tx -> tx.update("DELETE FROM person")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("network folder").hasMessageContaining("nothing was changed");
            try (Stream<Path> left = Files.list(dir)) {
                assertThat(left.map(p -> p.getFileName().toString()))
                        .as("no -wal, -shm or lock file made on the share").containsExactly("payung.db");
            }
        }
        try (Database db = Database.openReadOnly(file)) {
            assertThat(db.onNetworkShare()).as("opened read-only on purpose (a newer Payung's file)").isTrue();
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("payung.db");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void noNewDatabaseIsMadeOnAShare() {
        DatabaseFile.networkShare = p -> true;
        Path file = dir.resolve("baru.db");
        assertThatThrownBy(() -> Database.open(file, true))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.problem()).isEqualTo(DatabaseOpenException.Problem.NETWORK_SHARE));
        assertThat(file).doesNotExist();
    }
}
