package id.payung.service;

import id.payung.domain.EnrollmentSummary;
import id.payung.domain.Formats;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * An audited change in the words of the screen: what happened ("Data pribadi diubah"), and field by field
 * what changed ("No. HP: (kosong) → 0813…; Desa/Kelurahan: Golo Dukal → Satar Ngkeling"), with codes turned
 * into names and every NIK masked.
 */
public final class AuditWords {
    /** Audit fields that say nothing to the reader (the person's own row id). */
    private static final java.util.Set<String> HIDDEN = java.util.Set.of("person_id", "enrollment", "correction",
            "corrected_with");
    /** A deletion's reason: said once, in words, with the deletion ({@link #deletionWords}), not field by field. */
    private static final java.util.Set<String> REASON = java.util.Set.of("delete_reason", "delete_note");
    /** The words of an action on any kind of record, where its own kind has none. */
    private static final String ANY_RECORD = "any";

    private final ResourceBundle res;
    private final Function<String, String> regionName;
    private final Function<String, String> occupationName;
    private final Function<String, String> funderName;
    private final Map<String, EnrollmentSummary> enrollments = new LinkedHashMap<>();

    /**
     * @param regionName     a region's name by code (the code itself when unknown)
     * @param occupationName an occupation's name by code
     * @param funderName     a funder's name by code
     */
    public AuditWords(ResourceBundle res, List<EnrollmentSummary> enrollments, Function<String, String> regionName,
                Function<String, String> occupationName, Function<String, String> funderName) {
        this.res = res;
        this.regionName = regionName;
        this.occupationName = occupationName;
        this.funderName = funderName;
        enrollments.forEach(e -> this.enrollments.put(String.valueOf(e.id()), e));
    }

    /** {@link #AuditWords(ResourceBundle, List, Function, Function, Function)} with the names of {@code names}. */
    public AuditWords(ResourceBundle res, List<EnrollmentSummary> enrollments, Names names) {
        this(res, enrollments, names::region, names::occupation, names::funder);
    }

    /** The words that name the regions, occupations and funders (by code) in audit rows; an unknown code shows as it is. */
    public record Names(java.util.Map<String, String> regions, java.util.Map<String, String> occupations,
                        java.util.Map<String, String> funders) {
        /** Every region's, occupation's and funder's name as the reference data holds them (reads the database). */
        public static Names of(ReferenceService reference) {
            return of(reference.regionNames(), reference.occupations(), reference.fundingSources());
        }

        /**
         * @param regions every region's name by code ({@code ReferenceService.regionNames()}): an enrollment made
         *                under a former regency still reads as a name
         */
        public static Names of(java.util.Map<String, String> regions, java.util.List<id.payung.domain.Occupation> occupations,
                               java.util.List<id.payung.domain.FundingSource> funders) {
            return new Names(regions,
                    occupations.stream().collect(java.util.stream.Collectors.toMap(id.payung.domain.Occupation::code,
                            id.payung.domain.Occupation::name, (x, y) -> x)),
                    funders.stream().collect(java.util.stream.Collectors.toMap(id.payung.domain.FundingSource::code,
                            id.payung.domain.FundingSource::name, (x, y) -> x)));
        }

        public String region(String code) {
            return regions.getOrDefault(code, code);
        }

        public String occupation(String code) {
            return occupations.getOrDefault(code, code);
        }

        public String funder(String code) {
            return funders.getOrDefault(code, code);
        }
    }

    /** What happened, e.g. "Kepesertaan diakhiri: APBD Kabupaten Manggarai, 01/2026–12/2026". */
    public String what(PersonHistory.Change c) {
        // An action worded for its kind of record, else as any record's (the seed files name themselves).
        String action = actionWords(res, c.entity(), c.action());
        if ("settings".equals(c.entity()) && "office_logo".equals(c.entityId())) {
            // The logo is a setting of its own: "Logo kantor disimpan", not "Pengaturan diubah" over its size (trial 18).
            action = word("history.action.settings.office_logo." + c.action(), action);
        }
        if ("enrollment".equals(c.entity())) {
            // The enrollment as the entry wrote it (funder and period then), not as it is now: a later
            // correction or end must not rewrite what an old entry says (trial 12).
            Map<String, Object> after = parse(c.after());
            Map<String, Object> before = parse(c.before());
            Object funder = after.containsKey("funder") ? after.get("funder") : before.get("funder");
            Object first = after.containsKey("first_month") ? after.get("first_month") : before.get("first_month");
            if (funder != null && first != null) {
                Object last = after.containsKey("last_month") ? after.get("last_month") : before.get("last_month");
                return action + ": " + value("funder", funder) + ", " + value("first_month", first) + "–"
                        + (last == null || "".equals(last) ? "…" : value("last_month", last));
            }
            // An entry that names neither (a deletion, an end): the enrollment as it is now.
            EnrollmentSummary e = enrollments.get(c.entityId());
            if (e != null) {
                return action + ": " + e.funderName() + ", " + Formats.month(e.firstMonth()) + "–"
                        + (e.lastMonth() == null ? "…" : Formats.month(e.lastMonth()));
            }
        }
        return action;
    }

    /**
     * {@link #what}, with the mark of the restore that undid the change when one did ({@code undoneAt}, the time of that
     * restore, {@link AuditService#undoneByRestore}; null: none): "Daftar diimpor (dibatalkan oleh pemulihan 07/12/2026
     * 14:20)". Jejak audit, its full record and every export of the trail say it alike (trial 21d: the exports dropped
     * it).
     */
    public String what(PersonHistory.Change c, java.time.Instant undoneAt, java.time.ZoneId zone) {
        String what = what(c);
        return undoneAt == null ? what : what + " (" + undoneMark(res, undoneAt, zone) + ")";
    }

    /** "dibatalkan oleh pemulihan 07/12/2026 14:20": a change undone by the restore made at {@code at}. */
    public static String undoneMark(ResourceBundle res, java.time.Instant at, java.time.ZoneId zone) {
        return java.text.MessageFormat.format(res.getString("audit.undoneByRestore"), STAMP.format(at.atZone(zone)));
    }

    private static final java.time.format.DateTimeFormatter STAMP = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /**
     * The change field by field: for a change, each field whose value differs as "label: before → after";
     * for a new record, its filled fields as "label: value".
     */
    public String details(PersonHistory.Change c) {
        Map<String, Object> before = parse(c.before());
        Map<String, Object> after = parse(c.after());
        List<String> parts = new ArrayList<>();
        if (before.isEmpty()) {
            after.forEach((k, v) -> {
                if (FIX.matcher(k).matches()) {
                    String fix = fixWords(after, k);
                    if (fix != null) {
                        parts.add(fix);
                    }
                } else if (!HIDDEN.contains(k) && v != null && !"".equals(v)) {
                    parts.add(seedFile(k, v) != null ? seedFile(k, v) : label(k) + ": " + value(k, v));
                }
            });
        } else {
            String deletion = deletionWords(before, after);
            if (deletion != null) {
                parts.add(deletion);
            }
            java.util.Set<String> keys = new java.util.LinkedHashSet<>(before.keySet());
            keys.addAll(after.keySet());
            for (String k : keys) {
                if (deletion != null && ("deleted".equals(k) || REASON.contains(k))) {
                    continue;
                }
                if (!HIDDEN.contains(k) && !Objects.equals(before.get(k), after.get(k))) {
                    parts.add(label(k) + ": " + value(k, before.get(k)) + " → " + value(k, after.get(k)));
                }
            }
        }
        if ("person".equals(c.entity()) && "UPDATE".equals(c.action()) && !before.isEmpty()) {
            // A person's details are one for all their enrollments, whatever the clerk answered about a place (an
            // entry written before trial 16 still carries that answer, which was the enrollment's, not theirs).
            parts.add(res.getString("history.personScope"));
        } else if (after.get("correction") instanceof String scope) {
            // Not a field: the clerk's answer to "does this correction apply to all their enrollments?"
            parts.add(word("history.correction." + scope, scope));
        }
        return parts.isEmpty() && !before.isEmpty() ? res.getString("history.noChange") : String.join("; ", parts);
    }

    /**
     * A deletion with its reason as one phrase ("Dihapus — alasan: Salah input / data ganda"), an undone one as
     * "Penghapusan dibatalkan"; null for anything else, and for a deletion written before reasons were kept (it reads
     * as the field it changed, "Dihapus: tidak → ya").
     */
    private String deletionWords(Map<String, Object> before, Map<String, Object> after) {
        if (Boolean.TRUE.equals(before.get("deleted")) && Boolean.FALSE.equals(after.get("deleted"))) {
            return res.getString("history.deleted.undone");
        }
        if (Boolean.FALSE.equals(before.get("deleted")) && Boolean.TRUE.equals(after.get("deleted"))
                && after.get("delete_reason") != null) {
            return java.text.MessageFormat.format(res.getString("history.deleted.reason"),
                    reasonWords(after.get("delete_reason"), after.get("delete_note")));
        }
        return null;
    }

    /** A deletion's reason in words: the common reason (with the clerk's words, if any), or "other"'s words alone. */
    private String reasonWords(Object reason, Object note) {
        String code = String.valueOf(reason);
        String text = note == null || "".equals(note) ? null : masked(String.valueOf(note));
        if ("OTHER".equals(code) && text != null) {
            return text;
        }
        String words = word("deleteReason." + code, code);
        return text == null ? words : words + ": " + text;
    }

    /** The whole record before and after, one field a line, for the reader who wants all of it. */
    public String fullRecord(PersonHistory.Change c) {
        StringBuilder b = new StringBuilder();
        for (String[] side : new String[][] {{"history.before", c.before()}, {"history.after", c.after()}}) {
            Map<String, Object> fields = parse(side[1]);
            if (fields.isEmpty()) {
                continue;
            }
            b.append(b.length() > 0 ? "\n" : "").append(res.getString(side[0])).append(":\n");
            fields.forEach((k, v) -> {
                if (FIX.matcher(k).matches()) {
                    String fix = fixWords(fields, k);
                    if (fix != null) {
                        b.append("  ").append(fix).append('\n');
                    }
                } else if (!HIDDEN.contains(k)) {
                    b.append("  ").append(seedFile(k, v) != null ? seedFile(k, v) : label(k) + ": " + value(k, v)).append('\n');
                }
            });
        }
        return b.toString().strip();
    }

    /**
     * A field of a cell an import's clerk corrected ({@code fixN_row}, {@code _column}, {@code _file}, {@code _value},
     * {@code _person}: whose row, never shown).
     */
    private static final java.util.regex.Pattern FIX = java.util.regex.Pattern.compile("fix(\\d+)_(row|column|file|value|person)");

    /**
     * A corrected cell of an import in words, said at its row field ("Baris 7, kolom NIK: 5,31001E+15 → 531001…04"):
     * the village's value, then the clerk's; null for its other fields (said with the row).
     */
    private String fixWords(Map<String, Object> fields, String key) {
        java.util.regex.Matcher m = FIX.matcher(key);
        if (!m.matches() || !"row".equals(m.group(2))) {
            return null;
        }
        String n = "fix" + m.group(1) + "_";
        return java.text.MessageFormat.format(res.getString("history.fix"), String.valueOf(fields.get(key)),
                fixValue(fields.get(n + "column")), fixValue(fields.get(n + "file")), fixValue(fields.get(n + "value")));
    }

    private String fixValue(Object v) {
        return v == null || "".equals(v) ? res.getString("history.empty") : masked(String.valueOf(v));
    }

    /** The bundle's words for each file Payung loads into a new database (SeedLoader.FILES), by its name. */
    private static final Map<String, String> SEED_FILES = Map.of(
            "settings", "history.seed.settings",
            "funding_sources", "history.seed.funding_sources",
            "occupations", "history.seed.occupations",
            "rate_rules", "history.seed.rate_rules",
            "cohorts", "history.seed.cohorts",
            "events", "history.seed.events",
            "benefit_claims", "history.seed.benefit_claims");

    /**
     * A seed file's entry in words: "Data awal Payung (klaim manfaat)" for {@code file: seeds/benefit_claims.csv},
     * which is a path inside Payung's program that tells a clerk or an auditor nothing; null for any other field or
     * file (an imported list's file name is the clerk's own and is shown as it is).
     */
    private String seedFile(String field, Object v) {
        if (!"file".equals(field) || !(v instanceof String s) || !s.startsWith(SEED_FOLDER)) {
            return null;
        }
        String name = s.substring(SEED_FOLDER.length()).replaceFirst("\\.csv(\\.gz)?$", "");
        String key = SEED_FILES.get(name);
        return java.text.MessageFormat.format(res.getString("history.seedFile"), key == null ? name : res.getString(key));
    }

    /** Where the seed loader's audit entries say their files are: inside Payung, not on the office's disk. */
    private static final String SEED_FOLDER = "seeds/";

    private String label(String field) {
        return fieldLabel(res, field);
    }

    /** A field of an audit entry as the screen names it ("No. HP" for {@code phone}); the name itself when unknown. */
    public static String fieldLabel(ResourceBundle res, String field) {
        return res.containsKey("history.field." + field) ? res.getString("history.field." + field) : field;
    }

    /**
     * An action on a kind of record in words ("Kepesertaan diakhiri"): worded for its kind of record, else as any
     * record's (the seed files name themselves), else the action itself.
     */
    public static String actionWords(ResourceBundle res, String entity, String action) {
        for (String key : List.of("history.action." + entity + "." + action, "history.action." + ANY_RECORD + "." + action)) {
            if (res.containsKey(key)) {
                return res.getString(key);
            }
        }
        return action;
    }

    /**
     * The fields an entry changed, as {@link #details} shows them, by their audit names in the entry's order: for a
     * change each shown field whose value differs (a deletion's reason, said with the deletion, is none), for a new
     * record its filled ones. Empty when it changed none the reader is shown.
     */
    public static List<String> changedFields(String beforeJson, String afterJson) {
        Map<String, Object> before = parse(beforeJson);
        Map<String, Object> after = parse(afterJson);
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            if (HIDDEN.contains(k) || REASON.contains(k) || FIX.matcher(k).matches()) {
                continue;
            }
            Object b = before.get(k);
            Object a = after.get(k);
            if (before.isEmpty() ? a != null && !"".equals(a) : !Objects.equals(b, a)) {
                out.add(k);
            }
        }
        return out;
    }

    private String value(String field, Object v) {
        if (v == null || "".equals(v)) {
            return res.getString("history.empty");
        }
        String s = String.valueOf(v);
        try {
            return masked(switch (field) {
                case "region" -> regionName.apply(s);
                // A cohort's or a denominator's kecamatan is a code; a region list's load counts them (a number).
                case "kecamatan" -> v instanceof Number n ? Formats.count(n.longValue()) : regionName.apply(s);
                case "occupation" -> occupationName.apply(s);
                case "funder" -> funderName.apply(s);
                case "sex" -> word("sex." + s, s);
                case "end_reason" -> word("endReason." + s, s);
                case "delete_reason" -> word("deleteReason." + s, s);
                case "kind" -> word("event.kind." + s, s);
                case "type" -> word("funder.type." + s, s);
                case "programme" -> word("reports.programme." + s, s);
                case "birth_date", "paid_on", "date" -> Formats.date(LocalDate.parse(s));
                case "first_month", "last_month", "covered_from", "covered_to" -> Formats.month(YearMonth.parse(s));
                case "first_month_source" -> word("history.firstMonthSource." + s, s);
                case "funder_source" -> word("history.funderSource." + s, s);
                case "declared_income_rp", "amount_rp", "ceiling_rp" -> Formats.rupiah(((Number) v).longValue());
                case "programmes" -> s.replace("[", "").replace("]", "");
                case "rows", "read", "imported", "duplicates", "rejected", "inactive", "bytes", "width", "height", "quota", "beneficiaries",
                     "enrollments", "corrected_cells", "renewed",
                     "participants", "informal_workers", "villages", "skipped" -> Formats.count(((Number) v).longValue());
                case "from", "to" -> s.matches("\\d{4}-\\d{2}-\\d{2}") ? Formats.date(LocalDate.parse(s)) : s;
                case "topic" -> word("audit.topic." + s, s);
                case "refused_because" -> word("history.refused." + s, s);
                case "for" -> "edit".equals(s) ? res.getString("history.for.edit")
                        : "import".equals(s) ? res.getString("history.for.import") : s;
                default -> v instanceof Boolean b ? res.getString(b ? "history.yes" : "history.no") : s;
            });
        } catch (RuntimeException unreadable) {
            return masked(s); // an old row in another shape: its value as written
        }
    }

    /**
     * Any NIK in a text masked (older audit rows may hold one), written plain or grouped as people type it
     * ("5310 0152 0485 0001", "5310-0152-…": the register's search and the audit filter take it so), as
     * {@link Masked#niks} masks it.
     */
    public static String masked(String s) {
        return Masked.niks(s);
    }

    private String word(String key, String fallback) {
        try {
            return res.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /**
     * The person an entry is about as the auditor reads them: the name they had when the entry was written, with
     * today's after it where they have been renamed since ("Maria Nabu (kini: Maria Jehadu)"), so an old entry names
     * whom it was about and the register's name still leads to them; one no longer in the register (a restore took
     * them away) by the name the entries wrote, marked so ("Veronika Imul (tidak ada lagi)", trial 22c #3); null for an
     * entry about no person.
     */
    public String person(AuditRecord r) {
        if (r.personName() == null) {
            return null;
        }
        if (r.personGone()) {
            return java.text.MessageFormat.format(res.getString("audit.person.gone"), r.personName());
        }
        return r.renamedSince() ? java.text.MessageFormat.format(res.getString("audit.person.renamed"), r.personName(),
                r.personNameNow()) : r.personName();
    }

    /** The audit log's flat JSON object ({@link Json#parse}). */
    static Map<String, Object> parse(String json) {
        return Json.parse(json);
    }
}
