package id.payung.service.importing;

import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.payung.domain.EnrollmentForm;
import id.payung.domain.EnrollmentSummary;
import id.payung.domain.RegisterFilter;
import id.payung.domain.RegisterSort;
import id.payung.service.facade.PayungServices;
import id.payung.service.TestData;
import id.payung.service.TestRegions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists saved by LibreOffice Calc itself (src/test/resources/libreoffice, how they were made is in its
 * README): numbers where the clerk typed phone numbers, income and KPJ into ordinary cells, date cells.
 */
class LibreOfficeListsTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @TempDir
    Path dir;

    private PayungServices fresh() {
        PayungServices s = engine.services();
        TestRegions.loadManggarai(s, dir);
        return s;
    }

    private static ImportOptions provinsi2026() {
        return ImportOptions.defaults().withFunder("APBD-PROV-NTT").withPeriod(YearMonth.of(2026, 1), 12);
    }

    /** Every enrollment's form, in the order of the file (its No column follows the NIK's serial). */
    private static List<EnrollmentForm> forms(PayungServices s) {
        return s.register().page(RegisterFilter.all(), new RegisterSort(RegisterSort.Column.NAME, true), null, 100).rows()
                .stream().map(EnrollmentSummary::id).map(id -> s.enrollments().form(id))
                .sorted(Comparator.comparing(f -> f.nik().substring(12))).toList();
    }

    @Test
    void phonesTypedIntoOrdinaryCellsImport40Of40AsMobileNumbers() {
        Path list = TestRegions.resource("libreoffice/hp-angka.xlsx", dir);
        try (PayungServices s = fresh()) {
            ImportService.Report r = s.imports().importFile(list, provinsi2026(), ImportService.Progress.NONE);

            assertThat(r.problems()).isEmpty();
            assertThat(r.imported()).isEqualTo(40);
            List<EnrollmentForm> forms = forms(s);
            assertThat(forms).hasSize(40).allSatisfy(f -> assertThat(f.phone()).matches("08\\d{10}"));
            assertThat(forms.get(0).phone()).isEqualTo("081237000000");
            assertThat(forms.get(39).phone()).isEqualTo("081237043563");
            // Income typed as 1000000, 1.500.000, "Rp 1.000.000,00" …: Calc stored numbers, read as rupiah.
            assertThat(forms.subList(0, 5)).extracting(EnrollmentForm::declaredIncomeRp)
                    .containsExactly(1_000_000L, 1_500_000L, 1_000_000L, 2_000_000L, 1_250_000L);
            // KPJ typed as a number: its 11 digits, no ".0", no exponent.
            assertThat(forms.get(0).kpj()).isEqualTo("25000000000");
            assertThat(forms.get(3).kpj()).isEqualTo("25000000009");
            assertThat(forms.get(1).kpj()).isNull();
            // Birth dates as date cells.
            assertThat(forms.get(1).birthDate()).isEqualTo(LocalDate.of(1971, 2, 8));
        }
    }

    @Test
    void oneUnreadablePhoneIsAWarningAndThePersonImportsWithoutIt() {
        Path list = TestRegions.resource("libreoffice/hp-satu-rusak.xlsx", dir);
        try (PayungServices s = fresh()) {
            ImportService.Report r = s.imports().importFile(list, provinsi2026(), ImportService.Progress.NONE);

            assertThat(r.written()).isTrue();
            assertThat(r.imported()).isEqualTo(40);
            assertThat(r.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::value,
                    p -> p.problem().code(), p -> p.problem().error())
                    .containsExactly(tuple(20, "No. HP", "0812-345", "IMPORT_PHONE_UNREADABLE", false));
            List<EnrollmentForm> forms = forms(s);
            assertThat(forms.get(16).phone()).isNull();
            assertThat(forms.stream().filter(f -> f.phone() != null)).hasSize(39);
        }
    }

    @Test
    void theCarefulClerksListWithTextCellsImports40Of40() {
        Path list = TestRegions.resource("libreoffice/rapi.xlsx", dir);
        try (PayungServices s = fresh()) {
            ImportService.Report r = s.imports().importFile(list, provinsi2026(), ImportService.Progress.NONE);
            assertThat(r.problems()).isEmpty();
            assertThat(r.imported()).isEqualTo(40);
            assertThat(forms(s)).extracting(EnrollmentForm::phone).allMatch(p -> p.startsWith("08"));
        }
    }

    @Test
    void paysTemplateFilledAndSavedByCalcImportsEveryone() {
        Path list = TestRegions.resource("libreoffice/templat-diisi.xlsx", dir);
        try (PayungServices s = fresh()) {
            ImportService.Report r = s.imports().importFile(list, ImportOptions.defaults(), ImportService.Progress.NONE);

            assertThat(r.problems()).isEmpty();
            assertThat(r.imported()).isEqualTo(5);
            assertThat(forms(s)).extracting(EnrollmentForm::fullName, EnrollmentForm::phone, EnrollmentForm::kpj,
                    EnrollmentForm::funderCode, EnrollmentForm::firstMonth, EnrollmentForm::lastMonth).containsExactly(
                    tuple("Maria Jelita", "081234567890", "25000000001", "APBD-PROV-NTT", YearMonth.of(2026, 1), YearMonth.of(2026, 12)),
                    tuple("Yohanes Jehadu", "081334567891", null, "APBD-PROV-NTT", YearMonth.of(2026, 1), YearMonth.of(2026, 12)),
                    tuple("Agustinus Ndaung", "085239001122", "25000000003", "APBD-KAB-MGR", YearMonth.of(2026, 1), YearMonth.of(2026, 12)),
                    tuple("Theresia Nggarang", "081345678901", null, "MANDIRI", YearMonth.of(2026, 2), YearMonth.of(2026, 7)),
                    tuple("Fransiska Imelda", "082145678902", null, "APBD-KAB-MGR", YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
            assertThat(forms(s).get(0).birthDate()).isEqualTo(LocalDate.of(1985, 4, 12));
        }
    }
}
