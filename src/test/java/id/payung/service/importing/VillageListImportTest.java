package id.payung.service.importing;

import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.payung.domain.EnrollmentSummary;
import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.domain.RegisterFilter;
import id.payung.domain.RegisterSort;
import id.payung.service.facade.PayungServices;
import id.payung.service.TestRegions;
import id.payung.store.Database;
import id.payung.store.RegionRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A village's own list, as villages write it, on a fresh database that knows Manggarai's 171 desa
 * (loaded from the Kepmendagri list): no Kecamatan column, desa written several ways, NIKs with Excel's
 * apostrophe and no-break spaces, a signature block under the data.
 */
class VillageListImportTest {
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
        TestRegions.loadManggarai(s, dir); // idempotent: a database that seeds the desa itself is no different
        return s;
    }

    private static ImportOptions provinsi2026() {
        return ImportOptions.defaults().withFunder("APBD-PROV-NTT").withPeriod(YearMonth.of(2026, 1), 12);
    }

    private static List<EnrollmentSummary> register(PayungServices s) {
        return s.register().page(RegisterFilter.all(), new RegisterSort(RegisterSort.Column.NAME, true), null, 100).rows();
    }

    private Path csv(String name, String... lines) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    @Test
    void aVillageListWithoutKecamatanImportsWholeUnderTheRightDesaAndKecamatan() {
        Path list = TestRegions.resource("village/daftar-desa-tanpa-kecamatan.csv", dir);
        try (PayungServices s = fresh()) {
            ImportService.Report r = s.imports().importFile(list, provinsi2026(), ImportService.Progress.NONE);

            assertThat(r.problems()).noneMatch(p -> p.problem().error());
            assertThat(r.written()).isTrue();
            assertThat(r.read()).isEqualTo(6);
            assertThat(r.imported()).isEqualTo(6);
            // The signature block: each of its lines listed as ignored, none an error.
            assertThat(r.problems()).extracting(RowProblem::row, p -> p.problem().code()).containsExactly(
                    tuple(12, "IMPORT_NOT_A_PERSON"), tuple(13, "IMPORT_NOT_A_PERSON"), tuple(14, "IMPORT_NOT_A_PERSON"),
                    tuple(16, "IMPORT_NOT_A_PERSON"), tuple(17, "IMPORT_NOT_A_PERSON"));
            assertThat(r.problems()).extracting(RowProblem::value)
                    .contains("Mengetahui, · Yang membuat daftar,", "(KANISIUS JEHARUT) · (MARIA GORETI)");

            assertThat(register(s)).extracting(EnrollmentSummary::nik, EnrollmentSummary::fullName,
                    EnrollmentSummary::desaName, EnrollmentSummary::kecamatanName).containsExactly(
                    tuple("5310010101900003", "Agustinus Ndaung", "Wae Rii", "Wae Rii"),
                    tuple("5310014507880005", "Fransiska Imelda", "Golo Dukal", "Langke Rembong"),
                    tuple("5310010808800006", "Kristoforus Jemadu", "Satar Ngkeling", "Wae Rii"),
                    tuple("5310015204850001", "Maria Jelita", "Satar Ngkeling", "Wae Rii"),
                    tuple("5310016003920004", "Theresia Nggarang", "Golo Cador", "Wae Rii"),
                    tuple("5310011205850002", "Yohanes Jehadu", "Wae Rii", "Wae Rii"));
            assertThat(register(s)).extracting(e -> s.enrollments().form(e.id()).phone()).containsExactly(
                    null, "081345678902", null, "081234567890", "081345678901", "081234567891");
        }
    }

    /**
     * A list whose first column is "No": the signature block lands under the NIK column ("Kepala Desa",
     * "(Yosef Anggal)"), comma-separated with Windows line ends, written the way a village secretary does.
     */
    @Test
    void aSignatureUnderTheNikColumnIsNotAPerson() {
        Path list = TestRegions.resource("village/daftar-ttd-di-kolom-nik.csv", dir);
        try (PayungServices s = fresh()) {
            ImportService.Report r = s.imports().importFile(list, provinsi2026(), ImportService.Progress.NONE);

            assertThat(r.problems()).noneMatch(p -> p.problem().error());
            assertThat(r.imported()).isEqualTo(2);
            assertThat(r.problems()).extracting(RowProblem::row, p -> p.problem().code()).containsExactly(
                    tuple(7, "IMPORT_NOT_A_PERSON"), tuple(8, "IMPORT_NOT_A_PERSON"), tuple(9, "IMPORT_NOT_A_PERSON"));
            assertThat(register(s)).extracting(EnrollmentSummary::fullName, EnrollmentSummary::desaName,
                    EnrollmentSummary::kecamatanName).containsExactly(
                    tuple("Benediktus Ndala", "Pong Lao", "Ruteng"), tuple("Yuliana Sanur", "Pong Lao", "Ruteng"));
        }
    }

    /**
     * The signer's name written bare under "(ttd)", as many villages print it: not a participant. A name alone
     * above the signature block, or a name under it with a birth date, is still a person without a NIK.
     */
    @Test
    void aBareSignerNameUnderTheSignatureIsNotAPersonButANameAloneAboveItIs() throws Exception {
        String head = "No,NIK,Nama,L/P,Tgl Lahir,Desa";
        String maria = "1,5310015204850001,Maria Jelita,P,12-04-1985,Satar Ngkeling";
        String yohanes = "2,5310011205850002,Yohanes Jehadu,L,12-05-1985,Wae Rii";
        String[] block = {",,\"Ruteng, 12 Januari 2026\",,,", ",,Kepala Desa Satar Ngkeling,,,", ",,(ttd),,,",
            ",,Bernardus Jehadu,,,", ",,NIP. 19700101 199003 1 001,,,"};
        try (PayungServices s = fresh()) {
            List<String> lines = new java.util.ArrayList<>(List.of("DAFTAR PEKERJA RENTAN DESA SATAR NGKELING", "",
                    head, maria, yohanes, ""));
            lines.addAll(List.of(block));
            ImportService.Report r = s.imports().importFile(csv("ttd.csv", lines.toArray(String[]::new)), provinsi2026(),
                    ImportService.Progress.NONE);
            assertThat(r.problems()).noneMatch(p -> p.problem().error());
            assertThat(r.imported()).isEqualTo(2);
            assertThat(r.problems()).extracting(RowProblem::value).contains("Bernardus Jehadu");

            ImportService.Report above = s.imports().importFile(csv("tanpa-nik.csv", head, maria, "2,,Yohanes Jehadu,,,",
                    block[0], block[1], block[2], block[3]), provinsi2026(), ImportService.Progress.NONE);
            assertThat(above.written()).isFalse();
            assertThat(above.problems()).filteredOn(p -> p.problem().error()).extracting(RowProblem::row).containsOnly(3);

            ImportService.Report withDate = s.imports().importFile(csv("ttd-tgl.csv", head, maria, block[1], block[2],
                    ",,Bernardus Jehadu,L,01-01-1970,"), provinsi2026(), ImportService.Progress.NONE);
            assertThat(withDate.written()).isFalse();
            assertThat(withDate.problems()).filteredOn(p -> p.problem().error()).extracting(RowProblem::row)
                    .containsOnly(5);
        }
    }

    /**
     * The place and date of a signature block typed under the NIK column, the name column empty ("Wae Rii, 3 Desember
     * 2026": a cell with digits, so no word-only line), refused the whole list as a wrong NIK (review of session 19).
     * A row with a name and such a NIK stays an error: a person whose NIK is wrong.
     */
    @Test
    void aPlaceAndDateUnderTheNikColumnIsNotAPerson() throws Exception {
        String head = "No;Nama;NIK;L/P;Tgl Lahir;Desa";
        String maria = "1;Maria Jelita;5310015204850001;P;12-04-1985;Satar Ngkeling";
        try (PayungServices s = fresh()) {
            ImportService.Report r = s.imports().importFile(csv("ttd-nik.csv", "DAFTAR PEKERJA RENTAN", "", head, maria,
                    ";JUMLAH;1 orang;;;", "", ";;Wae Rii, 3 Desember 2026;;;", ";;Kepala Desa Satar Ngkeling;;;",
                    ";;(Yohanes Dangku);;;"), provinsi2026(), ImportService.Progress.NONE);
            assertThat(r.problems()).noneMatch(p -> p.problem().error());
            assertThat(r.imported()).isEqualTo(1);

            ImportService.Report named = s.imports().importFile(csv("nik-kata.csv", head,
                    "1;Yohanes Jehadu;Wae Rii, 3 Desember 2026;L;12-05-1985;Wae Rii"), provinsi2026(),
                    ImportService.Progress.NONE);
            assertThat(named.written()).isFalse();
            assertThat(named.problems()).filteredOn(p -> p.problem().error()).isNotEmpty();
        }
    }

    @Test
    void desaNamesMatchWithoutCasePunctuationPrefixesAndDoubledLetters() {
        RegionNames names = new RegionNames(List.of(
                new Region("53.10.01", "Wae Rii", RegionLevel.KECAMATAN, "53.10"),
                new Region("53.10.01.2015", "Wae Rii", RegionLevel.DESA, "53.10.01"),
                new Region("53.10.01.2001", "Satar Ngkeling", RegionLevel.DESA, "53.10.01"),
                new Region("53.10.12", "Langke Rembong", RegionLevel.KECAMATAN, "53.10"),
                new Region("53.10.12.1001", "Golo Dukal", RegionLevel.KELURAHAN, "53.10.12")));
        for (String written : List.of("Wae Rii", "WAE RII", "Wae Ri'i", "Wae Ri\u2019i", "Desa Wae Rii", "Ds. Wae Rii",
                "Ds.Wae Rii", "desa: wae-rii", "Wae Ri", " wae  rii ")) {
            assertThat(names.desa(written, null).region()).as(written).extracting(Region::code).isEqualTo("53.10.01.2015");
        }
        assertThat(names.desa("Kel. Golo Dukal", null).region().code()).isEqualTo("53.10.12.1001");
        assertThat(names.desa("Kelurahan Golo Dukal", null).region().code()).isEqualTo("53.10.12.1001");
        assertThat(names.kecamatan("Kec. Wae Ri'i")).map(Region::code).contains("53.10.01");
        assertThat(names.kecamatan("KECAMATAN LANGKE REMBONG")).map(Region::code).contains("53.10.12");

        RegionNames.Match unknown = names.desa("Satar Nkeling", null);
        assertThat(unknown.outcome()).isEqualTo(RegionNames.Outcome.UNKNOWN);
        assertThat(unknown.candidates().get(0).name()).isEqualTo("Satar Ngkeling");
        assertThat(names.desa("Golo Dukal", names.kecamatan("Wae Rii").orElseThrow()).outcome())
                .isEqualTo(RegionNames.Outcome.OTHER_KECAMATAN);
    }

    @Test
    void anUnknownDesaIsAnErrorNamingTheNearestKnownOnes() throws Exception {
        Path f = csv("salah-desa.csv", "NIK;Nama;Desa", "5310015204850001;Maria Jelita;Satar Nkeling");
        try (PayungServices s = fresh()) {
            ImportService.Report r = s.imports().importFile(f, provinsi2026(), ImportService.Progress.NONE);
            assertThat(r.written()).isFalse();
            assertThat(r.problems()).singleElement().satisfies(p -> {
                assertThat(p.column()).isEqualTo("Desa");
                assertThat(p.problem().code()).isEqualTo("IMPORT_UNKNOWN_DESA_NEAREST");
                assertThat(p.problem().args().get(0)).startsWith("Satar Ngkeling (Wae Rii)");
            });
        }
    }

    @Test
    void aDesaNameTwoKecamatanShareIsNeverGuessed() throws Exception {
        Path f = csv("dua-desa.csv", "NIK;Nama;Desa", "5310015204850001;Maria Jelita;Ds. Satar Ngkeling",
                "5310011205850002;Yohanes Jehadu;Lalong");
        try (PayungServices s = fresh()) {
            try (Database db = engine.open()) {
                db.write(tx -> new RegionRepository().insertIfAbsent(tx,
                        new Region("53.10.03.2999", "Satar-Ngkeling", RegionLevel.DESA, "53.10.03")));
            }
        }
        try (PayungServices s = engine.services()) {
            ImportService.Report r = s.imports().importFile(f, provinsi2026(), ImportService.Progress.NONE);
            assertThat(r.written()).isFalse();
            assertThat(r.problems()).singleElement().satisfies(p -> {
                assertThat(p.row()).isEqualTo(2);
                assertThat(p.column()).isEqualTo(ImportService.KECAMATAN_FIX);
                assertThat(p.problem().code()).isEqualTo("IMPORT_AMBIGUOUS_DESA_IN");
                assertThat(p.problem().args().get(0)).contains("Satar Ngkeling (Wae Rii)", "Satar-Ngkeling (Ruteng)");
            });

            // The kecamatan typed as the correction of that row decides it …
            ImportService.Report fixed = s.imports().importFile(f, provinsi2026().withFixes(Map.of(
                    new ImportOptions.CellFix(2, ImportService.KECAMATAN_FIX), "Kec. Ruteng")), ImportService.Progress.NONE);
            assertThat(fixed.problems()).isEmpty();
            assertThat(register(s)).extracting(EnrollmentSummary::fullName, EnrollmentSummary::kecamatanName)
                    .containsExactly(tuple("Maria Jelita", "Ruteng"), tuple("Yohanes Jehadu", "Wae Rii"));
        }
    }

    @Test
    void oneKecamatanOrDesaForTheWholeFile() throws Exception {
        Path f = csv("tanpa-wilayah.csv", "NIK;Nama", "5310015204850001;Maria Jelita", "5310011205850002;Yohanes Jehadu");
        try (PayungServices s = fresh()) {
            assertThatThrownBy(() -> s.imports().importFile(f, provinsi2026(), ImportService.Progress.NONE))
                    .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.code()).isEqualTo("NO_REGION"));

            assertThatThrownBy(() -> s.imports().importFile(f, provinsi2026().withRegion("Wae Rio", null),
                    ImportService.Progress.NONE)).isInstanceOfSatisfying(ImportFileException.class, e -> {
                        assertThat(e.code()).isEqualTo("UNKNOWN_KECAMATAN_OPTION");
                        assertThat(e.args().get(1)).startsWith("Wae Rii");
                    });
            assertThatThrownBy(() -> s.imports().importFile(f, provinsi2026().withRegion("Ruteng", "Golo Dukal"),
                    ImportService.Progress.NONE)).isInstanceOfSatisfying(ImportFileException.class,
                    e -> assertThat(e.code()).isEqualTo("DESA_OTHER_KECAMATAN_OPTION"));

            ImportService.Report kec = s.imports().importFile(f, provinsi2026().withRegion("Wae Ri'i", null),
                    ImportService.Progress.NONE);
            assertThat(kec.imported()).isEqualTo(2);
            assertThat(register(s)).extracting(EnrollmentSummary::desaName, EnrollmentSummary::kecamatanName)
                    .containsOnly(tuple(null, "Wae Rii"));

            Path others = csv("tanpa-wilayah-2.csv", "NIK;Nama", "5310010101900003;Agustinus Ndaung");
            ImportService.Report desa = s.imports().importFile(others, provinsi2026().withRegion(null, "Ds. Golo Cador"),
                    ImportService.Progress.NONE);
            assertThat(desa.imported()).isEqualTo(1);
            assertThat(register(s)).extracting(EnrollmentSummary::fullName, EnrollmentSummary::desaName,
                    EnrollmentSummary::kecamatanName).contains(tuple("Agustinus Ndaung", "Golo Cador", "Wae Rii"));
        }
    }

    @Test
    void twoPeopleOnOneNikAreRefusedNamingBothRows() throws Exception {
        Path f = csv("satu-nik.csv", "NIK;Nama;Desa", "5310015204850001;Maria Jelita;Wae Rii",
                "5310011205850002;Yohanes Jehadu;Wae Rii", "5310015204850001;Theresia Nggarang;Wae Rii");
        try (PayungServices s = fresh()) {
            ImportService.Report r = s.imports().importFile(f, provinsi2026(), ImportService.Progress.NONE);
            assertThat(r.written()).isFalse();
            assertThat(r.rejected()).isEqualTo(2);
            assertThat(r.duplicates()).isZero();
            assertThat(r.problems()).extracting(RowProblem::row, RowProblem::value, p -> p.problem().code(),
                    p -> p.problem().args()).containsExactly(
                    tuple(2, "531001********01", "IMPORT_NIK_TWO_PEOPLE", List.of("4", "Theresia Nggarang", "Maria Jelita")),
                    tuple(4, "531001********01", "IMPORT_NIK_TWO_PEOPLE", List.of("2", "Maria Jelita", "Theresia Nggarang")));
            assertThat(register(s)).isEmpty();

            // Skipping invalid rows imports neither of the two: which one is mistyped is the clerk's to say.
            ImportService.Report partial = s.imports().importFile(f, provinsi2026().skippingInvalid(),
                    ImportService.Progress.NONE);
            assertThat(partial.imported()).isEqualTo(1);
            assertThat(register(s)).extracting(EnrollmentSummary::fullName).containsExactly("Yohanes Jehadu");
        }
    }

    @Test
    void theSameNameWrittenAnotherWayIsTheSamePerson() throws Exception {
        Path f = csv("gelar.csv", "NIK;Nama;Desa;Mulai;Sampai",
                "5310015204850001;Maria Jelita, S.Pd.;Wae Rii;01/2026;12/2026",
                "5310015204850001;IBU MARIA  JELITA;Wae Rii;01/2027;12/2027");
        try (PayungServices s = fresh()) {
            ImportService.Report r = s.imports().importFile(f, provinsi2026(), ImportService.Progress.NONE);
            assertThat(r.problems()).isEmpty();
            assertThat(r.imported()).isEqualTo(2);
        }
    }

    @Test
    void oneWorkerOnTwoNonOverlappingPeriodsImportsBothAndOverlappingOnesAreAnError() throws Exception {
        Path f = csv("dua-periode.csv", "NIK;Nama;Desa;Sumber dana;Mulai;Sampai",
                "5310015204850001;Maria Jelita;Wae Rii;APBD-PROV-NTT;01/2026;12/2026",
                "5310015204850001;Maria Jelita;Wae Rii;Mandiri;01/2027;",
                "5310011205850002;Yohanes Jehadu;Lalong;APBD-PROV-NTT;01/2026;12/2026");
        try (PayungServices s = fresh()) {
            ImportService.Report r = s.imports().importFile(f, ImportOptions.defaults(), ImportService.Progress.NONE);
            assertThat(r.problems()).isEmpty();
            assertThat(r.imported()).isEqualTo(3);
            List<EnrollmentSummary> maria = register(s).stream().filter(e -> e.fullName().equals("Maria Jelita")).toList();
            assertThat(maria).extracting(EnrollmentSummary::funderCode, EnrollmentSummary::firstMonth,
                    EnrollmentSummary::lastMonth).containsExactlyInAnyOrder(
                    tuple("APBD-PROV-NTT", YearMonth.of(2026, 1), YearMonth.of(2026, 12)),
                    tuple("MANDIRI", YearMonth.of(2027, 1), YearMonth.of(2027, 12)));
            assertThat(maria).extracting(EnrollmentSummary::personId).containsOnly(maria.get(0).personId());
        }

        Path overlap = csv("beririsan.csv", "NIK;Nama;Desa;Sumber dana;Mulai;Sampai",
                "5310011205850002;Yohanes Jehadu;Lalong;APBD-PROV-NTT;01/2026;12/2026",
                "5310011205850002;Yohanes Jehadu;Lalong;Mandiri;06/2026;");
        try (PayungServices s = engine.services()) {
            ImportService.Report r = s.imports().importFile(overlap, ImportOptions.defaults(), ImportService.Progress.NONE);
            assertThat(r.written()).isFalse();
            assertThat(r.problems()).extracting(RowProblem::row, p -> p.problem().code(), p -> p.problem().args().get(0))
                    .containsExactly(tuple(2, "IMPORT_OVERLAP_IN_FILE", "3"), tuple(3, "IMPORT_OVERLAP_IN_FILE", "2"));
        }
    }

    @Test
    void aNikTheRegisterHoldsUnderAnotherNameIsAnError() throws Exception {
        Path first = csv("pertama.csv", "NIK;Nama;Desa", "5310015204850001;Maria Jelita;Wae Rii");
        Path second = csv("kedua.csv", "NIK;Nama;Desa;Mulai", "5310015204850001;Theresia Nggarang;Wae Rii;01/2027",
                "5310015204850001;MARIA JELITA;Wae Rii;01/2027");
        try (PayungServices s = fresh()) {
            assertThat(s.imports().importFile(first, provinsi2026(), ImportService.Progress.NONE).imported()).isEqualTo(1);
            ImportService.Report r = s.imports().importFile(second, provinsi2026(), ImportService.Progress.NONE);
            assertThat(r.written()).isFalse();
            // Row 2 names the registered person; row 3, the same NIK for another name than row 2, names row 2.
            assertThat(r.problems()).extracting(RowProblem::row, p -> p.problem().code()).containsExactly(
                    tuple(2, "IMPORT_NIK_TWO_PEOPLE"), tuple(3, "IMPORT_NIK_TWO_PEOPLE"));

            Path only = csv("ketiga.csv", "NIK;Nama;Desa;Mulai", "5310015204850001;Theresia Nggarang;Wae Rii;01/2027");
            ImportService.Report registered = s.imports().importFile(only, provinsi2026(), ImportService.Progress.NONE);
            assertThat(registered.written()).isFalse();
            assertThat(registered.problems()).singleElement().satisfies(p -> {
                assertThat(p.value()).isEqualTo("531001********01");
                assertThat(p.problem().code()).isEqualTo("IMPORT_NIK_REGISTERED_AS");
                assertThat(p.problem().args()).containsExactly("Maria Jelita", "12/04/1985");
            });
        }
    }

    @Test
    void participantsABpjsListCallsInactiveAreReportedAndSkippedUnlessAskedFor() throws Exception {
        Path f = csv("bpjs.csv", "NIK;Nama;Desa;Status Kepesertaan", "5310015204850001;Maria Jelita;Wae Rii;AKTIF",
                "5310011205850002;Yohanes Jehadu;Lalong;NON AKTIF", "5310010101900003;Agustinus Ndaung;Poco;Tidak Aktif",
                "5310016003920004;Theresia Nggarang;Poco;Berhenti", "5310010808800006;Kristoforus Jemadu;Poco;KELUAR");
        try (PayungServices s = fresh()) {
            ImportService.Report r = s.imports().importFile(f, provinsi2026(), ImportService.Progress.NONE);
            assertThat(r.written()).isTrue();
            assertThat(r.imported()).isEqualTo(1);
            assertThat(r.inactive()).isEqualTo(4);
            assertThat(r.problems()).extracting(RowProblem::row, p -> p.problem().code(), p -> p.problem().error())
                    .containsExactly(tuple(3, "IMPORT_INACTIVE_STATUS", false), tuple(4, "IMPORT_INACTIVE_STATUS", false),
                            tuple(5, "IMPORT_INACTIVE_STATUS", false), tuple(6, "IMPORT_INACTIVE_STATUS", false));
            assertThat(register(s)).extracting(EnrollmentSummary::fullName).containsExactly("Maria Jelita");

            ImportService.Report all = s.imports().importFile(f, provinsi2026().includingInactive(),
                    ImportService.Progress.NONE);
            assertThat(all.imported()).isEqualTo(4);
            assertThat(all.duplicates()).isEqualTo(1);
            assertThat(register(s)).hasSize(5);
        }
    }

    @Test
    void twoPeopleOnOneNikFarApartInALargeFileAreStillBothNamed() throws Exception {
        StringBuilder rows = new StringBuilder("NIK;Nama;Desa\n");
        for (int i = 1; i <= 600; i++) {
            rows.append(String.format("531001%02d%02d85%04d;%s;Wae Rii%n", 1 + i % 28, 1 + i % 12, i,
                    id.payung.service.TestData.name("Orang Nomor", i)));
        }
        rows.append("5310010202850001;Orang Lain;Wae Rii\n"); // row 602: row 2's NIK, another name
        Path f = dir.resolve("besar.csv");
        Files.writeString(f, rows);
        try (PayungServices s = fresh()) {
            ImportService.Report dry = s.imports().importFile(f, provinsi2026().dry(), ImportService.Progress.NONE);
            assertThat(dry.rejected()).as("row 2 was settled in the first chunk: counted again as refused").isEqualTo(2);
            assertThat(dry.imported()).isEqualTo(599);

            ImportService.Report r = s.imports().importFile(f, provinsi2026(), ImportService.Progress.NONE);
            assertThat(r.written()).isFalse();
            assertThat(r.rejected()).isEqualTo(2);
            assertThat(r.problems()).extracting(RowProblem::row, p -> p.problem().code()).containsExactly(
                    tuple(2, "IMPORT_NIK_TWO_PEOPLE"), tuple(602, "IMPORT_NIK_TWO_PEOPLE"));
            assertThat(register(s)).isEmpty();

            // Skipping invalid rows: row 2 was written with the first chunk before row 602 showed up; it is
            // taken back out, so neither person is in the register and the 599 others are.
            ImportService.Report skipped = s.imports().importFile(f, provinsi2026().skippingInvalid(),
                    ImportService.Progress.NONE);
            assertThat(skipped.written()).isTrue();
            assertThat(skipped.imported()).isEqualTo(599);
            assertThat(skipped.rejected()).isEqualTo(2);
            assertThat(skipped.problems()).extracting(RowProblem::row, p -> p.problem().code()).containsExactly(
                    tuple(2, "IMPORT_NIK_TWO_PEOPLE"), tuple(602, "IMPORT_NIK_TWO_PEOPLE"));
            assertThat(s.register().counts(RegisterFilter.all()).total()).isEqualTo(599);
            assertThat(s.enrollments().personByNik("5310010202850001")).isEmpty();
            assertThat(s.enrollments().personByNik("5310010303850002")).isPresent(); // row 3, its neighbour
            // the year's counts were made from what stayed
            assertThat(s.dashboard().byKecamatan(2026).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(599);
        }
    }

    @Test
    void overlappingRowsFarApartAreBothLeftOutWhenSkippingInvalidRowsAndARegisteredPersonKeepsTheirRecord()
            throws Exception {
        Path first = csv("pertama.csv", "NIK;Nama;Desa", "5310015204850001;Maria Jelita;Wae Rii");
        StringBuilder rows = new StringBuilder("NIK;Nama;Desa;Sumber dana;Mulai;Sampai\n");
        rows.append("5310015204850001;Maria Jelita;Wae Rii;APBD-PROV-NTT;01/2027;12/2027\n"); // row 2: registered
        rows.append("5310011205850002;Yohanes Jehadu;Lalong;APBD-PROV-NTT;01/2026;12/2026\n"); // row 3: new
        for (int i = 1; i <= 600; i++) {
            rows.append(String.format("531001%02d%02d86%04d;%s;Wae Rii;APBD-PROV-NTT;01/2026;12/2026%n",
                    1 + i % 28, 1 + i % 12, i, id.payung.service.TestData.name("Orang Nomor", i)));
        }
        rows.append("5310015204850001;Maria Jelita;Wae Rii;Mandiri;06/2027;\n"); // row 604: overlaps row 2
        rows.append("5310011205850002;Yohanes Jehadu;Lalong;Mandiri;06/2026;\n"); // row 605: overlaps row 3
        Path f = dir.resolve("besar-beririsan.csv");
        Files.writeString(f, rows);
        try (PayungServices s = fresh()) {
            assertThat(s.imports().importFile(first, provinsi2026(), ImportService.Progress.NONE).imported()).isEqualTo(1);
            ImportService.Report r = s.imports().importFile(f, ImportOptions.defaults().skippingInvalid(),
                    ImportService.Progress.NONE);
            assertThat(r.written()).isTrue();
            assertThat(r.imported()).isEqualTo(600);
            assertThat(r.rejected()).isEqualTo(4);
            assertThat(r.problems()).extracting(RowProblem::row, p -> p.problem().code()).containsExactly(
                    tuple(2, "IMPORT_OVERLAP_IN_FILE"), tuple(3, "IMPORT_OVERLAP_IN_FILE"),
                    tuple(604, "IMPORT_OVERLAP_IN_FILE"), tuple(605, "IMPORT_OVERLAP_IN_FILE"));
            assertThat(s.register().counts(RegisterFilter.all()).total()).isEqualTo(601);
            assertThat(s.enrollments().personByNik("5310011205850002")).as("added by row 3, taken out again").isEmpty();
            assertThat(register(s).stream().filter(e -> e.fullName().equals("Maria Jelita")))
                    .extracting(EnrollmentSummary::firstMonth).containsExactly(YearMonth.of(2026, 1));
            assertThat(s.dashboard().byKecamatan(2027).values().stream().mapToLong(Long::longValue).sum())
                    .as("Maria's 2026 coverage only: nobody in 2027").isZero();
        }
    }
}
