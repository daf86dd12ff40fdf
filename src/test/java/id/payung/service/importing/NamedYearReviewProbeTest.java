package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review 12: a desa's Kemendagri code in a title row ("Kode desa: 53.10.05.2004") has a four-digit last group
 * between 2000 and 2100 for most desa (desa are numbered from 2001): it is read as the list's year, and the
 * import window proposes "Mulai" January 2004.
 */
class NamedYearReviewProbeTest {
    @Test
    void aDesaCodeIsNoYear() {
        assertThat(NamedYear.of("Daftar PBPU Desa Golo Dukal.xlsx", List.of("DAFTAR PESERTA PBPU",
                "Desa Golo Dukal, kode 53.10.05.2004"))).isEmpty();
        assertThat(NamedYear.of("Daftar PBPU 2025.xlsx", List.of("Kode desa: 53.10.05.2004"))).contains(2025);
        // A date written with dots stays a year.
        assertThat(NamedYear.of("daftar.xlsx", List.of("Per 01.03.2025"))).contains(2025);
    }
}
