package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.FormProblem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void anotherRegencyCanSetItselfUpAndTheRulesFollow() {
        Path file = dir.resolve("payung.db");
        try (PayungServices s = PayungServices.open(file, true, TestData.CLOCK)) {
            assertThat(s.settings().regionPrefix()).isEqualTo("5310");
            assertThatThrownBy(() -> s.saveSettings(new Settings("", "5315", null)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FormProblem::code).containsExactly("REQUIRED", "REGENCY_CODE"));

            s.saveSettings(new Settings("Dinas Nakertrans Kabupaten Manggarai Barat", "53.15", "Labuan Bajo"));

            assertThat(s.settings().regionPrefix()).isEqualTo("5315");
            assertThat(s.settings().place()).isEqualTo("Labuan Bajo");
        }
        try (PayungServices s = PayungServices.open(file, false, TestData.CLOCK)) {
            assertThat(s.settings().officeName()).isEqualTo("Dinas Nakertrans Kabupaten Manggarai Barat");
        }
    }
}
