package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.Event;
import id.payung.domain.EventKind;
import id.payung.domain.RateRule;
import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.service.facade.PayungServices;
import id.payung.store.Database;
import id.payung.store.MetaRepository;
import id.payung.store.RegionRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SeedLoaderTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseHoldsTheSeededReferenceData() {
        try (PayungServices services = engine.services()) {
            assertThat(services.reference().fundingSources()).extracting(f -> f.code())
                    .contains("APBD-PROV-NTT", "APBD-KAB-MGR", "APBDES-MGR", "APBN", "CSR", "MANDIRI");
            Event award = services.reference().events().stream().filter(e -> e.kind() == EventKind.AWARD)
                    .findFirst().orElseThrow();
            assertThat(award.date()).isEqualTo(LocalDate.of(2025, 9, 25));
            assertThat(award.giver()).contains("Kemenko PMK", "Kemenaker", "Kemendagri", "BPJS Ketenagakerjaan");
            assertThat(award.presenter()).startsWith("Arief Wahyudhi");
            assertThat(award.recipient()).startsWith("Fabianus Abu");
            assertThat(award.witnesses()).hasSize(3).anySatisfy(w -> assertThat(w).startsWith("Lambertus Paput"))
                    .anySatisfy(w -> assertThat(w).startsWith("Frederikus I. Dicky Jenarut"))
                    .anySatisfy(w -> assertThat(w).startsWith("Rommi Radjalangu"));
        }
    }

    @Test
    void standardBpuPackageIsSixteenThousandEightHundredRupiah() {
        try (PayungServices services = engine.services()) {
            var rules = services.reference().rateRules();
            RateRule jkk = rules.stream().filter(r -> r.code().equals("BPU-JKK")).findFirst().orElseThrow();
            RateRule jkm = rules.stream().filter(r -> r.code().equals("BPU-JKM")).findFirst().orElseThrow();
            long jkkAtLowestIncome = jkk.percent().multiply(java.math.BigDecimal.valueOf(1_000_000))
                    .divide(java.math.BigDecimal.valueOf(100)).longValueExact();
            assertThat(jkkAtLowestIncome + jkm.amountRp()).isEqualTo(16_800);
            assertThat(rules).filteredOn(r -> r.kind() == RateRule.RateKind.DISCOUNT_PERCENT)
                    .allSatisfy(r -> assertThat(r.funderTypes()).noneMatch(t -> t.isGovernment()));
        }
    }

    @Test
    void seedsSpeakToUsersNotDevelopers() throws java.io.IOException {
        for (String file : SeedLoader.FILES) {
            try (var in = SeedLoader.class.getResourceAsStream("/seeds/" + file)) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(text).as(file).doesNotContainPattern("(?i)\\b[\\w-]+\\.(md|java|sql)\\b")
                        .doesNotContain("Plt. Sekretaris Daerah");
            }
        }
        try (PayungServices services = engine.services()) {
            // The 26/01/2026 payout event and the benefits paid are one fact.
            assertThat(services.benefits().ofYear(2026)).hasSize(7).allSatisfy(c -> assertThat(c.paidOn())
                    .isEqualTo(LocalDate.of(2026, 1, 26)));
        }
    }

    @Test
    void loadingAgainAddsNothing() {
        engine.services().close();
        try (Database db = engine.open()) {
            assertThat(new SeedLoader(db, "test").load()).isZero();
            assertThat(new SeedLoader(db, "test").loadIfNew()).isZero();
        }
        try (PayungServices services = engine.services()) {
            assertThat(services.dashboard().fundingShares(2025)).hasSize(2);
        }
    }

    @Test
    void aNewDatabaseKnowsManggaraisKecamatanAndAllItsDesaAndKelurahan() {
        try (PayungServices services = engine.services()) {
            var local = services.reference().localRegions();
            assertThat(local).filteredOn(r -> r.level() == RegionLevel.KECAMATAN).hasSize(12)
                    .extracting(Region::name).contains("Wae Rii", "Langke Rembong", "Satar Mese Utara");
            assertThat(local).filteredOn(r -> r.level() == RegionLevel.DESA).hasSize(145)
                    .allSatisfy(r -> assertThat(r.code()).matches("53\\.10\\.\\d\\d\\.2\\d{3}"));
            assertThat(local).filteredOn(r -> r.level() == RegionLevel.KELURAHAN).hasSize(26)
                    .allSatisfy(r -> assertThat(r.code()).matches("53\\.10\\.\\d\\d\\.1\\d{3}"));
            assertThat(local).filteredOn(r -> r.code().equals("53.10.01.2001")).singleElement()
                    .satisfies(r -> assertThat(r.name()).isEqualTo("Satar Ngkeling"))
                    .satisfies(r -> assertThat(r.parentCode()).isEqualTo("53.10.01"));
            // The screens' lists: the 12 kecamatan of Manggarai, not Indonesia's.
            assertThat(services.dashboard().kecamatan()).hasSize(12);
        }
    }

    @Test
    void choosingAnotherRegencyLoadsItsKecamatanAndDesaAndTheScreensShowOnlyThose() {
        try (PayungServices services = engine.services()) {
            Settings s = services.settings();
            services.saveSettings(new Settings(s.officeName(), "53.15", s.place(), s.address(), s.language(), s.defaultYear()));

            assertThat(services.settings().regencyCode()).isEqualTo("53.15");
            var local = services.reference().localRegions();
            assertThat(local).isNotEmpty().allSatisfy(r -> assertThat(r.code()).startsWith("53.15."));
            assertThat(local).extracting(Region::name).contains("Komodo"); // Labuan Bajo's kecamatan
            assertThat(services.dashboard().kecamatan()).allSatisfy(r -> assertThat(r.code()).startsWith("53.15."));

            // Loading again adds nothing; an unknown regency is refused in a sentence, nothing changes.
            assertThat(services.regions().loadRegency("53.15").villagesAdded()).isZero();
            assertThatThrownBy(() -> services.saveSettings(new Settings(s.officeName(), "53.99", s.place())))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(p -> p.code()).containsExactly("REGENCY_NOT_IN_LIST"));
            assertThat(services.settings().regencyCode()).isEqualTo("53.15");

            RegionService.Loaded back = services.useRegency("53.10");
            assertThat(back.regencyName()).isEqualTo("Kabupaten Manggarai");
            assertThat(back.villagesAdded()).isZero(); // still there from the start
            assertThat(services.settings().regencyCode()).isEqualTo("53.10");
        }
        try (PayungServices reopened = engine.services()) {
            assertThat(reopened.settings().regencyCode()).isEqualTo("53.10");
            assertThat(reopened.reference().localRegions()).hasSize(12 + 171);
        }
    }

    @Test
    void aNewDatabaseForAnotherRegencyIsOneCallAway() {
        try (PayungServices services = engine.services()) {
            RegionService.Loaded loaded = services.useRegency("34.04");

            assertThat(loaded.regencyName()).isEqualTo("Kabupaten Sleman");
            assertThat(loaded.kecamatanAdded()).isEqualTo(17);
            assertThat(loaded.villagesAdded()).isEqualTo(86);
            assertThat(services.settings().regionPrefix()).isEqualTo("3404");
            assertThat(services.reference().localRegions()).hasSize(17 + 86);
            assertThatThrownBy(() -> services.useRegency("34")).isInstanceOf(InvalidInputException.class);

            // Kabupaten Jayapura's 14 desa adat (.3xxx) are desa too.
            services.useRegency("91.03");
            assertThat(services.reference().localRegions()).filteredOn(r -> r.code().matches("91\\.03\\.\\d\\d\\.3\\d{3}"))
                    .hasSize(14).allSatisfy(r -> assertThat(r.level()).isEqualTo(RegionLevel.DESA));
        }
    }

    @Test
    void aDatabaseMadeBeforeTheListWasShippedGetsItsDesaWhenOpened() {
        // What an older Payung left: settings, the 12 kecamatan and no desa, marked as seeded.
        try (Database db = engine.open()) {
            db.write(tx -> {
                MetaRepository meta = new MetaRepository();
                meta.put(tx, "seeded_at", "2025-10-01T00:00:00Z");
                meta.put(tx, "office_name", "Dinas");
                meta.put(tx, "office_regency", "53.10");
                RegionRepository regions = new RegionRepository();
                regions.insertIfAbsent(tx, new Region("53", "Nusa Tenggara Timur", RegionLevel.PROVINCE, null));
                regions.insertIfAbsent(tx, new Region("53.10", "Kabupaten Manggarai", RegionLevel.REGENCY, "53"));
                regions.insertIfAbsent(tx, new Region("53.10.01", "Wae Rii", RegionLevel.KECAMATAN, "53.10"));
                return null;
            });
        }
        try (PayungServices services = engine.services()) {
            assertThat(services.reference().localRegions()).hasSize(12 + 171);
        }
        try (Database db = engine.open()) {
            // Every regency of Indonesia is known (for the settings and the region import); desa only locally.
            java.util.List<Region> regencies = db.read(tx -> new RegionRepository().byLevel(tx, RegionLevel.REGENCY));
            java.util.List<Region> desa = db.read(tx -> new RegionRepository().byLevel(tx, RegionLevel.DESA));
            assertThat(regencies).hasSize(514);
            assertThat(desa).hasSize(145).allSatisfy(r -> assertThat(r.code()).startsWith("53.10."));
        }
    }
}
