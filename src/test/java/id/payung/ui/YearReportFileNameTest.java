package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.ui.dashboard.DashboardViewModel;
import id.payung.ui.reports.ReportsViewModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 21a: the year report was offered as "laporan-payung-2025.pdf", the application's name rather than what it is
 * about. The dashboard and the Laporan page offer its subject and year, the dashboard its filters after them.
 */
class YearReportFileNameTest {
    @TempDir
    Path dir;

    @Test
    void theYearReportIsOfferedUnderItsSubject() {
        try (PayungServices s = TestData.seeded(dir)) {
            ReportsViewModel reports = new ReportsViewModel(s, new DirectTaskExecutor(), TestData.CLOCK);
            reports.load();
            reports.yearProperty().set(2025);
            assertThat(reports.yearReportFileName()).isEqualTo("laporan-peserta-bpjs-ketenagakerjaan-2025.pdf");

            DashboardViewModel dashboard = new DashboardViewModel(s.dashboard(), s.budget(), s.coverage(),
                    new DirectTaskExecutor(), s.exports());
            dashboard.load();
            dashboard.yearProperty().set(2025);
            assertThat(dashboard.reportFileName()).isEqualTo("laporan-peserta-bpjs-ketenagakerjaan-2025.pdf");
            dashboard.segmentProperty().set(id.payung.domain.Segment.BPU);
            assertThat(dashboard.reportFileName()).isEqualTo("laporan-peserta-bpjs-ketenagakerjaan-2025-bpu.pdf");
        }
    }
}
