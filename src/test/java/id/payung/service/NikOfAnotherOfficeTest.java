package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.EnrollmentForm;
import id.payung.domain.FormProblem;
import id.payung.domain.Region;
import id.payung.service.facade.PayungServices;
import id.payung.store.PostgresServer;
import id.payung.ui.DirectTaskExecutor;
import id.payung.ui.enrollments.EnrollmentFormViewModel;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Trial 24b M1: a Manggarai Barat (53.15) clerk typing a NIK Manggarai (53.10) enrolled was first asked "Simpan NIK dari
 * kabupaten lain?" and refused only after "Ya", without a word of which office holds it. The person is the registering
 * office's (row-level security hides them from 53.15, the unique NIK refuses 53.15's save for any period): the form now
 * says so as the NIK is typed, naming the regency (V17's payung_nik_regency, nothing else of theirs), and its Simpan
 * refuses at once without the question; the service's refusal names it too.
 */
@Tag("postgres")
@ExtendWith({PostgresServer.class, ServerFixture.AcrossRegencies.class})
class NikOfAnotherOfficeTest {
    private static final String NIK = "5310010504600030";

    @Test
    void anotherRegencysNikIsRefusedAtOnceNamingTheOfficeWithoutAskingFirst(ServerFixture server) {
        try (PayungServices siti = server.services(server.siti())) {
            siti.enrollments().enrol(TestData.form(NIK, "Yohanes Tamur", "APBD-PROV-NTT", YearMonth.of(2026, 1),
                    YearMonth.of(2026, 12)));
            assertThat(siti.enrollments().otherOfficeOf(NIK)).as("the office's own NIK").isEmpty();
        }
        try (PayungServices yosef = server.services(server.yosef())) {
            assertThat(yosef.enrollments().otherOfficeOf(NIK)).contains("Kabupaten Manggarai");
            assertThat(yosef.enrollments().otherOfficeOf("5315011204850099")).as("nobody's").isEmpty();
            Region desa = yosef.reference().localRegions().stream().filter(r -> r.code().startsWith("53.15.")
                    && r.code().length() > 9).findFirst().orElseThrow();

            // A later year that does not overlap: refused all the same, naming the office (the person is theirs).
            EnrollmentForm later = TestData.form(NIK, "Yohanes Tamur", "APBD-PROV-NTT", YearMonth.of(2027, 1),
                    YearMonth.of(2027, 12));
            EnrollmentForm inManggaraiBarat = new EnrollmentForm(later.nik(), later.fullName(), later.sex(),
                    later.birthPlace(), later.birthDate(), later.address(), desa.code(), later.occupationCode(),
                    later.phone(), later.kpj(), later.funderCode(), later.segment(), later.programmes(),
                    later.declaredIncomeRp(), later.firstMonth(), later.lastMonth(), later.notes());
            assertThatThrownBy(() -> yosef.enrollments().enrol(inManggaraiBarat)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement().satisfies(p -> {
                        assertThat(p.code()).isEqualTo("NIK_OTHER_OFFICE_NAMED");
                        assertThat(p.args()).containsExactly("Kabupaten Manggarai");
                    }));

            // The form: said as the NIK is typed, and Simpan refuses without asking about a NIK of another regency.
            var choices = new EnrollmentFormViewModel.Choices(yosef.reference().localRegions(),
                    yosef.reference().occupations(), yosef.reference().fundingSources());
            EnrollmentFormViewModel form = new EnrollmentFormViewModel(yosef.enrollments(), new DirectTaskExecutor(),
                    TestData.CLOCK, "5315", choices);
            AtomicInteger asked = new AtomicInteger();
            form.setOutsideRegencyQuestion(w -> {
                asked.incrementAndGet();
                return true;
            });
            form.nikProperty().set(NIK);
            form.nameProperty().set("Yohanes Tamur");
            form.regionProperty().set(desa);
            form.occupationProperty().set(yosef.reference().occupations().stream()
                    .filter(o -> o.code().equals("OJEK")).findFirst().orElseThrow());
            form.funderProperty().set(yosef.reference().fundingSources().stream()
                    .filter(f -> f.code().equals("APBD-PROV-NTT")).findFirst().orElseThrow());
            form.firstMonthProperty().set("01/2027");
            assertThat(form.problems()).filteredOn(FormProblem::error).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo(FormProblem.Field.NIK);
                assertThat(p.code()).isEqualTo("NIK_OTHER_OFFICE_NAMED");
                assertThat(p.args()).containsExactly("Kabupaten Manggarai");
            });
            form.save(false);
            assertThat(asked).as("no question whose Ya is refused anyway").hasValue(0);
            assertThat(form.savedCountProperty().get()).isZero();
            assertThat(java.text.MessageFormat.format(id.payung.ui.I18n.bundle(id.payung.ui.I18n.INDONESIAN)
                    .getString("problem.NIK_OTHER_OFFICE_NAMED"), "Kabupaten Manggarai"))
                    .startsWith("NIK ini sudah terdaftar oleh kantor Kabupaten Manggarai di server ini.");
        }
    }
}
