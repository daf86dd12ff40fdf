package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A NIK in a message or the log is masked however it was grouped, as {@link id.payung.domain.Nik#strip} reads it. */
class MaskedTest {
    @Test
    void aNikGroupedByNoBreakSpacesIsMasked() {
        assertThat(Masked.niks("NIK 5310\u00a00152\u00a00485\u00a00001 sudah terdaftar"))
                .isEqualTo("NIK 531001********01 sudah terdaftar");
        assertThat(Masked.niks("baris 4: 5310\u202f0152\u202f0485\u202f0001")).isEqualTo("baris 4: 531001********01");
    }

    @Test
    void everyWayANikIsAcceptedIsMasked() {
        for (String written : id.payung.domain.NikTest.WRITTEN) {
            String masked = Masked.niks("nilai [" + written + "] ditolak");
            assertThat(masked).as(written).contains("531001********01").doesNotContain("520485").doesNotContain("0485");
        }
        assertThat(Masked.niks("531001520485000")).as("15 digits: a NIK Excel cut, masked as a NIK")
                .isEqualTo("531001*******00");
        assertThat(Masked.niks("5.31001E+15 adalah NIK yang dirusak Excel")).as("no NIK in it: as written")
                .isEqualTo("5.31001E+15 adalah NIK yang dirusak Excel");
        assertThat(Masked.niks("Kepala Desa NIK.5310015204850001/RT 02")).as("a 16-digit run inside longer text")
                .isEqualTo("Kepala Desa NIK.531001********01/RT 02");
    }

    /** Trial 21b L12: the random part of a temporary file's name was masked, so the log named no real file. */
    @Test
    void theDigitsOfATemporaryFilesNameStayWhileANikInAFileNameIsMasked() {
        String part = "copying the database to /tmp/t21b/small/.full-2026-12-07-142138.db.6368031234567833.part failed";
        assertThat(Masked.niks(part)).isEqualTo(part);
        assertThat(Masked.niks("backup to C:\\data\\.payung.db.63680312345678331.part failed")).contains("63680312345678331");
        assertThat(Masked.niks("cannot write /home/siti/5310015204850001.xlsx")).isEqualTo("cannot write /home/siti/531001********01.xlsx");
        assertThat(Masked.niks("cannot write peserta.5310015204850001/x")).contains("531001********01");
        assertThat(Masked.niks("NIK 5310015204850001. Nama Maria")).isEqualTo("NIK 531001********01. Nama Maria");
    }

    /**
     * Session 24: a NIK written in Arabic-Indic, Persian or full-width digits (a phone's keyboard, text pasted from a
     * chat) is a NIK as {@link id.payung.domain.Nik#strip} reads it, and the import takes it so; inside a note or a name
     * it was kept whole, as the pattern knew 0–9 only.
     */
    @Test
    void aNikInOtherDigitsIsMasked() {
        String arabic = "\u0665\u0663\u0661\u0660\u0660\u0661\u0665\u0662\u0660\u0664\u0668\u0665\u0660\u0660\u0660\u0661";
        String persian = "\u06f5\u06f3\u06f1\u06f0\u06f0\u06f1\u06f5\u06f2\u06f0\u06f4\u06f8\u06f5\u06f0\u06f0\u06f0\u06f1";
        String fullWidth = "\uff15\uff13\uff11\uff10\uff10\uff11\uff15\uff12\uff10\uff14\uff18\uff15\uff10\uff10\uff10\uff11";
        for (String nik : java.util.List.of(arabic, persian, fullWidth)) {
            assertThat(Masked.niks("catatan: NIK " + nik + " salah ketik")).as(nik)
                    .isEqualTo("catatan: NIK 531001********01 salah ketik");
            // Grouped as people write them, and half in one script, half in another.
            String grouped = nik.substring(0, 4) + " " + nik.substring(4, 8) + "." + nik.substring(8, 12) + "-" + nik.substring(12);
            assertThat(Masked.niks("nama (" + grouped + ")")).as(grouped).isEqualTo("nama (531001********01)");
            assertThat(Masked.niks(nik.substring(0, 8) + "04850001")).as("mixed").isEqualTo("531001********01");
        }
        // A short number in those digits (a phone's year, a house number) stays as written.
        assertThat(Masked.niks("RT \uff10\uff12 / \u0662\u0660\u0662\u0666")).isEqualTo("RT \uff10\uff12 / \u0662\u0660\u0662\u0666");
    }

    @Test
    void shortNumbersAndDatesStay() {
        for (String text : new String[] {"Rp 1.000.000", "12/05/1985", "0812 3456 7890", "baris 1.234 dari 5.000", null}) {
            assertThat(Masked.niks(text)).isEqualTo(text);
        }
    }
}
