package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one year a list names for itself in its file name or title rows, or none: never a guess. */
class NamedYearTest {
    private static Object year(String fileName, String... titles) {
        return NamedYear.of(fileName, List.of(titles)).orElse(null);
    }

    @Test
    void aYearInTheFileNameOrATitleRowIsNamed() {
        assertThat(year("Daftar PBPU APBD 2025 Desa Lalong.xlsx")).isEqualTo(2025);
        assertThat(year("daftar.xlsx", "DAFTAR PESERTA BPJS KETENAGAKERJAAN PEKERJA RENTAN TAHUN 2025",
                "DESA LALONG KECAMATAN WAE RII")).isEqualTo(2025);
        assertThat(year("DaftarPBPU2024.xlsx")).as("letters around it").isEqualTo(2024);
        assertThat(year("Daftar 2025 (2).xlsx", "TAHUN ANGGARAN 2025")).as("the same year twice").isEqualTo(2025);
        assertThat(year("Periode 01/2025 s.d. 12/2025.csv")).isEqualTo(2025);
        assertThat(year("2000.csv")).isEqualTo(2000);
        assertThat(year("2100.csv")).isEqualTo(2100);
    }

    @Test
    void twoYearsOrNoneNameNoYear() {
        assertThat(year("Daftar 2025-2026.xlsx")).isNull();
        assertThat(year("Daftar 2025.xlsx", "TAHUN 2026")).isNull();
        assertThat(year("TA 2024 s.d. 2025.xlsx")).isNull();
        assertThat(year("daftar desa.xlsx", "DAFTAR PESERTA")).isNull();
        assertThat(year("Daftar 1999.xlsx")).as("before 2000").isNull();
        assertThat(year("Daftar 2101.xlsx")).as("after 2100").isNull();
    }

    @Test
    void longerNumbersAreNotYears() {
        // A NIK, a stamp, an amount, a phone number: digits, but no four of them alone.
        assertThat(year("daftar.xlsx", "NIK 5310015204852025")).isNull();
        assertThat(year("NIK 5310012025850001.xlsx")).isNull();
        assertThat(year("export_20250301.xlsx")).isNull();
        assertThat(year("daftar.xlsx", "Pagu Rp 2.025.000 / Rp 20250000")).isNull();
        assertThat(year("daftar.xlsx", "Hubungi 0812-2025-3344")).as("0812 and 3344 are no years; 2025 is the one")
                .isEqualTo(2025);
        assertThat(year("Daftar ２０２５.xlsx")).as("full-width digits are not read").isNull();
        assertThat(year("daftar 2025.xlsx", "NIK 5310015204850001 TAHUN 2025")).isEqualTo(2025);
    }

    @Test
    void missingTextsAreIgnored() {
        assertThat(NamedYear.of(Arrays.asList(null, "Daftar 2025"))).contains(2025);
        assertThat(NamedYear.of(List.of())).isEmpty();
    }

    @Test
    void aToolsStampInTheFileNameIsTheDayItWasSentNotTheListsYear() {
        assertThat(NamedYear.of("WhatsApp Document 2025-12-20 at 10.23.45.xlsx", List.of())).isEmpty();
        assertThat(NamedYear.of("WhatsApp Document 2025-12-20 at 10.23.45.xlsx", List.of("DAFTAR PESERTA TAHUN 2026")))
                .contains(2026);
        assertThat(NamedYear.of("export_2026_01_05 Daftar 2025.csv", List.of())).contains(2025);
        // A title row's period is the list's own words: its year counts.
        assertThat(NamedYear.of("desa.xlsx", List.of("Periode 2025-01-01 s/d 2025-12-31"))).contains(2025);
    }
}
