package id.payung.service;

import id.payung.domain.Event;
import id.payung.domain.EventKind;
import id.payung.domain.FunderType;
import id.payung.domain.FundingSource;
import id.payung.domain.Occupation;
import id.payung.domain.Programme;
import id.payung.domain.RateRule;
import id.payung.domain.Region;
import id.payung.domain.Sector;
import id.payung.domain.Segment;
import id.payung.store.AuditLog;
import id.payung.store.CohortRepository;
import id.payung.store.Database;
import id.payung.store.EventRepository;
import id.payung.store.FundingSourceRepository;
import id.payung.store.MetaRepository;
import id.payung.store.OccupationRepository;
import id.payung.store.RateRuleRepository;
import id.payung.store.Tx;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads the reference and opening data shipped in {@code seeds/} (inside the jar) into a database for one
 * office's regency. Every regency gets the shared reference data (regions, occupations, rate rules, the
 * national and self-paying funders) and its own budgets: the province's and the regency's, named from the
 * region list where the seeds do not name them. The seeded office's opening data (its settings, cohorts,
 * events and benefit claims: Manggarai's, {@link #officeRegency()}) is loaded for that regency only; any
 * other office starts with no numbers and its name, place and head left for Pengaturan.
 * Idempotent: every row has a natural key and is skipped when already present, so loading twice
 * changes nothing. Everything is one transaction, audited per file.
 */
public final class SeedLoader {
    /** Seed files in load order (later files refer to earlier ones). */
    public static final List<String> FILES = List.of("settings.csv", "funding_sources.csv", "occupations.csv",
            "rate_rules.csv", "cohorts.csv", "events.csv", "benefit_claims.csv");

    /** Seed files that are the seeded office's own opening data, loaded for {@link #officeRegency()} only. */
    static final Set<String> OFFICE_FILES = Set.of("cohorts.csv", "events.csv", "benefit_claims.csv");

    private final Database db;
    private final String actor;
    /** The regency the database is for; null: the one it names already, else the seeded office's. */
    private final String regency;
    private final FundingSourceRepository funders = new FundingSourceRepository();
    private final OccupationRepository occupations = new OccupationRepository();
    private final RateRuleRepository rateRules = new RateRuleRepository();
    private final CohortRepository cohorts = new CohortRepository();
    private final EventRepository events = new EventRepository();
    private final MetaRepository meta = new MetaRepository();
    private final id.payung.store.BenefitClaimRepository claims = new id.payung.store.BenefitClaimRepository();
    private final AuditLog audit = new AuditLog();

    /** Seeds for the regency the database names already ({@code office_regency}), else for the seeded office's. */
    public SeedLoader(Database db, String actor) {
        this(db, actor, null);
    }

    /**
     * Seeds for the office of {@code regency} ("53.15"; null: as {@link #SeedLoader(Database, String)}). The
     * caller has checked that the region list knows it.
     */
    public SeedLoader(Database db, String actor, String regency) {
        this.db = db;
        this.actor = actor;
        this.regency = regency == null || regency.isBlank() ? null : regency.strip();
    }

    /** The regency of the office the seeds describe ({@code office_regency} of settings.csv: 53.10, Manggarai). */
    public static String officeRegency() {
        return read("settings.csv").stream().filter(r -> r.get("key").equals("office_regency")).map(r -> r.get("value"))
                .findFirst().orElseThrow(() -> new SeedException("seeds/settings.csv names no office_regency", null));
    }

    /**
     * A setting of the seeded office ({@code office_place}: "Ruteng") when {@code regency} is that office's regency
     * (53.10), else empty: Payung knows no other regency's town or office, so the hints for those stay neutral
     * (the settings screen named Ruteng to a Manggarai Barat office).
     */
    public static Optional<String> officeSetting(String regency, String key) {
        if (regency == null || !regency.strip().equals(officeRegency())) {
            return Optional.empty();
        }
        return read("settings.csv").stream().filter(r -> r.get("key").equals(key)).map(r -> r.get("value"))
                .filter(v -> !v.isBlank()).findFirst();
    }

    /**
     * Loads the seeds into a database that has never been seeded; does nothing afterwards, so rows a
     * user deleted are not brought back. Returns the number of rows added.
     */
    public int loadIfNew() {
        boolean seeded = db.read(tx -> meta.get(tx, "seeded_at").isPresent());
        return seeded ? 0 : load();
    }

    /**
     * Loads every seed file; returns the number of rows added (0 when all were already there).
     *
     * @throws SeedException naming the file and line when a seed row is malformed; nothing is written then
     */
    public int load() {
        return db.write(tx -> {
            String office = regency != null ? regency
                    : meta.get(tx, "office_regency").filter(r -> !r.isBlank()).orElse(officeRegency());
            boolean seededOffice = office.equals(officeRegency());
            int added = 0;
            for (String file : FILES) {
                if (file.equals("funding_sources.csv")) {
                    added += regions(tx, office); // funders and cohorts refer to regions
                }
                if (!seededOffice && OFFICE_FILES.contains(file)) {
                    continue; // another office's numbers and events are not this one's
                }
                int n = switch (file) {
                    case "settings.csv" -> seededOffice ? loadFile(tx, file)
                            : meta.putIfAbsent(tx, "office_regency", office) ? 1 : 0;
                    case "funding_sources.csv" -> loadFunders(tx, office);
                    default -> loadFile(tx, file);
                };
                if (n > 0) {
                    audit.record(tx, actor, "SEED", file.replace(".csv", ""), null, null,
                            "{\"file\":\"seeds/" + file + "\",\"rows\":" + n + "}");
                }
                added += n;
            }
            meta.put(tx, "seeded_at", Instant.now().toString());
            return added;
        });
    }

    /**
     * The shipped Kemendagri list: every province and regency, and the office's regency's kecamatan and
     * desa/kelurahan.
     */
    private int regions(Tx tx, String office) {
        RegionService.Loaded loaded = RegionService.load(tx, office, new ChangeLog(actor));
        meta.put(tx, RegionService.LOADED_KEY, RegionService.marker(office));
        return loaded.kecamatanAdded() + loaded.villagesAdded();
    }

    private int loadFunders(Tx tx, String office) {
        int added = 0;
        for (FundingSource f : funders(office)) {
            if (funders.insertIfAbsent(tx, f)) {
                added++;
            }
        }
        return added;
    }

    /**
     * Adds the regency's own funders ({@link #funders(String)}) a database lacks, audited as seeds; for an office
     * file whose regency is changed (RegionService.useRegency), so its clerks find their own budgets. Returns how
     * many were added.
     */
    static int addFunders(Tx tx, String regency, String actor) {
        int added = new SeedLoader(null, actor, regency).loadFunders(tx, regency);
        if (added > 0) {
            new AuditLog().record(tx, actor, "SEED", "funding_sources", null, null,
                    "{\"file\":\"seeds/funding_sources.csv\",\"regency\":\"" + regency + "\",\"rows\":" + added + "}");
        }
        return added;
    }

    /**
     * The funders of funding_sources.csv for an office of {@code regency}: those without a region (the national
     * budget, companies, self-paying); those the seeds name for the office's province or regency (NTT's
     * APBD-PROV-NTT, Manggarai's APBD-KAB-MGR, kept as users know them); and, for a province or regency the seeds
     * name no budget of that kind for, the row written with {@code {province}} / {@code {regency}}, filled in from
     * the region list ("APBD-KAB-5315", "APBD Kabupaten Manggarai Barat"; "APBD Kota Kupang"; a village budget only
     * where the regency has desa). Other regions' budgets are not this office's and are left out.
     *
     * @throws SeedException when the region list does not know the regency or its province
     */
    public static List<FundingSource> funders(String regency) {
        Region kab = RegionList.regency(regency)
                .orElseThrow(() -> new SeedException("the region list has no regency " + regency, null));
        String provinceCode = regency.substring(0, regency.indexOf('.'));
        Region prov = RegionList.provincesAndRegencies().stream().filter(r -> r.code().equals(provinceCode)).findFirst()
                .orElseThrow(() -> new SeedException("the region list has no province " + provinceCode, null));
        List<CSVRecord> rows = read("funding_sources.csv");
        List<FundingSource> out = new ArrayList<>();
        for (CSVRecord r : rows) {
            String region = r.get("region_code");
            FunderType type = FunderType.valueOf(r.get("type"));
            Region filled = region.equals("{province}") ? prov : region.equals("{regency}") ? kab : null;
            if (filled != null) {
                boolean named = rows.stream().anyMatch(o -> o.get("type").equals(r.get("type"))
                        && o.get("region_code").equals(filled.code()));
                if (named) {
                    continue; // the seeds name this region's budget of this kind themselves
                }
                if (type == FunderType.APBDES && RegionList.within(regency).stream()
                        .noneMatch(v -> v.level() == id.payung.domain.RegionLevel.DESA)) {
                    continue; // a city of kelurahan only (Kota Kupang) has no village budget
                }
                out.add(new FundingSource(0, fill(r.get("code"), filled.code().replace(".", ""), prov, kab),
                        fill(r.get("name"), filled.code(), prov, kab), type, filled.code(), true,
                        blankToNull(fill(r.get("notes"), filled.code(), prov, kab))));
            } else if (region.isBlank() || region.equals(provinceCode) || id.payung.domain.FunderRules.within(region, regency)) {
                out.add(new FundingSource(0, r.get("code"), r.get("name"), type, blankToNull(region), true,
                        blankToNull(r.get("notes"))));
            }
        }
        return out;
    }

    private static String fill(String text, String code, Region province, Region regency) {
        return text.replace("{province name}", province.name()).replace("{regency name}", regency.name())
                .replace("{province}", code).replace("{regency}", code);
    }

    /**
     * The seeded office's opening data found in a database: cohorts and events exactly as the seeds write them
     * (same funder, year, count and source; same kind, day and title), and their participants. A file made for
     * another regency by a Payung before seeds were per regency holds Manggarai's (trial 14 F1).
     *
     * @param cohorts      how many of the seeds' cohorts the database holds
     * @param participants their participants together
     * @param events       how many of the seeds' events it holds (deleted ones not counted)
     */
    public record OpeningRows(int cohorts, long participants, int events) {
        /** Whether the database holds any of them. */
        public boolean any() {
            return cohorts > 0 || events > 0;
        }
    }

    /** What of the seeded office's cohorts and events {@code db} holds (see {@link OpeningRows}); reads only. */
    public static OpeningRows openingRowsIn(Database db) {
        Set<String> seedCohorts = read("cohorts.csv").stream().map(r -> cohortKey(r.get("funder_code"),
                Integer.parseInt(r.get("year")), Long.parseLong(r.get("participants")), blankToNull(r.get("source"))))
                .collect(Collectors.toSet());
        Set<String> seedEvents = read("events.csv").stream().map(r -> r.get("kind") + "|" + r.get("date") + "|"
                + r.get("title").strip()).collect(Collectors.toSet());
        return db.read(tx -> {
            List<id.payung.domain.Cohort> found = new CohortRepository().all(tx).stream().filter(c -> seedCohorts.contains(
                    cohortKey(c.funderCode(), c.year(), c.participants(), c.source()))).toList();
            long events = new EventRepository().all(tx).stream()
                    .filter(e -> seedEvents.contains(e.kind().name() + "|" + e.date() + "|" + e.title().strip())).count();
            return new OpeningRows(found.size(), found.stream().mapToLong(id.payung.domain.Cohort::participants).sum(),
                    (int) events);
        });
    }

    private static String cohortKey(String funder, int year, long participants, String source) {
        return funder + "|" + year + "|" + participants + "|" + (source == null ? "" : source.strip());
    }

    private int loadFile(Tx tx, String file) {
        int added = 0;
        for (CSVRecord r : read(file)) {
            try {
                if (insert(tx, file, r)) {
                    added++;
                }
            } catch (RuntimeException e) {
                throw new SeedException("seeds/" + file + " record " + r.getRecordNumber() + ": " + e.getMessage(), e);
            }
        }
        return added;
    }

    private boolean insert(Tx tx, String file, CSVRecord r) {
        return switch (file) {
            case "settings.csv" -> meta.putIfAbsent(tx, r.get("key"), r.get("value"));
            case "occupations.csv" -> occupations.insertIfAbsent(tx,
                    new Occupation(r.get("code"), r.get("name"), Sector.valueOf(r.get("sector"))));
            case "rate_rules.csv" -> rateRules.insertIfAbsent(tx, rateRule(r));
            case "cohorts.csv" -> cohorts.insertIfAbsent(tx, r.get("funder_code"), Integer.parseInt(r.get("year")),
                    Segment.valueOf(r.get("segment")), blankToNull(r.get("kecamatan_code")),
                    blankToNull(r.get("occupation_code")), Long.parseLong(r.get("participants")), blankToNull(r.get("source")));
            case "events.csv" -> events.insertIfAbsent(tx, new Event(0, EventKind.valueOf(r.get("kind")),
                    LocalDate.parse(r.get("date")), r.get("title"), blankToNull(r.get("giver")), blankToNull(r.get("presenter")),
                    blankToNull(r.get("recipient")), r.get("witnesses").lines().map(String::strip).filter(s -> !s.isEmpty()).toList(),
                    blankToNull(r.get("place")), blankToNull(r.get("notes")), blankToNull(r.get("source"))));
            // The payouts also recorded as events (26/01/2026): one fact, so award readiness counts them.
            case "benefit_claims.csv" -> claims.insertIfAbsent(tx, new id.payung.domain.BenefitClaim(0,
                    LocalDate.parse(r.get("paid_on")), Programme.valueOf(r.get("programme")),
                    Integer.parseInt(r.get("beneficiaries")), Long.parseLong(r.get("amount_rp")), blankToNull(r.get("note"))));
            default -> throw new IllegalArgumentException("no loader for " + file);
        };
    }

    private static RateRule rateRule(CSVRecord r) {
        String amount = r.get("amount_rp");
        String percent = r.get("percent");
        String validTo = r.get("valid_to");
        return new RateRule(r.get("code"), enums(r.get("funder_types"), FunderType::valueOf),
                Segment.valueOf(r.get("segment")), enums(r.get("sectors"), Sector::valueOf),
                Programme.valueOf(r.get("programme")), RateRule.RateKind.valueOf(r.get("kind")),
                amount.isBlank() ? null : Long.parseLong(amount), percent.isBlank() ? null : new BigDecimal(percent),
                LocalDate.parse(r.get("valid_from")), validTo.isBlank() ? null : LocalDate.parse(validTo),
                blankToNull(r.get("legal_basis")), blankToNull(r.get("note")));
    }

    private static <E> Set<E> enums(String text, Function<String, E> parse) {
        if (text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).map(parse).collect(Collectors.toSet());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<CSVRecord> read(String file) {
        try (InputStream in = SeedLoader.class.getResourceAsStream("/seeds/" + file)) {
            if (in == null) {
                throw new SeedException("seeds/" + file + " is missing from the build", null);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seeds/" + file, e);
        }
    }
}
