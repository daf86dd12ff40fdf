package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.EndReason;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.ui.enrollments.EnrollmentRow;
import id.payung.ui.enrollments.RegisterViewModel;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 22b: ending an enrollment (Akhiri…) said nothing in the status line, which still showed the "Tersimpan: …" of
 * the save before it, while a save, a deletion and an import each say theirs. The register tells the window once the
 * enrollment is ended (not when the end was refused), with the words it shows, in both languages.
 */
class EndedNoticeViewModelTest {
    @TempDir
    Path dir;
    private PayungServices services;
    private RegisterViewModel register;

    @BeforeEach
    void open() {
        services = TestData.seeded(dir);
        services.enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita", "APBD-KAB-MGR",
                YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        register = new RegisterViewModel(services.register(), services.enrollments(), services.reference(),
                services.exports(), new DirectTaskExecutor(), TestData.CLOCK);
        register.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void anEndedEnrollmentIsSaidInTheStatusLineWithItsLastMonth() {
        List<String> said = new ArrayList<>();
        register.setOnEnded((row, last) -> said.add(RegisterViewModel.endedNotice(I18n.bundle(I18n.INDONESIAN), row, last)
                + " | " + RegisterViewModel.endedNotice(I18n.bundle(I18n.ENGLISH), row, last)));
        EnrollmentRow maria = register.rows().get(0);

        register.end(maria, YearMonth.of(2026, 6), EndReason.MOVED);

        assertThat(said).containsExactly("Kepesertaan Maria Jelita (531001********01) — APBD Kabupaten Manggarai"
                + " diakhiri per 06/2026 | Enrollment of Maria Jelita (531001********01) — APBD Kabupaten Manggarai"
                + " ended as of 06/2026");
        assertThat(register.rows().get(0).lastMonth()).isEqualTo(YearMonth.of(2026, 6));
    }
}
