package id.payung.service.importing;

import id.payung.domain.EnrollmentForm;
import id.payung.domain.EnrollmentRules;
import id.payung.domain.FormProblem;
import id.payung.domain.FormProblem.Field;
import id.payung.domain.FundingSource;
import id.payung.domain.Nik;
import id.payung.domain.NikCheck;
import id.payung.domain.Occupation;
import id.payung.domain.OccupationWords;
import id.payung.domain.PersonName;
import id.payung.domain.Programme;
import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.domain.Segment;
import id.payung.domain.Sex;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns one row of a name list into an enrollment form, noting every value it cannot read. */
final class RowParser {
    /** Patterns every row of a large import may use, compiled once. */
    private static final java.util.regex.Pattern TRAILING_ZEROS = java.util.regex.Pattern.compile("\\.0+$");
    private static final java.util.regex.Pattern MONTH_COUNT = java.util.regex.Pattern.compile("\\d{1,9}");
    private static final java.util.regex.Pattern SIXTEEN_DIGITS = java.util.regex.Pattern.compile("\\d{16}");

    static final long DEFAULT_INCOME = id.payung.domain.Contributions.STANDARD_INCOME;
    static final int DEFAULT_MONTHS = 12;

    private final Map<Column, Integer> index = new EnumMap<>(Column.class);
    private final Map<Column, String> headers = new EnumMap<>(Column.class);
    private final ImportOptions options;
    private final RegionNames regions;
    private final List<Occupation> occupations;
    private final List<FundingSource> funders;
    /** The office's regency ("53.15"): another regency's budget is no funder of its rows. */
    private final String regency;
    // Lookups prepared once: normalising every region name for every row would dominate a large import.
    private final Map<String, String> regionByText = new java.util.HashMap<>();
    private final Map<String, List<FormProblemAt>> regionProblemsByText = new java.util.HashMap<>();
    /** The one rule of what an occupation text names (prepared once: asked for every row). */
    private final OccupationWords occupationWords;
    private final Map<String, Optional<FundingSource>> funderByText = new java.util.HashMap<>();

    /**
     * A parsed row: the form, the problems found reading it (before the enrollment rules), and the
     * participant status a BPJS list gives when it says the participant is not active (else null).
     */
    record Parsed(int row, EnrollmentForm form, List<RowProblem> problems, String inactiveStatus, TableReader.Row source) {
    }

    /** The header of the kecamatan a clerk can type for a file that has no Kecamatan column. */
    static final String KECAMATAN_HEADER = "Kecamatan";

    /** A region problem found for a text, and the column it belongs to. */
    private record FormProblemAt(Column column, FormProblem problem) {
    }

    RowParser(Map<Integer, Column> mapping, List<String> headerTexts, ImportOptions options, RegionNames regions,
              List<Occupation> occupations, List<FundingSource> funders, String regency) {
        mapping.forEach((i, c) -> {
            index.putIfAbsent(c, i);
            headers.putIfAbsent(c, i < headerTexts.size() ? headerTexts.get(i) : "");
        });
        this.options = options;
        this.regions = regions;
        this.occupations = occupations;
        this.funders = funders;
        this.regency = regency;
        this.occupationWords = new OccupationWords(occupations);
    }

    /** The header text of the column that feeds a form field, for naming problems; empty when the file has none. */
    String headerFor(Field field) {
        Column c = columnFor(field);
        return c != null && headers.containsKey(c) ? headers.get(c) : "";
    }

    /**
     * What the file holds in the column that feeds a form field, as written (a NIK masked), for the problem list's
     * value beside a rule's problem (a NIK that disagrees with the birth date: trial 19 L6); empty when it has none.
     */
    String fileValue(Parsed parsed, Field field) {
        Column c = columnFor(field);
        if (c == null || parsed.source() == null || !index.containsKey(c)) {
            return "";
        }
        String value = text(parsed.source(), c);
        return c == Column.NIK ? Nik.mask(value) : c == Column.NAME ? PersonName.shown(value) : value;
    }

    /** The column that feeds a form field; null for a field no column feeds. */
    private Column columnFor(Field field) {
        return switch (field) {
            case NIK -> Column.NIK;
            case NAME -> Column.NAME;
            case SEX -> index.containsKey(Column.SEX) || !index.containsKey(Column.SEX_L) ? Column.SEX : Column.SEX_L;
            case BIRTH_DATE -> index.containsKey(Column.BIRTH_DATE) ? Column.BIRTH_DATE : Column.PLACE_AND_DATE;
            case BIRTH_PLACE -> index.containsKey(Column.BIRTH_PLACE) ? Column.BIRTH_PLACE : Column.PLACE_AND_DATE;
            case ADDRESS -> Column.ADDRESS;
            case KPJ -> Column.KPJ;
            case NOTES -> Column.NOTES;
            case REGION -> index.containsKey(Column.DESA) ? Column.DESA : Column.KECAMATAN;
            case OCCUPATION -> Column.OCCUPATION;
            case PHONE -> Column.PHONE;
            case FUNDER -> Column.FUNDER;
            case SEGMENT -> Column.SEGMENT;
            case INCOME -> Column.INCOME;
            case FIRST_MONTH -> Column.FIRST_MONTH;
            case LAST_MONTH, MONTHS -> index.containsKey(Column.LAST_MONTH) ? Column.LAST_MONTH : Column.MONTHS;
            default -> null;
        };
    }

    /**
     * A problem of row {@code row} in the column that feeds {@code field}; where the file has none (the period
     * taken from the window, no funder column), a problem naming no header ({@link RowProblem#absent}).
     */
    /** The name of the occupation {@code code} stands for, as the import names occupations; the code when unknown. */
    String occupationName(String code) {
        return occupations.stream().filter(o -> o.code().equals(code)).map(Occupation::name).findFirst().orElse(code);
    }

    /**
     * A row's {@code fields} (place, sex, occupation) as a message names them, in that order: "Poco (Wae Rii), Petani";
     * a value the row lacks as "–".
     */
    String describe(List<Field> fields, String regionCode, Sex sex, String occupationCode) {
        List<String> parts = new ArrayList<>();
        for (Field f : fields) {
            parts.add(switch (f) {
                case REGION -> regionCode == null ? "–" : regions.placeName(regionCode);
                case SEX -> sex == null ? "–" : sex.name();
                case OCCUPATION -> occupationCode == null ? "–" : occupationName(occupationCode);
                default -> "";
            });
        }
        return String.join(", ", parts);
    }

    RowProblem problem(int row, Field field, String value, FormProblem p) {
        String header = headerFor(field);
        return header.isEmpty() ? RowProblem.absent(row, value, p) : new RowProblem(row, header, value, p);
    }

    Parsed parse(TableReader.Row row, LocalDate today) {
        List<RowProblem> problems = new ArrayList<>();
        String nik = nik(row, problems);
        // "Maria" U+200B "Dagur": zero-width characters taken out as the row is read, said with the row (trial 23b M4);
        // what the rules then judge, the duplicates compare and the import saves is the name without them.
        String written = text(row, Column.NAME);
        String name = PersonName.withoutInvisible(written).strip();
        EnrollmentRules.invisibleInName(written)
                .ifPresent(p -> problems.add(problem(row, Column.NAME, p)));
        Sex sex = null;
        boolean ticks = !index.containsKey(Column.SEX) && (index.containsKey(Column.SEX_L) || index.containsKey(Column.SEX_P));
        if (has(row, Column.SEX)) {
            sex = Values.sex(text(row, Column.SEX)).orElse(null);
            if (sex == null) {
                problems.add(problem(row, Column.SEX, FormProblem.error(Field.SEX, "IMPORT_SEX")));
            }
        } else if (ticks) {
            sex = ticked(row, problems);
        }
        String birthPlace = text(row, Column.BIRTH_PLACE);
        LocalDate birth = null;
        if (has(row, Column.BIRTH_DATE)) {
            birth = Values.date(cell(row, Column.BIRTH_DATE)).orElse(null);
            if (birth == null) {
                Optional<Values.ShortDate> shortDate = Values.shortDate(text(row, Column.BIRTH_DATE));
                birth = shortDate.map(d -> centuryFromNik(d, nik, today)).orElse(null);
                if (birth == null) {
                    problems.add(problem(row, Column.BIRTH_DATE, shortDate.isPresent()
                            ? FormProblem.error(Field.BIRTH_DATE, "IMPORT_SHORT_YEAR", shortDate.get().written())
                            : FormProblem.error(Field.BIRTH_DATE, "IMPORT_DATE")));
                }
            }
        } else if (has(row, Column.PLACE_AND_DATE)) {
            var pd = Values.placeAndDate(text(row, Column.PLACE_AND_DATE));
            if (pd.isPresent()) {
                birthPlace = birthPlace.isEmpty() ? pd.get().place() : birthPlace;
                birth = pd.get().date() != null ? pd.get().date() : centuryFromNik(pd.get().shortDate(), nik, today);
                if (birth == null) {
                    problems.add(problem(row, Column.PLACE_AND_DATE, FormProblem.error(Field.BIRTH_DATE,
                            "IMPORT_SHORT_YEAR", pd.get().shortDate().written())));
                }
            } else {
                problems.add(problem(row, Column.PLACE_AND_DATE, FormProblem.error(Field.BIRTH_DATE, "IMPORT_TTL")));
            }
        }
        if (sex == null || birth == null) {
            // Lists often leave out what the NIK already says: take sex and birth date from it.
            NikCheck.Result decoded = NikCheck.check(nik, null, today);
            if (sex == null && !has(row, Column.SEX) && !ticks) {
                sex = decoded.sex();
            }
            if (birth == null && !has(row, Column.BIRTH_DATE) && !has(row, Column.PLACE_AND_DATE)) {
                birth = decoded.birthDate();
            }
        }
        String region = region(row, problems);
        String occupation = occupation(row, problems);
        String funder = funder(row, problems);
        // A list names the segment rarely: the occupation then says it (a village's list of perangkat desa is
        // PU, costed at the village's wage rate). A Segmen column wins; the enrollment rules warn when it
        // contradicts the occupation.
        Segment segment = Segment.impliedBy(occupation);
        if (has(row, Column.SEGMENT)) {
            String s = Column.normalize(text(row, Column.SEGMENT));
            segment = s.equals("pu") || s.startsWith("penerimaupah") ? Segment.PU : Segment.BPU;
        }
        Long income = DEFAULT_INCOME;
        if (has(row, Column.INCOME)) {
            income = Values.rupiah(cell(row, Column.INCOME)).orElse(null);
            if (income == null) {
                problems.add(problem(row, Column.INCOME, FormProblem.error(Field.INCOME, "NUMBER_FORMAT")));
            }
        } else if (segment == Segment.PU) {
            // A wage earner's contribution is a share of the wage: costed on an assumed one, it is a guess the
            // budget would not show as one (a village official's siltap is often twice it; review 11).
            problems.add(problem(row, Column.INCOME, FormProblem.warning(Field.INCOME, "IMPORT_PU_ASSUMED_WAGE",
                    id.payung.domain.Formats.rupiah(DEFAULT_INCOME))));
        }
        YearMonth first = options.from();
        if (has(row, Column.FIRST_MONTH)) {
            first = Values.month(cell(row, Column.FIRST_MONTH)).orElse(null);
            if (first == null) {
                problems.add(problem(row, Column.FIRST_MONTH, FormProblem.error(Field.FIRST_MONTH, "MONTH_FORMAT")));
            }
        }
        YearMonth last = last(row, first, problems);
        Set<Programme> programmes = EnumSet.of(Programme.JKK, Programme.JKM);
        EnrollmentForm form = new EnrollmentForm(nik, name, sex, blankToNull(birthPlace), birth,
                blankToNull(text(row, Column.ADDRESS)), region, occupation, phone(row, problems),
                kpj(row), funder, segment, programmes, income, first, last,
                blankToNull(text(row, Column.NOTES)));
        return new Parsed(row.number(), form, problems, inactiveStatus(row), row);
    }

    /**
     * The birth date a two-digit year writes, when the row's NIK holds the same day, month and year (DDMMYY, 40 added
     * to a woman's day): the NIK's date then says the century (trial 19 M4). Otherwise null: a century is never guessed.
     */
    private static LocalDate centuryFromNik(Values.ShortDate written, String nik, LocalDate today) {
        LocalDate inNik = NikCheck.check(nik, null, today).birthDate();
        return written.sameDay(inNik) ? inNik : null;
    }

    /**
     * Sex from two tick columns L and P: the one ticked ({@code √}, {@code v}, {@code x}, {@code 1}, any mark but
     * {@code 0} or {@code -}). Both ticked, or neither, is the row's error: the list does not say (trial 18 M26).
     */
    private Sex ticked(TableReader.Row row, List<RowProblem> problems) {
        boolean male = tick(cell(row, Column.SEX_L));
        boolean female = tick(cell(row, Column.SEX_P));
        if (!index.containsKey(Column.SEX_L) || !index.containsKey(Column.SEX_P)) {
            // one of the two mapped: a row not ticked there is the other sex
            return index.containsKey(Column.SEX_L) ? (male ? Sex.L : Sex.P) : (female ? Sex.P : Sex.L);
        }
        if (male != female) {
            return male ? Sex.L : Sex.P;
        }
        Column c = index.containsKey(Column.SEX_L) ? Column.SEX_L : Column.SEX_P;
        String value = male ? text(row, Column.SEX_L) + " · " + text(row, Column.SEX_P) : "";
        RowProblem p = new RowProblem(row.number(), headers.get(c), value,
                FormProblem.error(Field.SEX, male ? "IMPORT_SEX_BOTH_TICKED" : "IMPORT_SEX_NONE_TICKED"));
        problems.add(p);
        return null;
    }

    private static boolean tick(Cell c) {
        String t = c.text().strip();
        return !c.isBlank() && !t.equals("0") && !t.equals("-");
    }

    private String nik(TableReader.Row row, List<RowProblem> problems) {
        Cell c = cell(row, Column.NIK);
        if (c.kind() == Cell.Kind.NUMBER && c.text().endsWith("0") && SIXTEEN_DIGITS.matcher(c.text()).matches()) {
            // Excel keeps 15 significant digits: a NIK typed as a number lost its last digit to a zero.
            problems.add(new RowProblem(row.number(), headers.get(Column.NIK), Nik.mask(c.text()),
                    FormProblem.error(Field.NIK, "NIK_EXCEL_LAST_DIGIT")));
        }
        // "٥٣١٠…", "５３１０…": digits, read as 0–9 by the one cleaning; the row says so (trial 23b M5).
        NikCheck.otherDigits(c.text()).ifPresent(p -> problems.add(new RowProblem(row.number(), headers.get(Column.NIK),
                Nik.mask(c.text()), FormProblem.of(p))));
        return Nik.strip(c.text());
    }

    /**
     * The phone as {@code 08…}, or null with a warning naming the row: a phone never decides coverage, so
     * one Payung cannot read never refuses the person (issue: spreadsheets drop the leading 0).
     */
    private String phone(TableReader.Row row, List<RowProblem> problems) {
        if (!has(row, Column.PHONE)) {
            return null;
        }
        Optional<String> p = Values.phone(cell(row, Column.PHONE));
        if (p.isEmpty()) {
            problems.add(problem(row, Column.PHONE, FormProblem.warning(Field.PHONE, "IMPORT_PHONE_UNREADABLE")));
        }
        return p.orElse(null);
    }

    /** The KPJ number as written; a spreadsheet number without the ".0" some programs add. */
    private String kpj(TableReader.Row row) {
        Cell c = cell(row, Column.KPJ);
        String t = c.kind() == Cell.Kind.NUMBER && c.text().endsWith(".0") ? c.text().substring(0, c.text().length() - 2)
                : Nik.strip(c.text());
        return blankToNull(t);
    }

    /** Words a BPJS list uses for a participant who is no longer covered (compared without case, spaces, punctuation). */
    private static final java.util.Set<String> INACTIVE = java.util.Set.of("nonaktif", "tidakaktif", "takaktif",
            "inaktif", "inactive", "nonactive", "notactive", "berhenti", "keluar", "nonaktifkan", "dinonaktifkan",
            "diberhentikan", "mengundurkandiri", "meninggal", "meninggaldunia", "wafat", "ditutup", "tutup", "putus",
            "terputus", "tidakberlaku", "kadaluarsa", "kedaluwarsa", "expired", "ended", "stopped", "suspend",
            "suspended", "nonaktifsementara");

    private String inactiveStatus(TableReader.Row row) {
        if (!has(row, Column.STATUS)) {
            return null;
        }
        String s = text(row, Column.STATUS);
        String key = Column.normalize(s);
        boolean inactive = INACTIVE.contains(key) || key.startsWith("nonaktif") || key.startsWith("tidakaktif")
                || key.startsWith("berhenti") || key.startsWith("keluar");
        return inactive ? s : null;
    }

    private YearMonth last(TableReader.Row row, YearMonth first, List<RowProblem> problems) {
        if (has(row, Column.LAST_MONTH)) {
            Optional<YearMonth> m = Values.month(cell(row, Column.LAST_MONTH));
            if (m.isEmpty()) {
                problems.add(problem(row, Column.LAST_MONTH, FormProblem.error(Field.LAST_MONTH, "MONTH_FORMAT")));
            }
            return m.orElse(null);
        }
        if (has(row, Column.MONTHS)) {
            String t = TRAILING_ZEROS.matcher(text(row, Column.MONTHS)).replaceAll("");
            if (!MONTH_COUNT.matcher(t).matches()) {
                problems.add(problem(row, Column.MONTHS, FormProblem.error(Field.LAST_MONTH, "NUMBER_FORMAT")));
                return null;
            }
            return lastOf(first, Long.parseLong(t), problems, p -> problem(row, Column.MONTHS, p));
        }
        // The months given for the whole file (the window's field, --months): a number the rules refuse is said on
        // each row, as a missing funder of the window is, and never becomes a period unsaid.
        long months = options.months() != null ? options.months() : DEFAULT_MONTHS;
        return lastOf(first, months, problems, p -> RowProblem.absent(row.number(), String.valueOf(months), p));
    }

    /**
     * The last month of {@code months} from {@code first}; a count the rules refuse ({@link EnrollmentRules#monthsProblem})
     * is the row's error and gives no period. Their warning above twelve months is the form's, said as one entry is
     * typed: on a list's rows it would say the same thing on every row of the file.
     */
    private static YearMonth lastOf(YearMonth first, long months, List<RowProblem> problems,
                                    java.util.function.Function<FormProblem, RowProblem> at) {
        Optional<FormProblem> refused = EnrollmentRules.monthsProblem(months).filter(FormProblem::error);
        if (refused.isPresent()) {
            problems.add(at.apply(refused.get()));
            return null;
        }
        return first == null ? null : first.plusMonths(months - 1);
    }

    /**
     * The region code of a row: the desa (column, or the one given for the whole file) inside the kecamatan
     * (column, or given for the whole file); the kecamatan alone when the list has no desa. The same
     * texts come again and again in a list, so each pair is settled once.
     */
    private String region(TableReader.Row row, List<RowProblem> problems) {
        String desa = has(row, Column.DESA) ? text(row, Column.DESA) : nullToEmpty(options.desa());
        String kec = has(row, Column.KECAMATAN) ? text(row, Column.KECAMATAN) : nullToEmpty(options.kecamatan());
        String pair = desa + "\u0000" + kec;
        if (!regionByText.containsKey(pair)) {
            List<FormProblemAt> found = new ArrayList<>();
            regionByText.put(pair, resolveRegion(desa, kec, found));
            regionProblemsByText.put(pair, List.copyOf(found));
        }
        for (FormProblemAt p : regionProblemsByText.get(pair)) {
            problems.add(p.column() == Column.KECAMATAN && !index.containsKey(Column.KECAMATAN)
                    ? new RowProblem(row.number(), KECAMATAN_HEADER, kec, p.problem())
                    : problem(row, p.column(), p.problem()));
        }
        return regionByText.get(pair);
    }

    private String resolveRegion(String desa, String kec, List<FormProblemAt> problems) {
        Region kecamatan = null;
        if (!kec.isBlank()) {
            kecamatan = regions.kecamatan(kec).orElse(null);
            if (kecamatan == null) {
                problems.add(new FormProblemAt(Column.KECAMATAN, FormProblem.error(Field.REGION,
                        "IMPORT_UNKNOWN_KECAMATAN_NEAREST", String.join(", ", regions.nearestKecamatan(kec)))));
                return null;
            }
        }
        if (RegionNames.desaKey(desa).isEmpty()) {
            return kecamatan == null ? null : kecamatan.code();
        }
        RegionNames.Match m = regions.desa(desa, kecamatan);
        return switch (m.outcome()) {
            case FOUND -> m.region().code();
            case AMBIGUOUS -> {
                problems.add(new FormProblemAt(Column.KECAMATAN, FormProblem.error(Field.REGION,
                        "IMPORT_AMBIGUOUS_DESA_IN", regions.describe(m.candidates()))));
                yield null;
            }
            case OTHER_KECAMATAN -> {
                problems.add(new FormProblemAt(Column.DESA, FormProblem.error(Field.REGION,
                        "IMPORT_DESA_OTHER_KECAMATAN", regions.describe(m.candidates()), kecamatan.name())));
                yield null;
            }
            case UNKNOWN -> {
                problems.add(new FormProblemAt(Column.DESA, FormProblem.error(Field.REGION,
                        "IMPORT_UNKNOWN_DESA_NEAREST", regions.describe(m.candidates()))));
                yield null;
            }
            case KECAMATAN_HAS_NO_VILLAGES -> {
                // The region list has no villages for this kecamatan yet: keep the kecamatan, say so.
                problems.add(new FormProblemAt(Column.DESA, FormProblem.warning(Field.REGION, "IMPORT_UNKNOWN_DESA")));
                yield m.region().code();
            }
            case NO_VILLAGES_KNOWN -> {
                problems.add(new FormProblemAt(Column.DESA, FormProblem.error(Field.REGION, "IMPORT_UNKNOWN_DESA_NO_KEC")));
                yield null;
            }
        };
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private String occupation(TableReader.Row row, List<RowProblem> problems) {
        String o = Column.normalize(text(row, Column.OCCUPATION));
        if (o.isEmpty() || UNKNOWN_OCCUPATION.contains(o)) {
            // Many lists have no occupation column, or leave it blank: unknown, as the form may leave it
            // (EnrollmentRules), not "Lainnya", which would count them as a known other occupation.
            return null;
        }
        Optional<Occupation> match = occupationWords.named(text(row, Column.OCCUPATION));
        if (match.isPresent()) {
            return match.get().code();
        }
        problems.add(problem(row, Column.OCCUPATION, FormProblem.warning(Field.OCCUPATION, "IMPORT_OTHER_OCCUPATION")));
        return other();
    }

    /**
     * The words Payung writes for an unknown occupation (the register, its export, the form and the breakdown, in both
     * languages), compared as headers are: a register file's "(tidak diketahui)" comes back unknown, not "Lainnya".
     */
    private static final Set<String> UNKNOWN_OCCUPATION = unknownOccupationWords();

    private static Set<String> unknownOccupationWords() {
        Set<String> words = new java.util.HashSet<>();
        for (String language : List.of("id", "en")) {
            java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("i18n.messages",
                    java.util.Locale.forLanguageTag(language), java.util.ResourceBundle.Control.getNoFallbackControl(
                            java.util.ResourceBundle.Control.FORMAT_DEFAULT));
            for (String key : List.of("form.occupation.unknown", "breakdown.occupation.unknown")) {
                words.add(Column.normalize(bundle.getString(key)));
            }
        }
        return Set.copyOf(words);
    }

    private String other() {
        return occupations.stream().filter(x -> x.code().equals("LAINNYA")).map(Occupation::code).findFirst()
                .orElse(occupations.isEmpty() ? null : occupations.get(0).code());
    }

    private String funder(TableReader.Row row, List<RowProblem> problems) {
        String wanted = has(row, Column.FUNDER) ? text(row, Column.FUNDER) : options.funder();
        if (wanted == null || wanted.isBlank()) {
            return null;
        }
        Optional<FundingSource> f = funderByText.computeIfAbsent(wanted, w -> findFunder(funders, w, regency));
        if (f.isEmpty()) {
            if (has(row, Column.FUNDER)) {
                problems.add(problem(row, Column.FUNDER, FormProblem.error(Field.FUNDER, "IMPORT_UNKNOWN_FUNDER")));
            }
            return null;
        }
        if (!id.payung.domain.FunderRules.paysIn(f.get(), regency)) {
            // Named exactly, but another region's budget: the row would count in the wrong regency's budget.
            if (has(row, Column.FUNDER)) {
                problems.add(problem(row, Column.FUNDER, FormProblem.error(Field.FUNDER, "FUNDER_OTHER_REGION",
                        f.get().name(), f.get().code(), f.get().regionCode(), regency)));
            }
            return null;
        }
        return f.get().code();
    }

    /**
     * A funder by code, by name, or by a name that contains the words given, for an office of {@code regency}
     * (see {@link id.payung.domain.FunderRules#named(List, String, String)}); another region's budget is found,
     * and refused by the caller.
     */
    static Optional<FundingSource> findFunder(List<FundingSource> funders, String wanted, String regency) {
        return id.payung.domain.FunderRules.named(funders, wanted, regency);
    }

    private boolean has(TableReader.Row row, Column c) {
        return index.containsKey(c) && !cell(row, c).isBlank();
    }

    private Cell cell(TableReader.Row row, Column c) {
        Integer i = index.get(c);
        return i == null ? Cell.EMPTY : row.cell(i);
    }

    private String text(TableReader.Row row, Column c) {
        return cell(row, c).text().strip();
    }

    private RowProblem problem(TableReader.Row row, Column c, FormProblem p) {
        String value = c == Column.NIK ? Nik.mask(text(row, c))
                : c == Column.NAME ? PersonName.shown(text(row, c)) : text(row, c);
        // A column the file lacks (the wage of a PU row) has no header: not the enum's name, the field's words.
        return headers.containsKey(c) ? new RowProblem(row.number(), headers.get(c), value, p)
                : RowProblem.absent(row.number(), value, p);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
