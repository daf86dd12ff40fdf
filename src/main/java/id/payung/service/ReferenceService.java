package id.payung.service;

import id.payung.domain.Event;
import id.payung.domain.FormProblem;
import id.payung.domain.FormProblem.Field;
import id.payung.domain.FundingSource;
import id.payung.domain.Occupation;
import id.payung.domain.RateRule;
import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.domain.TextLimit;
import id.payung.store.Database;
import id.payung.store.EventRepository;
import id.payung.store.FundingSourceRepository;
import id.payung.store.MetaRepository;
import id.payung.store.OccupationRepository;
import id.payung.store.RateRuleRepository;
import id.payung.store.RegionRepository;
import id.payung.store.Tx;
import java.util.List;
import java.util.Optional;

/** Funding sources, rate rules and events: the lists the other screens refer to. */
public final class ReferenceService {
    private final Database db;
    private final FundingSourceRepository funders = new FundingSourceRepository();
    private final RateRuleRepository rateRules = new RateRuleRepository();
    private final EventRepository events = new EventRepository();
    private final OccupationRepository occupations = new OccupationRepository();
    private final RegionRepository regions = new RegionRepository();
    private final MetaRepository meta = new MetaRepository();

    public ReferenceService(Database db) {
        this.db = db;
    }

    /** All funding sources, active first, by name. */
    public List<FundingSource> fundingSources() {
        return db.read(funders::all);
    }

    /**
     * The funding sources the Sumber dana screen lists, in {@link #fundingSources()}' order. On a server a clerk gets
     * those that concern their regency ({@link id.payung.domain.FunderRules#concerns}, as Kuota dan pagu): the ones
     * that may pay there, and any their regency's enrollments, cohorts or plans name (never hidden); not the other
     * regencies' budgets and their villages'. A provincial reader and the owner read every regency's: every funder.
     * A file is one office's: every funder it holds, as ever.
     */
    public List<FundingSource> listedFunders() {
        return db.read(tx -> {
            List<FundingSource> all = funders.all(tx);
            String regency = funders.ownRegency(tx); // null on a file and for a login of no regency
            if (regency == null) {
                return all;
            }
            java.util.Set<String> named = funders.namedByRecords(tx);
            return all.stream().filter(f -> id.payung.domain.FunderRules.concerns(f, regency, named)).toList();
        });
    }

    /**
     * The funding sources a form offers for a new or corrected enrollment: the active ones that pay in the office's
     * regency (another regency's or province's budget is left out, {@link id.payung.domain.FunderRules#paysIn}).
     */
    public List<FundingSource> offeredFunders() {
        String regency = settings().regencyCode();
        return fundingSources().stream().filter(FundingSource::active)
                .filter(f -> id.payung.domain.FunderRules.paysIn(f, regency)).toList();
    }

    /**
     * The office's regency as {@link #settings()} gives it: meta {@code office_regency}; where there is none, on a
     * server, the clerk's login regency (null on a file and for a login of no regency).
     */
    static String officeRegency(Tx tx) {
        return new MetaRepository().get(tx, "office_regency")
                .orElseGet(() -> new FundingSourceRepository().ownRegency(tx));
    }

    /**
     * The one check that a funder named for an enrollment or a cohort is not another region's budget
     * ({@link id.payung.domain.FunderRules#paysIn}; imports run the same rule on their rows): the problem
     * FUNDER_OTHER_REGION (funder's name, code, region, office regency) on the FUNDER field, else empty. Nothing
     * is refused when {@code regency} is unknown or no funder is named (REQUIRED says so elsewhere).
     */
    static Optional<FormProblem> otherRegionsBudget(Tx tx, String funderCode, String regency) {
        if (regency == null || funderCode == null || funderCode.isBlank()) {
            return Optional.empty();
        }
        return new FundingSourceRepository().all(tx).stream()
                .filter(f -> f.code().equals(funderCode) && !id.payung.domain.FunderRules.paysIn(f, regency))
                .findFirst().map(f -> FormProblem.error(Field.FUNDER, "FUNDER_OTHER_REGION", f.name(), f.code(),
                        f.regionCode(), regency));
    }

    /**
     * {@link #offeredFunders()}, plus the funder {@code keep} when it is not offered: the funder of an enrollment
     * being corrected (another region's budget in a file moved from another regency, or an inactive one), so the
     * form shows who paid instead of a blank, and the correction keeps it.
     *
     * @param keep the corrected record's funder code; null for a new record
     */
    public List<FundingSource> offeredFunders(String keep) {
        List<FundingSource> offered = new java.util.ArrayList<>(offeredFunders());
        if (keep != null && offered.stream().noneMatch(f -> f.code().equals(keep))) {
            fundingSources().stream().filter(f -> f.code().equals(keep)).findFirst().ifPresent(offered::add);
        }
        return offered;
    }

    /** All contribution rate rules. */
    public List<RateRule> rateRules() {
        return db.read(rateRules::all);
    }

    /** True when the region table knows {@code code} (e.g. "53.10") as a regency (kabupaten or kota). */
    public boolean isKnownRegency(String code) {
        return code != null && db.read(tx -> new id.payung.store.RegionRepository().levelOf(tx, code.strip()))
                .filter(l -> l == id.payung.domain.RegionLevel.REGENCY).isPresent();
    }

    /**
     * The office's settings; missing ones are null. On a server, a regency set up before meta carried
     * {@code office_regency} (every add-user before the seedregency merge) takes the regency from the login, so
     * the rule that a regional budget pays only in its own region ({@link id.payung.domain.FunderRules#paysIn})
     * is not switched off for its clerks. A provincial reader of a server gets their province's own office
     * ({@link #provinceSettings}), never one of the regencies' offices they read.
     */
    public Settings settings() {
        return db.read(tx -> {
            java.util.Optional<String> province = new id.payung.store.RegencyStats().provinceOfLogin(tx);
            return province.isPresent() ? provinceSettings(tx, province.get()) : officeSettings(tx);
        });
    }

    /**
     * The province a provincial reader of a server reads ("53"); empty for a regency's clerk, the server's owner and a
     * file (store {@code RegencyStats.provinceOfLogin}): Pengaturan names the province's code, not a regency's.
     */
    public java.util.Optional<String> provinceOfLogin() {
        return db.read(tx -> new id.payung.store.RegencyStats().provinceOfLogin(tx));
    }

    /**
     * The settings of a province's own office as the server keeps them ({@code payung server province-settings},
     * {@link MetaRepository#province}): name, town, address and head of office; missing ones null; no regency code
     * (a province has none), no language and no default year (the application's own defaults).
     */
    public Settings provinceSettings(String provinceCode) {
        return db.read(tx -> provinceSettings(tx, provinceCode));
    }

    private static Settings provinceSettings(Tx tx, String provinceCode) {
        java.util.Map<String, String> v = new MetaRepository().province(tx, provinceCode);
        return new Settings(v.get("office_name"), null, v.get("office_place"), v.get("office_address"), null, null,
                v.get("head_name"), v.get("head_title"), v.get("head_nip"));
    }

    /** A regency's office's settings (a file's, a clerk's): meta, see {@link #settings()}. */
    private Settings officeSettings(Tx tx) {
        return new Settings(meta.get(tx, "office_name").orElse(null),
                officeRegency(tx), meta.get(tx, "office_place").orElse(null),
                meta.get(tx, "office_address").filter(a -> !a.isBlank()).orElse(null),
                meta.get(tx, "ui_language").filter(l -> !l.isBlank()).orElse(null),
                meta.get(tx, "default_year").filter(y -> y.matches("\\d{4}")).map(Integer::valueOf).orElse(null),
                meta.get(tx, "head_name").filter(a -> !a.isBlank()).orElse(null),
                meta.get(tx, "head_title").filter(a -> !a.isBlank()).orElse(null),
                meta.get(tx, "head_nip").filter(a -> !a.isBlank()).orElse(null));
    }

    /**
     * Stores the office's settings, audited. Address, language and default year are stored as given (null
     * clears them).
     *
     * @throws InvalidInputException for an empty name, a bad regency code, a language other than "id"/"en",
     *                               or a default year outside 2000–2100
     */
    public void saveSettings(Settings s) {
        java.util.List<id.payung.domain.FormProblem> problems = new java.util.ArrayList<>();
        if (s.officeName() == null || s.officeName().isBlank()) {
            problems.add(id.payung.domain.FormProblem.error(id.payung.domain.FormProblem.Field.NAME, "REQUIRED"));
        }
        if (s.regencyCode() == null || !s.regencyCode().strip().matches("\\d{2}\\.\\d{2}")) {
            problems.add(id.payung.domain.FormProblem.error(id.payung.domain.FormProblem.Field.REGION, "REGENCY_CODE"));
        }
        if (s.language() != null && !s.language().equals("id") && !s.language().equals("en")) {
            throw new IllegalArgumentException("language must be id or en: " + s.language());
        }
        TextLimit.check(s.officeName(), Field.NAME, problems);
        TextLimit.check(s.place(), Field.PLACE, problems);
        TextLimit.check(s.address(), Field.ADDRESS, problems);
        TextLimit.check(s.headName(), Field.HEAD_NAME, problems);
        TextLimit.check(s.headTitle(), Field.HEAD_TITLE, problems);
        id.payung.domain.Nip.check(s.headNip(), Field.HEAD_NIP).ifPresent(problems::add);
        if (s.defaultYear() != null && (s.defaultYear() < MIN_YEAR || s.defaultYear() > MAX_YEAR)) {
            problems.add(id.payung.domain.FormProblem.error(id.payung.domain.FormProblem.Field.YEAR, "DEFAULT_YEAR",
                    MIN_YEAR, MAX_YEAR));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems, 0);
        }
        Settings before = settings();
        db.write(tx -> {
            meta.put(tx, "office_name", s.officeName().strip());
            meta.put(tx, "office_regency", s.regencyCode().strip());
            meta.put(tx, "office_place", s.place() == null ? "" : s.place().strip());
            meta.put(tx, "office_address", s.address() == null ? "" : s.address().strip());
            meta.put(tx, "ui_language", s.language() == null ? "" : s.language());
            meta.put(tx, "default_year", s.defaultYear() == null ? "" : String.valueOf(s.defaultYear()));
            meta.put(tx, "head_name", s.headName() == null ? "" : s.headName().strip());
            meta.put(tx, "head_title", s.headTitle() == null ? "" : s.headTitle().strip());
            // The 18 digits only, however typed: the report prints them in their groups.
            String nip = id.payung.domain.Nip.normalized(s.headNip());
            meta.put(tx, "head_nip", nip == null ? "" : nip);
            new id.payung.store.AuditLog().record(tx, Actor.current(), "UPDATE", "settings", "office",
                    Json.object(fields(before)), Json.object(fields(s)));
            return null;
        });
    }

    /** The earliest and latest default year accepted. */
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    private static java.util.Map<String, Object> fields(Settings s) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("office_name", s.officeName());
        m.put("office_regency", s.regencyCode());
        m.put("office_place", s.place());
        m.put("office_address", s.address());
        m.put("ui_language", s.language());
        m.put("default_year", s.defaultYear());
        m.put("head_name", s.headName());
        m.put("head_title", s.headTitle());
        m.put("head_nip", id.payung.domain.Nip.normalized(s.headNip()));
        return m;
    }

    /**
     * The office's logo for reports (e.g. the PDF year report's header), as stored by
     * {@link #saveOfficeLogo(byte[])}: the image file's bytes, PNG or JPEG, at most
     * {@link OfficeLogo#MAX_BYTES}, already checked to decode.
     *
     * @return the logo, or empty when the office has none
     */
    public java.util.Optional<OfficeLogo> officeLogo() {
        return db.read(tx -> meta.get(tx, "office_logo")).filter(v -> !v.isBlank()).flatMap(v -> {
            try {
                return java.util.Optional.of(OfficeLogos.read(java.util.Base64.getDecoder().decode(v)));
            } catch (InvalidInputException storedByAnOlderVersion) {
                // A logo an older Payung accepted unchecked (e.g. 25.000 × 25.000 pixels): print without it.
                return java.util.Optional.empty();
            }
        });
    }

    /**
     * Checks and stores the office's logo (replacing an earlier one), audited.
     *
     * @param bytes the image file's bytes
     * @return the stored logo, with its type and size in pixels
     * @throws InvalidInputException when the file is larger than {@link OfficeLogo#MAX_BYTES}, is not a PNG or
     *                               JPEG, or does not decode as one (problem codes LOGO_TOO_LARGE,
     *                               LOGO_NOT_IMAGE, LOGO_DAMAGED)
     */
    public OfficeLogo saveOfficeLogo(byte[] bytes) {
        OfficeLogo logo = OfficeLogos.forStoring(bytes);
        db.write(tx -> {
            meta.put(tx, "office_logo", java.util.Base64.getEncoder().encodeToString(logo.bytes()));
            new id.payung.store.AuditLog().record(tx, Actor.current(), "UPDATE", "settings", "office_logo", null,
                    Json.object(java.util.Map.of("type", logo.type().name(), "bytes", logo.bytes().length,
                            "width", logo.width(), "height", logo.height())));
            return null;
        });
        return logo;
    }

    /** Removes the office's logo (reports then carry none), audited. */
    public void removeOfficeLogo() {
        db.write(tx -> {
            meta.put(tx, "office_logo", "");
            new id.payung.store.AuditLog().record(tx, Actor.current(), "DELETE", "settings", "office_logo", null, null);
            return null;
        });
    }

    /** Occupations by name. */
    public List<Occupation> occupations() {
        return db.read(occupations::all);
    }

    /** Every region's name by its code (province, regency, kecamatan, desa, kelurahan), to show names, not codes. */
    public java.util.Map<String, String> regionNames() {
        return db.read(tx -> {
            java.util.Map<String, String> names = new java.util.HashMap<>();
            for (RegionLevel level : RegionLevel.values()) {
                regions.byLevel(tx, level).forEach(r -> names.put(r.code(), r.name()));
            }
            return names;
        });
    }

    /** The kecamatan, desa and kelurahan of the office's regency. */
    public List<Region> localRegions() {
        return db.read(tx -> regions.local(tx, RegionLevel.KECAMATAN, RegionLevel.DESA, RegionLevel.KELURAHAN));
    }

    /**
     * The regencies of {@link #localRegions()}' kecamatan by code ("53.10" → "Kabupaten Manggarai"), for a login that
     * reads several regencies' rows (a provincial reader: {@link id.payung.store.RegencyStats#showsRegencies}): a
     * kecamatan is then named with its regency, since one name may be a kecamatan of two. Empty for a regency's clerk
     * and a file, whose kecamatan are all their own regency's.
     */
    public java.util.Map<String, String> localRegencies() {
        return db.read(tx -> {
            java.util.Map<String, String> names = new java.util.HashMap<>();
            if (new id.payung.store.RegencyStats().showsRegencies(tx)) {
                regions.byLevel(tx, RegionLevel.REGENCY).forEach(r -> names.put(r.code(), r.name()));
            }
            return names;
        });
    }

    /** Award and other events, newest first. */
    public List<Event> events() {
        return db.read(events::all);
    }

    /**
     * The events as {@link #events()} (one read), each with the name of the regency whose office recorded it
     * ("Kabupaten Manggarai Barat", as the province's year report says "Dicatat oleh"), for a reader of several
     * regencies' events ({@code RegencyStats#showsRegencies}: a provincial reader, trial 20a); a regency's clerk
     * and a file get no names (one office's list). An event whose regency is not known has a null name.
     */
    public RecordedEvents recordedEvents() {
        return db.read(tx -> {
            if (!new id.payung.store.RegencyStats().showsRegencies(tx)) {
                return new RecordedEvents(events.all(tx), null);
            }
            java.util.Map<String, String> names = new java.util.HashMap<>();
            regions.byLevel(tx, RegionLevel.REGENCY).forEach(r -> names.put(r.code(), r.name()));
            List<Event> list = new java.util.ArrayList<>();
            java.util.Map<Long, String> where = new java.util.HashMap<>();
            for (EventRepository.RegencyEvent r : events.allWithRegency(tx)) {
                list.add(r.event());
                if (r.regencyCode() != null) {
                    where.put(r.event().id(), names.getOrDefault(r.regencyCode(), r.regencyCode()));
                }
            }
            return new RecordedEvents(List.copyOf(list), java.util.Map.copyOf(where));
        });
    }

    /**
     * Events newest first and, for a reader of several regencies ({@link #recordedEvents()}), each one's recording
     * regency by event id (an id missing: not known); {@code regencies} null when the reader reads one office's list.
     */
    public record RecordedEvents(List<Event> events, java.util.Map<Long, String> regencies) {
        /** Whether the list names each event's regency. */
        public boolean namesRegencies() {
            return regencies != null;
        }
    }
}
