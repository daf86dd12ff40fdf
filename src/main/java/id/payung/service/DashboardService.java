package id.payung.service;

import id.payung.domain.FundingShare;
import id.payung.domain.GroupShare;
import id.payung.store.Database;
import id.payung.store.ParticipantStats;
import id.payung.store.RegencyStats;
import id.payung.store.ReportQueries;
import java.time.Clock;
import java.time.Year;
import java.util.List;

/** The numbers behind the dashboard: who pays for how many workers. */
public final class DashboardService {
    private final Database db;
    private final Clock clock;
    private final ReferenceService reference;
    private final ParticipantStats stats = new ParticipantStats();
    private final RegencyStats regencies = new RegencyStats();

    /** @param reference the lists the dashboard's filters offer (funding sources) */
    public DashboardService(Database db, Clock clock, ReferenceService reference) {
        this.db = db;
        this.clock = clock;
        this.reference = reference;
    }

    /**
     * Participants per funder in a year with their share of the total, largest first. Named persons
     * and cohorts are combined without double counting, per regency (see {@link id.payung.domain.FunderCount}): a
     * province's shares add up to its regencies' ({@link #byRegency}). Demo persons are not counted.
     */
    public List<FundingShare> fundingShares(int year) {
        return fundingShares(year, id.payung.domain.Scope.ALL);
    }

    /** {@link #fundingShares(int)} for one kecamatan and/or segment (cohorts without a kecamatan are left out then). */
    public List<FundingShare> fundingShares(int year, id.payung.domain.Scope scope) {
        return FundingShare.of(db.read(tx -> stats.funderCounts(tx, year, scope)));
    }

    /**
     * The funders that had participants (a cohort or named persons) in the year before {@code year} and have none, or
     * fewer than a tenth of them, recorded in it, for the participants {@code scope} covers ({@link id.payung.domain.FunderGap#of}): the caution the
     * dashboard, the year report and the readiness summary show beside a year whose count is not complete yet. Both
     * years are read in one snapshot.
     */
    public List<id.payung.domain.FunderGap> funderGaps(int year, id.payung.domain.Scope scope) {
        return db.read(tx -> id.payung.domain.FunderGap.of(year, FundingShare.of(stats.funderCounts(tx, year - 1, scope)),
                FundingShare.of(stats.funderCounts(tx, year, scope))));
    }

    /**
     * Participants per kecamatan in a year, most first (the unknown kecamatan, under an empty name, last).
     * Same as {@link #byKecamatan(int, id.payung.domain.Scope, String)} for everyone.
     */
    public java.util.LinkedHashMap<String, Long> byKecamatan(int year) {
        java.util.LinkedHashMap<String, Long> byName = new java.util.LinkedHashMap<>();
        byKecamatan(year, id.payung.domain.Scope.ALL, null).forEach(g -> byName.put(g.name(), g.participants()));
        return byName;
    }

    /**
     * Participants per kecamatan in a year with their percent of the total, for one kecamatan and/or
     * segment ({@code scope}) and one funder ({@code funderCode}, null for all). The groups add up to
     * the funding shares of the same filter (see {@link GroupShare#of}). Largest first, the participants
     * whose kecamatan is not known (e.g. cohorts without one) last under a null code. Computed in SQL.
     */
    public List<GroupShare> byKecamatan(int year, id.payung.domain.Scope scope, String funderCode) {
        return GroupShare.of(db.read(tx -> stats.kecamatanCounts(tx, year, scope, funderCode, false)));
    }

    /**
     * Participants per occupation in a year with their percent of the total, filtered like
     * {@link #byKecamatan(int, id.payung.domain.Scope, String)}; those whose occupation is not known last.
     */
    public List<GroupShare> byOccupation(int year, id.payung.domain.Scope scope, String funderCode) {
        return GroupShare.of(db.read(tx -> stats.occupationCounts(tx, year, scope, funderCode)));
    }

    /**
     * Participants per regency (kabupaten/kota) in a year, each with its funders' named persons, declared cohort
     * headcount and participants counted, filtered like {@link #byKecamatan(int, id.payung.domain.Scope, String)}:
     * a province's regencies side by side, <em>every</em> regency of the province listed, those with none under the
     * filter as a row of 0 after the others (trial 20a: a province officer sees who has not reported), as the
     * dashboard's per-regency tab and the per-regency export show them. One kecamatan ({@code scope}) is one
     * regency's: no row of 0 then; one regency (the Kabupaten/kota filter) that regency's row, 0 if it has none.
     * For the regencies with participants only, see {@link #byRegencyWithParticipants}; for the names of those
     * with none, {@link #regenciesWithNone}.
     */
    public List<id.payung.domain.RegencyShare> byRegency(int year, id.payung.domain.Scope scope, String funderCode) {
        java.util.function.Function<String, id.payung.domain.FundingSource> funders = everyFunder();
        return db.read(tx -> id.payung.domain.RegencyShare.withEvery(counted(tx, year, scope, funderCode, funders),
                provinceRegencies(tx, scope)));
    }

    /**
     * The regencies with participants in a year under the filter, as {@link #byRegency} counts them, without the rows
     * of 0: a regency's row is the number its own dashboard shows (see {@link id.payung.domain.RegencyShare#of}); the
     * regency of a record is the office that recorded it (see {@link RegencyStats}). Largest first, participants whose
     * regency is not known last. Computed in SQL. The province's year report's table.
     */
    public List<id.payung.domain.RegencyShare> byRegencyWithParticipants(int year, id.payung.domain.Scope scope,
            String funderCode) {
        java.util.function.Function<String, id.payung.domain.FundingSource> funders = everyFunder();
        return db.read(tx -> counted(tx, year, scope, funderCode, funders));
    }

    /**
     * The province's regencies with no participants in a year under the filter (those {@link #byRegency} lists as 0),
     * by code: the province's year report names them together under its table. Empty for one kecamatan, for a regency's
     * clerk and for a file.
     */
    public List<id.payung.domain.Region> regenciesWithNone(int year, id.payung.domain.Scope scope, String funderCode) {
        java.util.function.Function<String, id.payung.domain.FundingSource> funders = everyFunder();
        return db.read(tx -> id.payung.domain.RegencyShare.withNone(counted(tx, year, scope, funderCode, funders),
                provinceRegencies(tx, scope)));
    }

    /** Every funder a count may name, by its code (read before the counts' transaction). */
    private java.util.function.Function<String, id.payung.domain.FundingSource> everyFunder() {
        java.util.Map<String, id.payung.domain.FundingSource> byCode = new java.util.HashMap<>();
        reference.fundingSources().forEach(f -> byCode.put(f.code(), f));
        return byCode::get;
    }

    private List<id.payung.domain.RegencyShare> counted(id.payung.store.Tx tx, int year, id.payung.domain.Scope scope,
            String funderCode, java.util.function.Function<String, id.payung.domain.FundingSource> funders) {
        return id.payung.domain.RegencyShare.of(regencies.regencyCounts(tx, year, scope, funderCode), funders);
    }

    /** The regencies of the province the filter covers (one, or none for one kecamatan: one regency's). */
    private List<id.payung.domain.Region> provinceRegencies(id.payung.store.Tx tx, id.payung.domain.Scope scope) {
        if (scope.kecamatanCode() != null) {
            return List.of(); // one kecamatan: one regency's
        }
        return regencies.regencies(tx).stream()
                .filter(r -> scope.regencyCode() == null || r.code().equals(scope.regencyCode())).toList();
    }

    /**
     * The regencies the dashboard's Kabupaten/kota filter offers and the per-regency breakdown lists (with 0 where
     * none are recorded), by code: a provincial reader's province's; empty for a regency's clerk and a file
     * (store {@link RegencyStats#regencies}).
     */
    public List<id.payung.domain.Region> regencies() {
        return db.read(regencies::regencies);
    }

    /**
     * Whether this login reads regency {@code code}'s participants, so a scope of it answers about that regency: one of
     * a provincial reader's regencies ({@link #regencies}), or the office's own (a regency's clerk, a file). Another
     * regency's scope would answer 0 for rows the login cannot see (trial 22a: read as "that regency has none").
     */
    public boolean readsRegency(String code) {
        if (code == null) {
            return true;
        }
        if (regencies().stream().anyMatch(r -> r.code().equals(code))) {
            return true;
        }
        return code.equals(reference.settings().regencyCode());
    }

    /**
     * Whether the dashboard shows its per-regency breakdown: for a provincial reader of a server, and for a
     * server's owner reading participants of more than one regency. A regency's clerk (one regency) is not shown
     * it: its one row would repeat the funding shares' total; nor is an SQLite file, which is one office's.
     */
    public boolean showsRegencies() {
        return db.read(regencies::showsRegencies); // a clerk's dashboard reloads often: a login answers at once
    }

    /**
     * The funding sources (active first, then by name) to filter the breakdowns by: the list of
     * {@link ReferenceService#listedFunders()} (the Sumber dana screen's: on a server a clerk's are those that concern
     * their regency, and any their records name; a provincial reader and a file get every funder), offered here
     * because the dashboard's view model is given only this service.
     */
    public List<id.payung.domain.FundingSource> funders() {
        return reference.listedFunders();
    }

    /**
     * The funders' colours (domain {@link id.payung.domain.FunderPalette}), made from every funder the login may see
     * ({@link #funders()}): the dashboard's charts, tables and pictures and the year report colour a funder alike, in
     * every year and under every filter.
     */
    public id.payung.domain.FunderPalette palette() {
        return id.payung.domain.FunderPalette.ofSources(funders());
    }

    /**
     * The dashboard's trend: {@link #trend(id.payung.domain.Scope, int)} of the participants {@code scope} covers (one
     * kecamatan and/or segment, as the dashboard's filters) up to this year, or up to {@code chosenYear} when that is a
     * year to come (the trend with next year chosen, its lists already imported, ended at this year while the pie
     * beside it showed next year's participants: trial 19b). {@code chosenYear} null: up to this year.
     */
    public java.util.LinkedHashMap<Integer, List<FundingShare>> trendShowing(id.payung.domain.Scope scope,
            Integer chosenYear) {
        int now = Year.now(clock).getValue();
        return trend(scope, chosenYear == null ? now : Math.max(now, chosenYear));
    }

    /**
     * Funding shares of the participants {@code scope} covers in each of {@link #years()} up to {@code untilYear},
     * oldest first: the growth over the years, as the year report's growth table (up to its year), {@code report trend}
     * (up to its {@code --year}) and the dashboard's trend ({@link #trendShowing}) list it. A year between two with data
     * that has none is there with an empty list (the charts and tables show it as 0: trial 19, 2025 and 2027 with data,
     * 2026 without, and no reader could tell 2026 had none); a filtered trend starts at the first year its participants
     * are in and ends at the last ({@link #trimmed}): a year none of them is in before their first or after their last
     * is no year of its growth.
     */
    public java.util.LinkedHashMap<Integer, List<FundingShare>> trend(id.payung.domain.Scope scope, int untilYear) {
        int now = Year.now(clock).getValue();
        // One read: the years and their shares from one snapshot (on a server a clerk's save between two years'
        // reads cannot make the chart disagree with itself), and one transaction instead of one per year.
        return db.read(tx -> {
            java.util.LinkedHashMap<Integer, List<FundingShare>> byYear = new java.util.LinkedHashMap<>();
            for (int y : span(stats.years(tx, now + 1))) {
                if (y <= untilYear) {
                    byYear.put(y, FundingShare.of(stats.funderCounts(tx, y, scope)));
                }
            }
            return scope.equals(id.payung.domain.Scope.ALL) ? byYear : trimmed(byYear);
        });
    }

    /**
     * {@code byYear} without the years before its first and after its last with any shares; the empty years between
     * them are kept (a year with none among years with some is a 0 in the growth, not a year to leave out).
     */
    public static <T> java.util.LinkedHashMap<Integer, List<T>> trimmed(java.util.Map<Integer, List<T>> byYear) {
        List<Integer> withData = byYear.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(java.util.Map.Entry::getKey).toList();
        java.util.LinkedHashMap<Integer, List<T>> kept = new java.util.LinkedHashMap<>();
        if (!withData.isEmpty()) {
            int first = withData.get(0);
            int last = withData.get(withData.size() - 1);
            byYear.forEach((y, v) -> {
                if (y >= first && y <= last) {
                    kept.put(y, v);
                }
            });
        }
        return kept;
    }

    /**
     * Every year from the first of {@code withData} (ascending) to its last: a year between two with participants is
     * listed though it has none.
     */
    static List<Integer> span(List<Integer> withData) {
        if (withData.isEmpty()) {
            return List.of();
        }
        return java.util.stream.IntStream.rangeClosed(withData.get(0), withData.get(withData.size() - 1)).boxed().toList();
    }

    /**
     * Whose numbers the dashboard shows, for the footer of a chart's picture (a slide for the regent must say whose
     * numbers and as of when): the office's name from the settings and the name of its regency ("Kabupaten
     * Manggarai"); for a provincial reader of a server the province's office (its own settings) and "Provinsi …", as
     * its year report's letterhead says. Either is null when not known (an office not named yet, a region code the
     * list does not have); {@code asOf} is today.
     */
    public Source source() {
        java.util.Optional<String> province = db.read(regencies::provinceOfLogin);
        ReportQueries queries = new ReportQueries();
        if (province.isPresent()) {
            String code = province.get();
            return db.read(tx -> new Source(blankToNull(new id.payung.store.MetaRepository().province(tx, code)
                    .get("office_name")), queries.regionName(tx, code).map(n -> "Provinsi " + n).orElse(null), today()));
        }
        Settings office = reference.settings();
        String regency = office.regencyCode() == null ? null
                : db.read(tx -> queries.regionName(tx, office.regencyCode())).orElse(null);
        return new Source(blankToNull(office.officeName()), regency, today());
    }

    /** Today, by the clock the services run on: the "as of" of what is shown now. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    /**
     * Whose numbers a chart shows and as of when: {@code office} the office's name and {@code region} its region's
     * ("Kabupaten Manggarai"), each null when not known; {@code asOf} the day they were read.
     */
    public record Source(String office, String region, java.time.LocalDate asOf) {
        /** The same source as of another day (a picture drawn after midnight says the day it was drawn). */
        public Source on(java.time.LocalDate day) {
            return new Source(office, region, day);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The kecamatan to choose from, by code. */
    public List<id.payung.domain.Region> kecamatan() {
        return db.read(tx -> new id.payung.store.RegionRepository().local(tx, id.payung.domain.RegionLevel.KECAMATAN));
    }

    /**
     * The years from the first with any participants to the last (next year at the latest), ascending, a year between
     * them listed though it has none (its "belum ada peserta" shown when chosen: trial 19, 2026 was missing between
     * 2025 and 2027); empty for an empty database.
     */
    public List<Integer> years() {
        int now = Year.now(clock).getValue();
        return span(db.read(tx -> stats.years(tx, now + 1)));
    }

    /** The year to show first: the latest year with data that is not in the future, else the current year. */
    public int defaultYear() {
        int now = Year.now(clock).getValue();
        // The years with data, not those between them: a year with none is no year to open on by itself.
        return db.read(tx -> stats.years(tx, now + 1)).stream().filter(y -> y <= now).reduce((a, b) -> b).orElse(now);
    }
}
