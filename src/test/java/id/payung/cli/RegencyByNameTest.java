package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 18 M18: {@code init --regency "Manggarai Barat"} said only "not a regency code Payung knows". A name is still
 * refused (exit 1, the same first line: a script must name the code), but the code it names is said for the next run.
 */
class RegencyByNameTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CommandConsole console = CommandConsole.noWindow();

    @Test
    void aRegencysNameIsRefusedWithItsCode() {
        Path db = dir.resolve("office.db");
        assertThat(console.run("init", "--db", db.toString(), "--regency", "Manggarai Barat")).isEqualTo(1);
        assertThat(console.err()).contains("payung: Manggarai Barat is not a regency code Payung knows")
                .contains("did you mean 53.15 (Kabupaten Manggarai Barat)? run again with --regency 53.15");
        assertThat(db).doesNotExist();
    }

    @Test
    void kabupatenKabOrKotaBeforeTheNameAndAnyCaseFindTheSameRegency() {
        String[] typed = {"kabupaten manggarai barat", "Kab. Manggarai  Barat", "MANGGARAI BARAT"};
        for (int i = 0; i < typed.length; i++) {
            assertThat(console.run("init", "--db", dir.resolve("office.db").toString(), "--regency", typed[i])).isEqualTo(1);
            // stderr adds up over the runs: each run says it once more
            assertThat(console.err().split("run again with --regency 53.15", -1)).as(typed[i]).hasSize(i + 2);
        }
        assertThat(console.run("init", "--db", dir.resolve("office.db").toString(), "--regency", "Kota Kupang")).isEqualTo(1);
        assertThat(console.err()).contains("did you mean 53.71 (Kota Kupang)? run again with --regency 53.71");
    }

    @Test
    void severalRegenciesOfThatNameAreListed() {
        assertThat(console.run("init", "--db", dir.resolve("office.db").toString(), "--regency", "Kupang")).isEqualTo(1);
        assertThat(console.err()).contains("did you mean one of these: 53.01 (Kabupaten Kupang), 53.71 (Kota Kupang)?");
    }

    @Test
    void aTextThatNamesNoRegencySaysWhatItSaidBefore() {
        assertThat(console.run("init", "--db", dir.resolve("office.db").toString(), "--regency", "Manggarai Tengah"))
                .isEqualTo(1);
        assertThat(console.err()).contains("is not a regency code Payung knows").doesNotContain("did you mean");
    }
}
