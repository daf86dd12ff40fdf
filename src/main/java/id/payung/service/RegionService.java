package id.payung.service;

import id.payung.domain.FormProblem;
import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.store.Database;
import id.payung.store.MetaRepository;
import id.payung.store.RegionRepository;
import id.payung.store.Tx;
import java.util.List;
import java.util.Map;

/**
 * Puts the shipped Kemendagri list ({@link RegionList}) into a database: every province and regency of
 * Indonesia, and the kecamatan and desa/kelurahan of the office's regency (of other regencies only once the
 * office chooses them). Idempotent: rows are keyed by their code and never replaced or removed, so a
 * database keeps the desa its people live in after the office changes regency.
 */
public final class RegionService {
    /** The meta key saying which list was loaded for which regency ("… Tahun 2025 / 53.10"). */
    static final String LOADED_KEY = "region_list";

    private final Database db;
    private final ChangeLog log;
    private final RegionRepository regions = new RegionRepository();
    private final MetaRepository meta = new MetaRepository();

    public RegionService(Database db, String actor) {
        this.db = db;
        this.log = new ChangeLog(actor);
    }

    /** What loading a regency added. */
    public record Loaded(String regencyCode, String regencyName, int kecamatanAdded, int villagesAdded) {
    }

    /**
     * Loads a regency's kecamatan and desa/kelurahan (and every province and regency) from the shipped list,
     * audited. Loading a regency again adds nothing. The office's regency is not changed: see
     * {@link #useRegency(String)}.
     *
     * @param regencyCode a regency code of the list, such as {@code 53.10}
     * @throws InvalidInputException (problem REGENCY_NOT_IN_LIST) when the list has no such regency; nothing is loaded
     */
    public Loaded loadRegency(String regencyCode) {
        String code = checked(regencyCode);
        return db.write(tx -> load(tx, code, log));
    }

    /**
     * Makes a regency the office's (the setting {@code office_regency}: local NIKs, the kecamatan and desa the
     * screens offer) and loads its kecamatan and desa/kelurahan, in one transaction. For {@code payung init
     * --regency CODE}; the settings screen does the same when the regency is changed there.
     *
     * @throws InvalidInputException (problem REGENCY_NOT_IN_LIST) when the list has no such regency; nothing changes
     */
    public Loaded useRegency(String regencyCode) {
        String code = checked(regencyCode);
        return db.write(tx -> {
            String before = meta.get(tx, "office_regency").orElse(null);
            Loaded loaded = load(tx, code, log);
            if (!code.equals(before)) {
                meta.put(tx, "office_regency", code);
                log.record(tx, "UPDATE", "settings", "office_regency", mapOf("office_regency", before),
                        Map.of("office_regency", code));
            }
            meta.put(tx, LOADED_KEY, marker(code));
            // The new regency's own budgets (APBD Kabupaten/Kota, APBDes), as a new file for it gets them.
            SeedLoader.addFunders(tx, code, log.actor());
            return loaded;
        });
    }

    /**
     * Brings a database opened by this version up to the shipped list: when it has not loaded this list for
     * its office's regency yet (a database made before the list was shipped, or one whose regency was set
     * by hand), loads it. Costs one read when nothing is to do. Does nothing in a read-only database.
     *
     * @throws id.payung.domain.DatabaseOpenException (problem CORRUPT) when a large file left unchecked at opening
     *                                               turns out damaged before the list is written into it
     */
    public void ensureLoaded() {
        if (db.isReadOnly()) {
            return;
        }
        String regency = db.read(tx -> meta.get(tx, "office_regency").orElse(null));
        if (regency == null || marker(regency).equals(db.read(tx -> meta.get(tx, LOADED_KEY).orElse("")))) {
            return;
        }
        if (db.checkPending()) {
            db.verify(); // a large file is checked before its first write, as PayungServices.open does
        }
        db.write(tx -> {
            load(tx, regency, log);
            meta.put(tx, LOADED_KEY, marker(regency));
            return null;
        });
    }

    /**
     * Loads into a transaction (the seed's, or this service's): provinces and regencies, then the regency's
     * kecamatan and desa/kelurahan. A regency the list does not have adds its provinces and regencies only.
     */
    static Loaded load(Tx tx, String regencyCode, ChangeLog log) {
        RegionRepository regions = new RegionRepository();
        int top = 0;
        for (Region r : RegionList.provincesAndRegencies()) {
            top += regions.insertIfAbsent(tx, r) ? 1 : 0;
        }
        int kecamatan = 0;
        int villages = 0;
        for (Region r : RegionList.within(regencyCode)) {
            if (regions.insertIfAbsent(tx, r)) {
                if (r.level() == RegionLevel.KECAMATAN) {
                    kecamatan++;
                } else {
                    villages++;
                }
            }
        }
        String name = RegionList.regency(regencyCode).map(Region::name).orElse(regencyCode);
        if (top + kecamatan + villages > 0) {
            log.record(tx, "SEED", "region", regencyCode, null, Map.of("list", RegionList.EDITION,
                    "provinces_and_regencies", top, "kecamatan", kecamatan, "villages", villages));
        }
        return new Loaded(regencyCode, name, kecamatan, villages);
    }

    static String marker(String regencyCode) {
        return RegionList.EDITION + " / " + regencyCode;
    }

    /**
     * The regency code, trimmed, when the shipped list has it.
     *
     * @throws InvalidInputException (problem REGENCY_NOT_IN_LIST) otherwise
     */
    public static String checked(String regencyCode) {
        String code = regencyCode == null ? "" : regencyCode.strip();
        if (RegionList.regency(code).isEmpty()) {
            throw new InvalidInputException(List.of(FormProblem.error(FormProblem.Field.REGION, "REGENCY_NOT_IN_LIST",
                    code.isEmpty() ? "—" : code)), 0);
        }
        return code;
    }

    private static Map<String, Object> mapOf(String key, Object value) {
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        m.put(key, value);
        return m;
    }
}
