package id.payung.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.DashboardService;
import id.payung.ui.I18n;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Trial 20a: a province's picture footer named the province twice ("… Provinsi NTT Provinsi Nusa Tenggara Timur"). */
class ProvinceFooterTest {
    @Test
    void anOfficeNamingItsProvinceByItsInitialsIsNotFollowedByTheProvincesName() {
        var id = I18n.bundle(I18n.INDONESIAN);
        LocalDate day = LocalDate.of(2026, 12, 7);
        assertThat(ChartPictures.footer(id, new DashboardService.Source("Dinas Tenaga Kerja dan Transmigrasi Provinsi NTT",
                "Provinsi Nusa Tenggara Timur", day)))
                .isEqualTo("Dinas Tenaga Kerja dan Transmigrasi Provinsi NTT · data per 07/12/2026");
        // An office that does not name its province keeps the province's name after it.
        assertThat(ChartPictures.footer(id, new DashboardService.Source("Dinas Tenaga Kerja", "Provinsi Nusa Tenggara Timur",
                day))).isEqualTo("Dinas Tenaga Kerja Provinsi Nusa Tenggara Timur · data per 07/12/2026");
    }
}
