package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.payung.domain.Formats;
import id.payung.domain.AuditTopic;
import id.payung.domain.FormProblem;
import id.payung.domain.FunderType;
import id.payung.domain.FundingSource;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.store.AuditLog;
import id.payung.store.Database;
import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An auditor asks the log "who changed what": by days of the office, by clerk, by kind, by person — and gets
 * exactly those entries, newest first, a page at a time, each with the person it is about (NIK masked).
 */
class AuditSearchTest {
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    @TempDir
    Path dir;

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    /** Two people entered by the form (one corrected, one's NIK shown in full), two by a list, a company added. */
    private long[] work(PayungServices s) throws Exception {
        EnrollmentService.Saved maria = s.enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita",
                "APBD-KAB-MGR", YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        var form = TestData.form("5310015204850001", "Maria Jelita Nabu", "APBD-KAB-MGR", YearMonth.of(2026, 1),
                YearMonth.of(2026, 12));
        s.enrollments().update(maria.enrollmentId(), form);
        EnrollmentService.Saved yos = s.enrollments().enrol(TestData.form("5310011205850002", "Yosef Ndala",
                "APBD-KAB-MGR", YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        s.enrollments().revealNik(yos.enrollmentId());
        Path csv = Files.writeString(dir.resolve("desa lalong.csv"), """
                NIK;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;Kecamatan;Pekerjaan;Sumber Dana;Mulai;Jumlah Bulan
                5310014107900003;Theresia Nabu;P;01/07/1990;Wae Rii;Petani;APBD Kabupaten Manggarai;01/2026;12
                5310010208910004;Agus Jehamat;L;02/08/1991;Wae Rii;Petani;APBD Kabupaten Manggarai;01/2026;12
                """, StandardCharsets.UTF_8);
        ImportService.Report r = s.imports().importFile(csv, ImportOptions.defaults(), ImportService.Progress.NONE);
        assertThat(r.imported()).isEqualTo(2);
        s.funding().add(new FundingSource(0, "CSR-BANK-NTT", "CSR Bank NTT", FunderType.CSR, "53.10", true, null));
        return new long[] {maria.personId(), yos.personId()};
    }

    private AuditService audit(Database db) {
        return new AuditService(db, "auditor", WITA);
    }

    /** Every entry {@code f} finds, read page by page as the screen reads them (small pages: the paging is tested too). */
    static List<AuditRecord> all(AuditService a, AuditFilter f) {
        List<AuditRecord> out = new ArrayList<>();
        long before = 0;
        do {
            AuditService.Page p = a.search(f, before, 4);
            out.addAll(p.rows());
            before = p.next();
        } while (before != 0);
        return out;
    }

    @Test
    void everyEntryNewestFirstWithThePersonItIsAboutAndEachUnderOneKind() throws Exception {
        long[] people;
        try (PayungServices s = engine.services()) {
            people = work(s);
        }
        try (Database db = engine.open()) {
            AuditService a = audit(db);
            List<AuditRecord> every = all(a, AuditFilter.ALL);
            List<AuditLog.Entry> raw = db.read(tx -> new AuditLog().recent(tx, 10_000));
            assertThat(every).extracting(AuditRecord::id).containsExactlyElementsOf(raw.stream().map(AuditLog.Entry::id).toList());

            AuditRecord corrected = every.stream().filter(r -> r.change().action().equals("UPDATE")
                    && r.change().entity().equals("person")).findFirst().orElseThrow();
            assertThat(corrected.personId()).isEqualTo(people[0]);
            assertThat(corrected.personName()).isEqualTo("Maria Jelita Nabu");
            // Before the change she was Maria Jelita: her earlier entries say so, with today's name beside it.
            assertThat(every.stream().filter(r -> r.personId() == people[0] && r.id() < corrected.id()))
                    .extracting(r -> r.change().entity() + " " + r.change().action() + ": " + r.personName() + " / "
                            + r.personNameNow())
                    .containsExactlyInAnyOrder("person INSERT: Maria Jelita / Maria Jelita Nabu",
                            "enrollment INSERT: Maria Jelita / Maria Jelita Nabu");
            assertThat(corrected.renamedSince()).isFalse();
            assertThat(corrected.nikMasked()).isNotEqualTo("5310015204850001").startsWith("531001").endsWith("01").contains("*");
            AuditRecord enrolled = every.stream().filter(r -> r.change().entity().equals("enrollment")
                    && r.personId() == people[1]).findFirst().orElseThrow();
            assertThat(enrolled.enrollment()).isNotNull();
            assertThat(enrolled.enrollment().funderCode()).isEqualTo("APBD-KAB-MGR");

            // Each entry under exactly one kind: the kinds' searches together are the whole log, without overlap.
            List<Long> byTopic = Stream.of(AuditTopic.values())
                    .flatMap(t -> all(a, new AuditFilter(null, null, null, t, null)).stream())
                    .map(AuditRecord::id).toList();
            assertThat(byTopic).hasSize(every.size()).containsExactlyInAnyOrderElementsOf(every.stream().map(AuditRecord::id).toList());
            for (AuditTopic t : AuditTopic.values()) {
                assertThat(all(a, new AuditFilter(null, null, null, t, null)))
                        .allSatisfy(r -> assertThat(r.topic()).isEqualTo(t));
            }
            assertThat(all(a, new AuditFilter(null, null, null, AuditTopic.PRIVACY, null)))
                    .extracting(r -> r.change().action()).containsExactly("REVEAL_NIK");
            assertThat(all(a, new AuditFilter(null, null, null, AuditTopic.IMPORTS, null)))
                    .extracting(r -> r.change().action()).containsExactly("IMPORT");
            assertThat(all(a, new AuditFilter(null, null, null, AuditTopic.FUNDERS, null)))
                    .extracting(r -> r.change().entity()).containsExactly("funding_source");
            assertThat(all(a, new AuditFilter(null, null, null, AuditTopic.OTHER, null)))
                    .extracting(r -> r.change().action()).contains("SEED").doesNotContain("IMPORT", "REVEAL_NIK");
        }
    }

    @Test
    void aPersonByNameOrNikIsTheirChangesAndTheListThatBroughtThemIn() throws Exception {
        try (PayungServices s = engine.services()) {
            work(s);
        }
        try (Database db = engine.open()) {
            AuditService a = audit(db);
            // The correction of her name is the person's (her enrollment was left as it was: no entry for it).
            assertThat(all(a, new AuditFilter(null, null, null, null, "jelita MARIA")))
                    .extracting(r -> r.change().entity() + "." + r.change().action())
                    .containsExactly("person.UPDATE", "enrollment.INSERT", "person.INSERT");
            assertThat(all(a, new AuditFilter(null, null, null, null, "5310 0112 0585")))
                    .extracting(r -> r.change().entity() + "." + r.change().action())
                    .containsExactly("person.REVEAL_NIK", "enrollment.INSERT", "person.INSERT");
            // Theresia came in by a village list: the import is her entry (one for all its rows).
            List<AuditRecord> theresia = all(a, new AuditFilter(null, null, null, null, "Theresia"));
            assertThat(theresia).extracting(r -> r.change().action()).containsExactly("IMPORT");
            assertThat(theresia.get(0).change().after()).contains("desa lalong.csv");
            assertThat(all(a, new AuditFilter(null, null, null, null, "Nobody Here"))).isEmpty();
            // Narrowed further by kind: only what the person's kind holds.
            assertThat(all(a, new AuditFilter(null, null, null, AuditTopic.PRIVACY, "Yosef")))
                    .extracting(r -> r.change().action()).containsExactly("REVEAL_NIK");
        }
    }

    /**
     * "What was deleted, by whom, why": one kind holds every deletion, of an enrollment (with its reason), an event,
     * a claim, and the imports undone; the kinds named by the record no longer hold them, so each entry is still
     * under one kind, and a person's deletions are found by the person.
     */
    @Test
    void deletionsOfAnyKindAreOneKindWithTheirReasonsAndTheImportsUndone() throws Exception {
        long[] people;
        try (PayungServices s = engine.services()) {
            people = work(s);
            long maria = s.enrollments().enrol(TestData.form("5310016607800005", "Maria Goreti", "APBD-KAB-MGR",
                    YearMonth.of(2025, 1), YearMonth.of(2025, 12))).enrollmentId();
            s.enrollments().delete(maria, new id.payung.domain.Deletion(id.payung.domain.DeleteReason.OTHER,
                    "data ganda dengan 5310016607800005"));
            long event = s.events().add(new id.payung.domain.Event(0, id.payung.domain.EventKind.OTHER,
                    LocalDate.of(2026, 11, 2), "Sosialisasi di Ruteng", null, null, null, List.of(), null, null, null));
            s.events().delete(event);
            s.events().restore(event);
            Path list = Files.writeString(dir.resolve("poco.csv"), """
                    NIK;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;Kecamatan;Pekerjaan;Sumber Dana;Mulai;Jumlah Bulan
                    5310016002950006;Rosa Delima;P;20/02/1995;Wae Rii;Petani;APBD Kabupaten Manggarai;01/2026;12
                    """, StandardCharsets.UTF_8);
            assertThat(s.imports().importFile(list, ImportOptions.defaults(), ImportService.Progress.NONE).imported()).isEqualTo(1);
            s.imports().undo(s.imports().batches().get(0).id());
        }
        try (Database db = engine.open()) {
            AuditService a = audit(db);
            List<AuditRecord> deletions = all(a, new AuditFilter(null, null, null, AuditTopic.DELETIONS, null));
            assertThat(deletions).extracting(r -> r.change().entity() + "." + r.change().action())
                    .containsExactly("import_batch.UNDO_IMPORT", "event.DELETE", "enrollment.DELETE");
            assertThat(deletions).allSatisfy(r -> assertThat(r.topic()).isEqualTo(AuditTopic.DELETIONS));
            AuditRecord enrollment = deletions.get(2);
            assertThat(enrollment.personName()).isEqualTo("Maria Goreti");
            assertThat(enrollment.change().actor()).isEqualTo(Actor.current());
            assertThat(enrollment.change().after()).contains("OTHER", "data ganda dengan 531001").doesNotContain("5310016607800005");
            assertThat(deletions.get(0).change().after()).contains("poco.csv");
            // The kinds of record keep the rest: the event's restore, the import itself; not the deletions.
            assertThat(all(a, new AuditFilter(null, null, null, AuditTopic.EVENTS, null)))
                    .extracting(r -> r.change().action()).containsExactly("RESTORE", "INSERT");
            assertThat(all(a, new AuditFilter(null, null, null, AuditTopic.IMPORTS, null)))
                    .extracting(r -> r.change().action()).containsExactly("IMPORT", "IMPORT");
            assertThat(all(a, new AuditFilter(null, null, null, AuditTopic.PEOPLE, null)))
                    .extracting(r -> r.change().action()).doesNotContain("DELETE").contains("INSERT", "UPDATE");
            List<Long> byTopic = Stream.of(AuditTopic.values())
                    .flatMap(t -> all(a, new AuditFilter(null, null, null, t, null)).stream()).map(AuditRecord::id).toList();
            assertThat(byTopic).containsExactlyInAnyOrderElementsOf(all(a, AuditFilter.ALL).stream().map(AuditRecord::id).toList());
            // A person's deletions: hers, found by her name; nobody else's.
            assertThat(all(a, new AuditFilter(null, null, null, AuditTopic.DELETIONS, "goreti")))
                    .extracting(r -> r.change().action()).containsExactly("DELETE");
            assertThat(all(a, new AuditFilter(null, null, null, AuditTopic.DELETIONS, "Yosef"))).isEmpty();
            assertThat(people).hasSize(2);
        }
    }

    /**
     * Trial 16 L13: a name typed finds the people with a name or a word of it starting so ("Agus" is Agus Jehamat, not
     * Vinsensius Bagus), a word after a hyphen or an apostrophe too; a NIK or its start as before.
     */
    @Test
    void aNameFindsTheWordsItStartsNotEveryNameHoldingItsLetters() throws Exception {
        try (PayungServices s = engine.services()) {
            work(s);
            s.enrollments().enrol(TestData.form("5310011505800005", "Vinsensius Bagus", "APBD-KAB-MGR",
                    YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
            s.enrollments().enrol(TestData.form("5310016004880006", "Maria-Goreti Ma'ruf", "APBD-KAB-MGR",
                    YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        }
        try (Database db = engine.open()) {
            AuditService a = audit(db);
            // Agus Jehamat came by the village list: its entry, and nothing of Vinsensius Bagus.
            assertThat(all(a, new AuditFilter(null, null, null, null, "Agus")))
                    .extracting(r -> r.change().action()).containsExactly("IMPORT");
            assertThat(all(a, new AuditFilter(null, null, null, null, "bagus")))
                    .extracting(AuditRecord::personName).containsOnly("Vinsensius Bagus").hasSize(2);
            assertThat(all(a, new AuditFilter(null, null, null, null, "vin BAG")))
                    .extracting(AuditRecord::personName).containsOnly("Vinsensius Bagus").hasSize(2);
            assertThat(all(a, new AuditFilter(null, null, null, null, "sius"))).isEmpty();
            assertThat(all(a, new AuditFilter(null, null, null, null, "goreti")))
                    .extracting(AuditRecord::personName).containsOnly("Maria-Goreti Ma'ruf").hasSize(2);
            assertThat(all(a, new AuditFilter(null, null, null, null, "ruf")))
                    .extracting(AuditRecord::personName).containsOnly("Maria-Goreti Ma'ruf").hasSize(2);
            assertThat(all(a, new AuditFilter(null, null, null, null, "Maria-Gor")))
                    .extracting(AuditRecord::personName).containsOnly("Maria-Goreti Ma'ruf").hasSize(2);
            assertThat(all(a, new AuditFilter(null, null, null, null, "aria"))).isEmpty();
            assertThat(all(a, new AuditFilter(null, null, null, null, "5310 0115")))
                    .extracting(AuditRecord::personName).containsOnly("Vinsensius Bagus").hasSize(2);
        }
    }

    @Test
    void aSearchStandingForMoreThanItCanNameIsRefusedNotCut() throws Exception {
        StringBuilder list = new StringBuilder("NIK;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;Kecamatan;Pekerjaan;Sumber Dana;Mulai;Jumlah Bulan\n");
        for (int i = 1; i <= AuditService.MAX_PEOPLE + 1; i++) {
            list.append(String.format("531001120585%04d;%s;L;12/05/1985;Wae Rii;Petani;APBD-KAB-MGR;01/2026;12%n", i,
                    id.payung.service.TestData.name("Peserta Lalong", i)));
        }
        try (PayungServices s = engine.services()) {
            Path csv = Files.writeString(dir.resolve("besar.csv"), list, StandardCharsets.UTF_8);
            assertThat(s.imports().importFile(csv, ImportOptions.defaults(), ImportService.Progress.NONE).imported())
                    .isEqualTo(AuditService.MAX_PEOPLE + 1);
        }
        try (Database db = engine.open()) {
            AuditService a = audit(db);
            assertThatThrownBy(() -> a.search(new AuditFilter(null, null, null, null, "Lalong"), 0, 10))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FormProblem::code)
                            .containsExactly("AUDIT_TOO_MANY_PEOPLE"));
            assertThat(a.search(new AuditFilter(null, null, null, null, TestData.name("Peserta Lalong", 501)), 0, 10).rows())
                    .extracting(r -> r.change().action()).containsExactly("IMPORT");
        }
    }

    @Test
    void daysAreTheOfficesDaysToTheSecond() throws Exception {
        assumeTrue(dialect() == Dialect.SQLITE, "a file's entries carry the PC's clock; a server stamps its own");
        try (PayungServices s = engine.services()) {
            s.settings(); // seeded
        }
        try (Database db = engine.open()) {
            // 5 December 2026 in Ruteng (WITA, UTC+8) runs from 4 Dec 16:00 to 5 Dec 16:00 UTC.
            for (String at : List.of("2026-12-04T15:59:59.999999Z", "2026-12-04T16:00:00Z", "2026-12-05T15:59:59.5Z",
                    "2026-12-05T16:00:00Z", "2026-12-05T16:00:00.000001Z")) {
                AuditLog stamped = new AuditLog(Clock.fixed(Instant.parse(at), ZoneOffset.UTC));
                db.write(tx -> stamped.record(tx, "siti", "UPDATE", "settings", at, null, "{}"));
            }
            AuditService a = audit(db);
            LocalDate fifth = LocalDate.of(2026, 12, 5);
            assertThat(all(a, new AuditFilter(fifth, fifth, "siti", null, null)))
                    .extracting(r -> r.change().entityId())
                    .containsExactly("2026-12-05T15:59:59.5Z", "2026-12-04T16:00:00Z");
            assertThat(all(a, new AuditFilter(fifth.plusDays(1), null, "siti", null, null))).hasSize(2);
            assertThat(all(a, new AuditFilter(null, fifth.minusDays(1), "siti", null, null)))
                    .extracting(r -> r.change().entityId()).containsExactly("2026-12-04T15:59:59.999999Z");
            assertThat(all(a, new AuditFilter(null, null, "siti", null, null))).hasSize(5);
            assertThat(a.actors()).contains("siti");
            assertThatThrownBy(() -> a.search(new AuditFilter(fifth, fifth.minusDays(1), null, null, null), 0, 10))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FormProblem::code)
                            .containsExactly("AUDIT_DAYS_REVERSED"));
        }
    }

    @Test
    void pagesFollowEachOtherWithoutGapOrRepeat() throws Exception {
        try (PayungServices s = engine.services()) {
            work(s);
        }
        try (Database db = engine.open()) {
            AuditService a = audit(db);
            List<Long> whole = a.search(AuditFilter.ALL, 0, 10_000).rows().stream().map(AuditRecord::id).toList();
            AuditService.Page first = a.search(AuditFilter.ALL, 0, 3);
            assertThat(first.rows()).extracting(AuditRecord::id).containsExactlyElementsOf(whole.subList(0, 3));
            assertThat(first.next()).isEqualTo(whole.get(2));
            AuditService.Page second = a.search(AuditFilter.ALL, first.next(), 3);
            assertThat(second.rows()).extracting(AuditRecord::id).containsExactlyElementsOf(whole.subList(3, 6));
            AuditService.Page last = a.search(AuditFilter.ALL, whole.get(whole.size() - 3), 5);
            assertThat(last.rows()).hasSize(2);
            assertThat(last.next()).isZero();
        }
    }

    /**
     * One office's trail (a file; on a server its owner reading one regency) names no regency: Jejak audit's column and
     * the export's last column {@code regency} are a provincial reader's (ProvincialReaderTrailAndKecamatanTest).
     */
    @Test
    void oneOfficesTrailNamesNoRegency() throws Exception {
        try (PayungServices s = engine.services()) {
            work(s);
            assertThat(s.audit().showsRegencies()).isFalse();
            assertThat(all(s.audit(), AuditFilter.ALL)).isNotEmpty().allSatisfy(r -> assertThat(r.regency()).isNull());
            java.io.StringWriter out = new java.io.StringWriter();
            s.audit().exportCsv(out);
            assertThat(out.toString().replace("\uFEFF", "").lines().findFirst().orElseThrow())
                    .isEqualTo(String.join(";", AuditService.CSV_HEADER));
        }
    }

    @Test
    void theFilteredTrailExportsInTheScreensWordsWithNiksMaskedAndTheExportIsAudited() throws Exception {
        ResourceBundle id = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("id"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        Path file = dir.resolve("jejak.xlsx");
        AuditFilter people = new AuditFilter(null, null, null, AuditTopic.PEOPLE, null);
        long n;
        try (PayungServices s = engine.services()) {
            work(s);
            n = s.exports().auditTrail(people, file, id, WorkSteps.NONE);
        }
        try (Database db = engine.open()) {
            AuditService a = audit(db);
            assertThat(n).isEqualTo(all(a, people).size());
            List<List<String>> rows = new ArrayList<>();
            try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile()); Stream<Row> sheet = wb.getFirstSheet().openStream()) {
                sheet.forEach(r -> rows.add(r.stream().map(c -> c == null ? "" : c.getText()).toList()));
            }
            assertThat(rows.get(0)).startsWith("Waktu", "Oleh", "Jenis", "Perubahan", "Peserta", "NIK", "Rincian");
            assertThat(rows).hasSize((int) n + 1);
            // Trial 21b L7: "Waktu" is a date-time cell Excel sorts and filters as a time, shown as the office writes it.
            try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new org.dhatim.fastexcel.reader.ReadingOptions(true,
                    false))) {
                Row newest = wb.getFirstSheet().read().get(1);
                assertThat(newest.getCell(0).getType()).as("a date-time cell, not text")
                        .isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
                assertThat(newest.getCell(0).getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm:ss");
                java.time.Instant at = all(a, people).get(0).change().at();
                assertThat(newest.getCellAsDate(0).orElseThrow()).isCloseTo(java.time.LocalDateTime.ofInstant(at,
                        TestData.CLOCK.getZone()), org.assertj.core.api.Assertions.within(1,
                        java.time.temporal.ChronoUnit.SECONDS));
            }
            assertThat(rows).anySatisfy(r -> assertThat(String.join("|", r))
                    .contains("Data pribadi diubah", "Maria Jelita Nabu", "Nama: Maria Jelita → Maria Jelita Nabu"));
            assertThat(rows).anySatisfy(r -> assertThat(String.join("|", r)).contains("Kepesertaan ditambahkan: APBD Kabupaten Manggarai"));
            // The screen's words for a person renamed since: the name then, today's after it.
            assertThat(rows).anySatisfy(r -> assertThat(r).contains("Kepesertaan ditambahkan: APBD Kabupaten Manggarai, "
                    + "01/2026–12/2026", "Maria Jelita (kini: Maria Jelita Nabu)"));
            assertThat(rows).allSatisfy(r -> assertThat(String.join("|", r)).doesNotContain("5310015204850001", "5310011205850002"));
            AuditLog.Entry exported = db.read(tx -> new AuditLog().recent(tx, 1)).get(0);
            assertThat(exported.action()).isEqualTo("EXPORT");
            assertThat(exported.entity()).isEqualTo("audit_log");
            assertThat(exported.afterJson()).contains("jejak.xlsx", "PEOPLE", "\"rows\":" + n);
        }
        // What the file is, on a sheet of its own (the table's first row stays its headers): the filter in words,
        // who exported it, when, how many entries.
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            List<org.dhatim.fastexcel.reader.Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(org.dhatim.fastexcel.reader.Sheet::getName).containsExactly("Jejak audit", "Keterangan");
            java.util.Map<String, String> notes = new java.util.LinkedHashMap<>();
            for (Row r : sheets.get(1).read()) {
                notes.put(r.getCellText(0), r.getCellText(1));
            }
            assertThat(notes).containsEntry("Saringan", "Jenis: Peserta dan kepesertaan")
                    .containsEntry("Diekspor oleh", Actor.current())
                    .containsEntry("Jumlah catatan", Formats.count(n))
                    .containsKey("Kantor");
            assertThat(notes.get("Waktu ekspor")).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2} \\(.+\\)");
        }
    }

    @Test
    void anImportAndItsUndoSayWhichListAndWhatTheClerkDecided() throws Exception {
        ResourceBundle id = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("id"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        Path list = Files.writeString(dir.resolve("poco.csv"), """
                NIK;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;Kecamatan;Pekerjaan
                5310014107900003;Theresia Nabu;P;01/07/1990;Wae Rii;Petani
                5310010208910004;Agus Jehamat;L;02/08/1991;Wae Rii;Petani
                """, StandardCharsets.UTF_8);
        Path file = dir.resolve("impor.csv");
        Path undone = dir.resolve("batal.csv");
        try (PayungServices s = engine.services()) {
            ImportService.Report r = s.imports().importFile(list, new ImportOptions("APBD-KAB-MGR", YearMonth.of(2025, 1),
                    12, null, false, false, null, null), ImportService.Progress.NONE);
            assertThat(r.imported()).isEqualTo(2);
            s.imports().undo(s.imports().batches().get(0).id());
            s.exports().replacingExisting().auditTrail(new AuditFilter(null, null, null, AuditTopic.IMPORTS, null), file, id,
                    WorkSteps.NONE);
            s.exports().replacingExisting().auditTrail(new AuditFilter(null, null, null, AuditTopic.DELETIONS, null), undone,
                    id, WorkSteps.NONE);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("Daftar diimpor", "Sumber dana: APBD Kabupaten Manggarai", "Mulai: 01/2025", "Jumlah bulan: 12")
                .doesNotContain("enrollments", "first_month", "Impor dibatalkan");
        // A CSV has one table: what it is follows it.
        assertThat(text).contains("\nKeterangan", "Saringan;Jenis: Impor daftar", "Jumlah catatan;");
        // Its undoing is a deletion: there, with what it took away.
        assertThat(Files.readString(undone, StandardCharsets.UTF_8))
                .contains("Impor dibatalkan", "Berkas: poco.csv; No. impor: ", "Kepesertaan: 2",
                        "Saringan;Jenis: Penghapusan, impor dibatalkan")
                .doesNotContain("Daftar diimpor", "enrollments");
    }

    /**
     * The person filter finds a person by a name they had when an entry was written (renamed since), as by today's,
     * each word at a word's start: Maria Jelita was renamed Maria Nabu Dhiu here, and "jelita" (her name then)
     * finds her entries as "dhiu" (today's) does; "elita" finds no one; a name no one ever had, no one.
     */
    @Test
    void aPersonIsFoundByANameTheyHadWhenAnEntryWasWritten() throws Exception {
        long maria;
        try (PayungServices s = engine.services()) {
            EnrollmentService.Saved saved = s.enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita",
                    "APBD-KAB-MGR", YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
            s.enrollments().update(saved.enrollmentId(), TestData.form("5310015204850001", "Maria Nabu Dhiu",
                    "APBD-KAB-MGR", YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
            s.enrollments().enrol(TestData.form("5310011205850002", "Yosef Ndala", "APBD-KAB-MGR", YearMonth.of(2026, 1),
                    YearMonth.of(2026, 12)));
            maria = saved.personId();
        }
        try (Database db = engine.open()) {
            AuditService a = audit(db);
            for (String asked : List.of("jelita", "Maria Jelita", "dhiu")) {
                assertThat(all(a, new AuditFilter(null, null, null, null, asked))).as(asked).hasSize(3)
                        .allSatisfy(r -> assertThat(r.personId()).isEqualTo(maria));
            }
            assertThat(all(a, new AuditFilter(null, null, null, null, "elita"))).isEmpty();
            assertThat(all(a, new AuditFilter(null, null, null, null, "jelita ndala"))).isEmpty();
        }
    }
}
