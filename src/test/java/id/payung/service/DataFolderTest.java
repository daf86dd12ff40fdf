package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {
    @Test
    void explicitPathWinsThenEnvironmentThenPlatformFolder() {
        Path explicit = Path.of("/data/mine.db");
        assertThat(DataFolder.database(explicit, Map.of("PAYUNG_DB", "/x.db"), "Linux", "/home/siti")).isEqualTo(explicit);
        assertThat(DataFolder.database(null, Map.of("PAYUNG_DB", "/x.db"), "Linux", "/home/siti")).isEqualTo(Path.of("/x.db"));
        assertThat(DataFolder.database(null, Map.of(), "Linux", "/home/siti"))
                .isEqualTo(Path.of("/home/siti/.local/share/payung/payung.db"));
        assertThat(DataFolder.database(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/siti"))
                .isEqualTo(Path.of("/xdg/payung/payung.db"));
        assertThat(DataFolder.folder(Map.of("APPDATA", "C:\\Users\\siti\\AppData\\Roaming"), "Windows 11", "C:\\Users\\siti"))
                .isEqualTo(Path.of("C:\\Users\\siti\\AppData\\Roaming", "Payung"));
        assertThat(DataFolder.folder(Map.of(), "Mac OS X", "/Users/siti"))
                .isEqualTo(Path.of("/Users/siti/Library/Application Support/Payung"));
    }

    @Test
    void onlyTheDataFoldersDatabaseIsTheDefaultAndAServerAddressIsNoFile() {
        assertThat(DataFolder.isDefault(null, Map.of())).isTrue();
        assertThat(DataFolder.isDefault(null, Map.of("PAYUNG_DB", " "))).isTrue();
        assertThat(DataFolder.isDefault(null, Map.of("PAYUNG_DB", "/x.db"))).as("PAYUNG_DB names a file").isFalse();
        assertThat(DataFolder.isDefault(Path.of("mine.db"), Map.of())).isFalse();
        assertThat(DatabaseChoice.of("postgresql://siti@kantor:5432/payung", Map.of(), "Linux", "/home/siti"))
                .isInstanceOf(DatabaseChoice.Server.class);
        assertThat(DatabaseChoice.of(null, Map.of("PAYUNG_DB", "postgresql://siti@kantor/payung"), "Linux", "/home/siti"))
                .as("PAYUNG_DB may name a server too").isInstanceOf(DatabaseChoice.Server.class);
        assertThat(DatabaseChoice.of("/data/payung.db", Map.of(), "Linux", "/home/siti"))
                .isEqualTo(new DatabaseChoice.File(Path.of("/data/payung.db"), false));
        assertThat(DatabaseChoice.of("payung.db", Map.of(), "Linux", "/home/siti")).isInstanceOf(DatabaseChoice.File.class);
        assertThat(DatabaseChoice.of("C:\\Data\\payung.db", Map.of(), "Linux", "/home/siti"))
                .as("a drive letter is no scheme").isInstanceOf(DatabaseChoice.File.class);
        assertThat(DatabaseChoice.of(null, Map.of(), "Linux", "/home/siti"))
                .isEqualTo(new DatabaseChoice.File(Path.of("/home/siti/.local/share/payung/payung.db"), true));
    }
}
