package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.payung.domain.EnrollmentSummary;
import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.domain.RegisterFilter;
import id.payung.domain.RegisterSort;
import id.payung.service.facade.PayungServices;
import id.payung.service.TestData;
import id.payung.service.TestRegions;
import id.payung.service.importing.ImportService;
import id.payung.service.importing.RowProblem;
import id.payung.store.Database;
import id.payung.store.RegionRepository;
import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import window's model with a village's own list, on a fresh database that knows Manggarai's desa. */
class ImportVillageListViewModelTest {
    @TempDir
    Path dir;

    private static ImportViewModel model(PayungServices s) {
        ImportViewModel model = ImportScreen.loaded(s, YearMonth.of(2026, 1));
        model.funderProperty().set(ImportScreen.funder(model, "APBD-PROV-NTT"));
        return model;
    }

    private static List<EnrollmentSummary> register(PayungServices s) {
        return s.register().page(RegisterFilter.all(), new RegisterSort(RegisterSort.Column.NAME, true), null, 100).rows();
    }

    @Test
    void aVillageListWithoutKecamatanChecksCleanAndImportsWhole() {
        Path list = TestRegions.resource("village/daftar-desa-tanpa-kecamatan.csv", dir);
        try (PayungServices s = ImportScreen.seededWithManggarai(dir)) {
            ImportViewModel model = model(s);
            model.fileProperty().set(list);

            model.check();

            assertThat(model.checkedProperty().get().read()).isEqualTo(6);
            assertThat(model.checkedProperty().get().rejected()).isZero();
            assertThat(model.problems()).extracting(p -> p.problem().code()).containsOnly("IMPORT_NOT_A_PERSON");
            assertThat(model.skipInvalidProperty().get()).as("all-or-nothing, the default").isFalse();

            model.importNow();

            assertThat(model.importedProperty().get().imported()).isEqualTo(6);
            assertThat(register(s)).extracting(EnrollmentSummary::fullName, EnrollmentSummary::desaName,
                    EnrollmentSummary::kecamatanName).contains(tuple("Yohanes Jehadu", "Wae Rii", "Wae Rii"),
                    tuple("Theresia Nggarang", "Golo Cador", "Wae Rii"),
                    tuple("Fransiska Imelda", "Golo Dukal", "Langke Rembong"));
        }
    }

    @Test
    void aTwoRowHeaderWithAGroupLabelListsEveryColumnInArtiKolomAndImportsWhole() {
        // trial 18 H1: IDENTITAS over NIK | NAMA LENGKAP, NO / L/P / TGL LAHIR / PEKERJAAN merged over both rows
        Path list = TestRegions.resource("village/Daftar BPJS TK Desa Golo Cador 2026.xlsx", dir);
        try (PayungServices s = ImportScreen.seededWithManggarai(dir)) {
            ImportViewModel model = model(s);
            model.fileProperty().set(list);

            model.check();

            assertThat(model.mapping()).extracting(ImportViewModel.MappingRow::header, r -> r.column().get())
                    .containsExactly(tuple("NO", id.payung.service.importing.Column.ROW_NUMBER),
                            tuple("NIK", id.payung.service.importing.Column.NIK),
                            tuple("NAMA LENGKAP", id.payung.service.importing.Column.NAME),
                            tuple("L/P", id.payung.service.importing.Column.SEX),
                            tuple("TGL LAHIR", id.payung.service.importing.Column.BIRTH_DATE),
                            tuple("ALAMAT / DUSUN", id.payung.service.importing.Column.ADDRESS),
                            tuple("DESA", id.payung.service.importing.Column.DESA),
                            tuple("PEKERJAAN", id.payung.service.importing.Column.OCCUPATION));
            // the JUMLAH row under the names is no error: the list is not refused for it
            assertThat(model.checkedProperty().get().rejected()).isZero();

            model.importNow();

            assertThat(model.importedProperty().get().imported()).isEqualTo(8);
            assertThat(register(s)).filteredOn(e -> e.fullName().equals("Hironimus Dagur"))
                    .extracting(EnrollmentSummary::occupationName).containsExactly("Perangkat desa");
        }
    }

    @Test
    void aSharedDesaNameIsSettledByTypingTheKecamatanOrChoosingOneForTheFile() throws Exception {
        Path list = dir.resolve("daftar 2026.csv");
        Files.writeString(list, "NIK;Nama;Desa\n5310015204850001;Maria Jelita;Ds. Satar Ngkeling\n"
                + "5310011205850002;Yohanes Jehadu;Lalong\n");
        try (PayungServices s = ImportScreen.seededWithManggarai(dir)) {
            try (Database db = Database.open(dir.resolve("payung.db"), false)) {
                db.write(tx -> new RegionRepository().insertIfAbsent(tx,
                        new Region("53.10.03.2999", "Satar Ngkeling", RegionLevel.DESA, "53.10.03")));
            }
        }
        try (PayungServices s = PayungServices.open(dir.resolve("payung.db"), false, TestData.CLOCK)) {
            ImportViewModel model = model(s);
            model.fileProperty().set(list);
            model.check();
            RowProblem shared = model.problems().get(0);
            assertThat(shared.column()).isEqualTo(ImportService.KECAMATAN_FIX);
            assertThat(shared.problem().code()).isEqualTo("IMPORT_AMBIGUOUS_DESA_IN");
            assertThat(model.fixable(shared)).as("the list has no Kecamatan column: the kecamatan is typed here").isTrue();

            model.fix(shared, "Wae Rii");
            assertThat(model.problems()).isEmpty();

            // Or one kecamatan for the whole file, as for the funder and the period.
            model.fix(shared, "");
            assertThat(model.problems()).hasSize(1);
            assertThat(model.kecamatans().get(0)).as("the first choice is: from the file").isNull();
            model.kecamatanProperty().set(model.kecamatans().stream()
                    .filter(r -> r != null && r.name().equals("Wae Rii")).findFirst().orElseThrow());
            model.check();
            assertThat(model.problems()).isEmpty();
            model.importNow();
            assertThat(register(s)).extracting(EnrollmentSummary::desaName).containsExactly("Satar Ngkeling", "Lalong");
        }
    }

    @Test
    void twoPeopleOnOneNikAreRefusedAndOneWorkerOnTwoPeriodsImportsBoth() throws Exception {
        Path clash = dir.resolve("satu-nik-2026.csv");
        Files.writeString(clash, "NIK;Nama;Desa\n5310015204850001;Maria Jelita;Wae Rii\n"
                + "5310015204850001;Theresia Nggarang;Wae Rii\n");
        Path twoPeriods = dir.resolve("dua-periode.csv");
        Files.writeString(twoPeriods, "NIK;Nama;Desa;Mulai;Sampai\n5310015204850001;Maria Jelita;Wae Rii;01/2026;12/2026\n"
                + "5310015204850001;Maria Jelita;Wae Rii;01/2027;12/2027\n");
        try (PayungServices s = ImportScreen.seededWithManggarai(dir)) {
            ImportViewModel model = model(s);
            model.fileProperty().set(clash);
            model.check();
            assertThat(model.problems()).extracting(RowProblem::row, p -> p.problem().code())
                    .containsExactly(tuple(2, "IMPORT_NIK_TWO_PEOPLE"), tuple(3, "IMPORT_NIK_TWO_PEOPLE"));
            model.importNow();
            assertThat(model.importedProperty().get().written()).isFalse();

            model.fileProperty().set(twoPeriods);
            model.funderProperty().set(model.funders().stream().filter(f -> f.code().equals("APBD-PROV-NTT")).findFirst()
                    .orElseThrow()); // another file: chosen anew
            model.check();
            model.importNow();
            assertThat(model.importedProperty().get().imported()).isEqualTo(2);
            assertThat(register(s)).extracting(EnrollmentSummary::firstMonth)
                    .containsExactlyInAnyOrder(YearMonth.of(2026, 1), YearMonth.of(2027, 1));
        }
    }

    @Test
    void aListLibreOfficeSavedWithPhonesAsNumbersImports40Of40() {
        Path list = TestRegions.resource("libreoffice/hp-angka.xlsx", dir);
        try (PayungServices s = ImportScreen.seededWithManggarai(dir)) {
            ImportViewModel model = model(s);
            model.fileProperty().set(list);
            model.check();
            assertThat(model.problems()).isEmpty();
            assertThat(model.checkedProperty().get().read()).isEqualTo(40);
            model.importNow();
            assertThat(model.importedProperty().get().imported()).isEqualTo(40);
            assertThat(register(s)).extracting(e -> s.enrollments().form(e.id()).phone()).allMatch(p -> p.matches("08\\d{10}"));
        }
    }
}
