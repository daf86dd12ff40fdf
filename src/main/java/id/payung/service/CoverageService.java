package id.payung.service;

import id.payung.domain.FormProblem;
import id.payung.domain.FormProblem.Field;
import id.payung.domain.GroupShare;
import id.payung.domain.KecamatanCoverage;
import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.domain.Scope;
import id.payung.domain.Segment;
import id.payung.domain.UcjCoverage;
import id.payung.store.CoverageRepository;
import id.payung.store.Database;
import id.payung.store.ParticipantStats;
import id.payung.store.RegionRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The UCJ coverage (Universal Coverage Jamsostek) per kecamatan: protected BPU workers (participants in
 * JKK+JKM) ÷ all BPU (informal) workers × 100, with the denominators the office enters per year (audited).
 */
public final class CoverageService {
    /** UCJ counts non-wage workers only, of every funder. */
    private static final Scope BPU = new Scope(null, Segment.BPU);

    private final Database db;
    private final ChangeLog log;
    private final CoverageRepository repo = new CoverageRepository();
    private final ParticipantStats stats = new ParticipantStats();
    private final RegionRepository regions = new RegionRepository();

    public CoverageService(Database db, String actor) {
        this.db = db;
        this.log = new ChangeLog(actor);
    }

    /**
     * The coverage of a year for every kecamatan (in code order). The numerator of a kecamatan is its BPU
     * participants of the year with JKK and JKM, of every funder, counted as on the dashboard (a named
     * person once, under their latest enrollment of the year; cohorts with the standard JKK+JKM package;
     * names never added on top of a cohort). Participants whose kecamatan is not known count only for
     * the region. Computed with SQL GROUP BYs.
     */
    public UcjCoverage coverage(int year) {
        return db.read(tx -> {
            Map<String, Long> protectedBy = GroupShare.of(stats.kecamatanCounts(tx, year, BPU, null, true)).stream()
                    .collect(Collectors.toMap(g -> g.code() == null ? "" : g.code(), GroupShare::participants));
            Map<String, Long> denominators = repo.denominators(tx, year);
            List<KecamatanCoverage> rows = regions.local(tx, RegionLevel.KECAMATAN).stream()
                    .map(k -> new KecamatanCoverage(k.code(), k.name(), protectedBy.getOrDefault(k.code(), 0L),
                            denominators.get(k.code())))
                    .toList();
            return new UcjCoverage(year, rows, protectedBy.getOrDefault("", 0L));
        });
    }

    /** The numbers of informal workers entered for a year, by kecamatan code (kecamatan without one absent). */
    public Map<String, Long> denominators(int year) {
        return db.read(tx -> repo.denominators(tx, year));
    }

    /**
     * Saves the numbers of informal workers of a year in one transaction: a kecamatan mapped to a number
     * gets it, one mapped to null loses its number, kecamatan not in the map keep theirs. Each change is
     * audited ("coverage_denominator", id "KECAMATAN/YEAR"); unchanged numbers write nothing.
     *
     * @throws InvalidInputException (nothing saved) for a year outside 2000–2100, a code that is not a
     *                               kecamatan, or a number that is not above zero
     */
    public void saveDenominators(int year, Map<String, Long> informalWorkers) {
        db.write(tx -> {
            Map<String, Region> kecamatan = regions.local(tx, RegionLevel.KECAMATAN).stream()
                    .collect(Collectors.toMap(Region::code, Function.identity()));
            List<FormProblem> problems = new ArrayList<>();
            if (year < 2000 || year > 2100) {
                problems.add(FormProblem.error(Field.YEAR, "YEAR_RANGE"));
            }
            informalWorkers.forEach((code, n) -> {
                if (!kecamatan.containsKey(code)) {
                    problems.add(FormProblem.error(Field.REGION, "COVERAGE_UNKNOWN_KECAMATAN", code));
                } else if (n != null && n <= 0) {
                    problems.add(FormProblem.error(Field.PARTICIPANTS, "COVERAGE_NOT_POSITIVE", kecamatan.get(code).name()));
                }
            });
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems, 0);
            }
            Map<String, Long> before = repo.denominators(tx, year);
            for (Map.Entry<String, Long> e : new java.util.TreeMap<>(informalWorkers).entrySet()) {
                String code = e.getKey();
                Long old = before.get(code);
                Long now = e.getValue();
                if (java.util.Objects.equals(old, now)) {
                    continue;
                }
                if (now == null) {
                    repo.remove(tx, year, code);
                } else {
                    repo.put(tx, year, code, now);
                }
                log.record(tx, old == null ? "INSERT" : now == null ? "DELETE" : "UPDATE", "coverage_denominator",
                        code + "/" + year, old == null ? null : fields(year, code, old), now == null ? null : fields(year, code, now));
            }
            return null;
        });
    }

    private static Map<String, Object> fields(int year, String kecamatanCode, long informalWorkers) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", year);
        m.put("kecamatan", kecamatanCode);
        m.put("informal_workers", informalWorkers);
        return m;
    }
}
