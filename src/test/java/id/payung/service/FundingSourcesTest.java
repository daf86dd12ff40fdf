package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.FormProblem;
import id.payung.domain.FunderType;
import id.payung.domain.FundingShare;
import id.payung.domain.FundingSource;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.store.AuditLog;
import id.payung.store.Database;
import id.payung.store.Dialect;
import id.payung.store.FundingSourceRepository;
import id.payung.store.TestEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A funding source added in Payung — a company paying for a regency's workers — is named by lists and counted
 * apart on the dashboard; what cannot name a payer clearly is refused with the reason, and nothing is written.
 */
class FundingSourcesTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    @TempDir
    Path dir;

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    private static FundingSource draft(String code, String name, FunderType type, String region) {
        return new FundingSource(0, code, name, type, region, true, null);
    }

    private static List<String> codes(InvalidInputException e) {
        return e.problems().stream().map(FormProblem::code).toList();
    }

    @Test
    void anAddedCompanyIsNamedByAListAndCountedApartOnTheDashboard() throws Exception {
        try (PayungServices s = engine.services()) {
            FundingSource bank = s.funding().add(draft("CSR-BANK-NTT", "CSR Bank NTT", FunderType.CSR, "53.10"));
            assertThat(bank.id()).isPositive();
            assertThat(s.reference().fundingSources()).extracting(FundingSource::code, FundingSource::type)
                    .contains(org.assertj.core.groups.Tuple.tuple("CSR-BANK-NTT", FunderType.CSR));

            Path csv = Files.writeString(dir.resolve("bank.csv"), """
                    NIK;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;Kecamatan;Pekerjaan;Sumber Dana;Mulai;Jumlah Bulan
                    5310015204850001;Maria Jelita;P;12/04/1985;Wae Rii;Pedagang;CSR Bank NTT;01/2026;12
                    5310011205850002;Yohanes Jehadu;L;12/05/1985;Wae Rii;Pedagang;CSR-BANK-NTT;01/2026;12
                    5310011306850003;Agustinus Ndala;L;13/06/1985;Wae Rii;Pedagang;APBD Kabupaten Manggarai;01/2026;12
                    """, StandardCharsets.UTF_8);
            ImportService.Report r = s.imports().importFile(csv, ImportOptions.defaults(), ImportService.Progress.NONE);
            assertThat(r.problems()).isEmpty();
            assertThat(r.imported()).isEqualTo(3);

            assertThat(s.dashboard().fundingShares(2026)).extracting(FundingShare::funderCode, FundingShare::participants)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("CSR-BANK-NTT", 2L),
                            org.assertj.core.groups.Tuple.tuple("APBD-KAB-MGR", 1L));
        }
        try (Database db = engine.open()) {
            List<AuditLog.Entry> added = db.read(tx -> new AuditLog().recent(tx, 50)).stream()
                    .filter(e -> e.entity().equals("funding_source")).toList();
            assertThat(added).extracting(AuditLog.Entry::action).containsExactly("INSERT");
        }
    }

    @Test
    void whatCannotNameAPayerClearlyIsRefusedWithItsReasonAndNothingIsWritten() {
        try (PayungServices s = engine.services()) {
            int before = s.reference().fundingSources().size();
            assertThatThrownBy(() -> s.funding().add(draft("csr bank", " ", FunderType.CSR, null)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(codes(e)).containsExactly("REQUIRED", "FUNDER_CODE_FORMAT"));
            assertThatThrownBy(() -> s.funding().add(draft("MANDIRI-2", "Mandiri kedua", FunderType.MANDIRI, null)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(codes(e)).containsExactly("FUNDER_TYPE_MANDIRI"));
            // A name or code a list could not tell from one that exists (case and spaces aside).
            assertThatThrownBy(() -> s.funding().add(draft("CSR", "apbd  kabupaten MANGGARAI", FunderType.CSR, null)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(codes(e)).containsExactly("FUNDER_NAME_TAKEN", "FUNDER_CODE_TAKEN"));
            // A budget names the region of its level.
            assertThatThrownBy(() -> s.funding().add(draft("APBD-KAB-X", "APBD Kabupaten X", FunderType.APBD_KABUPATEN, null)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(codes(e)).containsExactly("REQUIRED"));
            assertThatThrownBy(() -> s.funding().add(draft("APBD-KAB-X", "APBD Kabupaten X", FunderType.APBD_KABUPATEN, "53")))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(codes(e)).containsExactly("FUNDER_REGION_LEVEL"));
            assertThatThrownBy(() -> s.funding().add(draft("APBDES-X", "APBDes X", FunderType.APBDES, "53.99.99")))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(codes(e)).containsExactly("FUNDER_REGION_UNKNOWN"));
            assertThatThrownBy(() -> s.funding().add(draft("APBN-2", "APBN tahap 2", FunderType.APBN, "53.10")))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(codes(e)).containsExactly("FUNDER_REGION_LEVEL"));
            // Nor what a list would read as another funder's code (review 11: "APBD Prov NTT" took APBD-PROV-NTT's rows).
            assertThatThrownBy(() -> s.funding().add(draft("CSR-X", "APBD Prov. NTT", FunderType.CSR, null)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(codes(e)).containsExactly("FUNDER_NAME_TAKEN"));
            assertThatThrownBy(() -> s.funding().add(draft("CSR-BANK", "CSR", FunderType.CSR, null)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(codes(e)).containsExactly("FUNDER_NAME_TAKEN"));
            assertThat(s.reference().fundingSources()).hasSize(before);

            // The right level is taken: a neighbouring regency's budget, a kecamatan's village budget.
            s.funding().add(draft("APBD-KAB-MABAR", "APBD Kabupaten Manggarai Barat", FunderType.APBD_KABUPATEN, "53.15"));
            s.funding().add(draft("APBDES-WAE-RII", "APBDes se-Kecamatan Wae Rii", FunderType.APBDES, "53.10.01"));
            assertThat(s.reference().fundingSources()).hasSize(before + 2);
        }
    }

    @Test
    void anEditCannotTakeAnotherSourcesName() {
        try (PayungServices s = engine.services()) {
            FundingSource csr = s.reference().fundingSources().stream().filter(f -> f.code().equals("CSR")).findFirst()
                    .orElseThrow();
            assertThatThrownBy(() -> s.funding().update(new FundingSource(csr.id(), "CSR", "Mandiri (bayar sendiri)",
                    FunderType.CSR, null, true, null))).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(codes(e)).containsExactly("FUNDER_NAME_TAKEN"));
            s.funding().update(new FundingSource(csr.id(), "CSR", "CSR / donor lain", FunderType.CSR, null, false, null));
            assertThat(s.reference().fundingSources()).filteredOn(f -> f.code().equals("CSR"))
                    .extracting(FundingSource::name, FundingSource::active)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("CSR / donor lain", false));
        }
    }

    /**
     * Two clerks adding the same code at the same moment: the second passed the check before the first committed
     * (on a server; on SQLite writes take turns and the check sees it), and hears the form's own "already used
     * by", never the database's unique-key error; the source is there once.
     */
    @Test
    void aCodeAnotherClerkAddsAtTheSameMomentIsRefusedInTheFormsWords() throws Exception {
        try (PayungServices second = engine.services(); Database first = engine.open()) {
            CountDownLatch written = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> firstAdd = CompletableFuture.runAsync(() -> first.write(tx -> {
                new FundingSourceRepository().insert(tx, draft("CSR-BANK-NTT", "CSR Bank NTT", FunderType.CSR, "53.10"));
                written.countDown();
                try {
                    assertThat(release.await(60, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            assertThat(written.await(60, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Void> watcher = CompletableFuture.runAsync(() -> {
                try {
                    if (dialect() == Dialect.POSTGRES) {
                        engine.server().awaitALockWait("the second clerk's add");
                    } else {
                        Thread.sleep(300); // SQLite: the second add waits to begin; nothing to watch for
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    release.countDown();
                }
            });
            assertThatThrownBy(() -> second.funding().add(draft("CSR-BANK-NTT", "Bank NTT Peduli", FunderType.CSR, "53.10")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(codes(e)).containsExactly("FUNDER_CODE_TAKEN");
                        assertThat(e.problems().get(0).args()).containsExactly("CSR Bank NTT");
                    });
            watcher.get(60, TimeUnit.SECONDS);
            firstAdd.get(60, TimeUnit.SECONDS);
            assertThat(second.reference().fundingSources()).filteredOn(f -> f.code().equals("CSR-BANK-NTT"))
                    .extracting(FundingSource::name).containsExactly("CSR Bank NTT");
        }
    }

    /** The store names a duplicate code as that rule on both engines (SQLite's driver gives no SQLSTATE). */
    @Test
    void theStoreNamesADuplicateCodeAsTheRuleItBreaks() {
        engine.services().close();
        try (Database db = engine.open()) {
            assertThatThrownBy(() -> db.write(tx -> new FundingSourceRepository().insert(tx,
                    draft("CSR", "CSR kedua", FunderType.CSR, null))))
                    .isInstanceOfSatisfying(id.payung.store.RuleViolation.class,
                            e -> assertThat(e.rule()).isEqualTo(id.payung.store.RuleViolation.Rule.FUNDER_CODE_TAKEN));
        }
    }
}
