package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * "Cohort" is a headcount without names (the glossary; "kelompok" in Bahasa Indonesia). Trial 23a L8: the Reports
 * screen's Continuing self-paying table was headed "Cohort (year ended)" ("Angkatan (tahun berakhir)"), the word in a
 * second sense: the year a worker's government funding ended.
 */
class CohortWordTest {
    private static final ResourceBundle ID = I18n.bundle(I18n.INDONESIAN);
    private static final ResourceBundle EN = I18n.bundle(I18n.ENGLISH);

    @Test
    void theYearFundingEndedIsNotCalledACohort() {
        assertThat(EN.getString("reports.col.endYear")).isEqualTo("Year funding ended").doesNotContainIgnoringCase("cohort");
        assertThat(EN.getString("reports.transition.help")).doesNotContainIgnoringCase("(cohort)");
        assertThat(ID.getString("reports.col.endYear")).isEqualTo("Tahun pembiayaan berakhir");
        assertThat(ID.getString("reports.transition.help")).doesNotContainIgnoringCase("angkatan");
    }
}
