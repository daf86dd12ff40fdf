package id.payung.service.importing;

import id.payung.domain.EnrollmentForm;
import id.payung.domain.FormProblem;
import id.payung.domain.FormProblem.Field;
import id.payung.domain.FundingSource;
import id.payung.domain.Nik;
import id.payung.domain.NikCheck;
import id.payung.domain.Occupation;
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
    static final long DEFAULT_INCOME = 1_000_000;
    static final int DEFAULT_MONTHS = 12;

    private final Map<Column, Integer> index = new EnumMap<>(Column.class);
    private final Map<Column, String> headers = new EnumMap<>(Column.class);
    private final ImportOptions options;
    private final List<Region> regions;
    private final List<Occupation> occupations;
    private final List<FundingSource> funders;
    // Lookups prepared once: normalising every region name for every row would dominate a large import.
    private final Map<String, Region> kecamatanByName = new java.util.HashMap<>();
    private final Map<String, List<Region>> desaByName = new java.util.HashMap<>();
    private final Map<String, Occupation> occupationByName = new java.util.HashMap<>();
    private final Map<String, Optional<FundingSource>> funderByText = new java.util.HashMap<>();

    /** A parsed row: the form, and the problems found reading it (before the enrollment rules). */
    record Parsed(int row, EnrollmentForm form, List<RowProblem> problems) {
    }

    RowParser(Map<Integer, Column> mapping, List<String> headerTexts, ImportOptions options, List<Region> regions,
              List<Occupation> occupations, List<FundingSource> funders) {
        mapping.forEach((i, c) -> {
            index.putIfAbsent(c, i);
            headers.putIfAbsent(c, i < headerTexts.size() ? headerTexts.get(i) : c.name());
        });
        this.options = options;
        this.regions = regions;
        this.occupations = occupations;
        this.funders = funders;
        for (Region r : regions) {
            String key = Column.normalize(r.name());
            if (r.level() == RegionLevel.KECAMATAN) {
                kecamatanByName.putIfAbsent(key, r);
            } else if (r.level() == RegionLevel.DESA || r.level() == RegionLevel.KELURAHAN) {
                desaByName.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
        }
        for (Occupation o : occupations) {
            occupationByName.putIfAbsent(Column.normalize(o.name()), o);
            occupationByName.putIfAbsent(Column.normalize(o.code()), o);
        }
    }

    /** The header text of the column that feeds a form field, for naming problems. */
    String headerFor(Field field) {
        Column c = switch (field) {
            case NIK -> Column.NIK;
            case NAME -> Column.NAME;
            case SEX -> Column.SEX;
            case BIRTH_DATE -> index.containsKey(Column.BIRTH_DATE) ? Column.BIRTH_DATE : Column.PLACE_AND_DATE;
            case REGION -> index.containsKey(Column.DESA) ? Column.DESA : Column.KECAMATAN;
            case OCCUPATION -> Column.OCCUPATION;
            case PHONE -> Column.PHONE;
            case FUNDER -> Column.FUNDER;
            case SEGMENT -> Column.SEGMENT;
            case INCOME -> Column.INCOME;
            case FIRST_MONTH -> Column.FIRST_MONTH;
            case LAST_MONTH -> index.containsKey(Column.LAST_MONTH) ? Column.LAST_MONTH : Column.MONTHS;
            default -> null;
        };
        return c != null && headers.containsKey(c) ? headers.get(c) : field.name();
    }

    Parsed parse(TableReader.Row row, LocalDate today) {
        List<RowProblem> problems = new ArrayList<>();
        String nik = nik(row, problems);
        String name = text(row, Column.NAME);
        Sex sex = null;
        if (has(row, Column.SEX)) {
            sex = Values.sex(text(row, Column.SEX)).orElse(null);
            if (sex == null) {
                problems.add(problem(row, Column.SEX, FormProblem.error(Field.SEX, "IMPORT_SEX")));
            }
        }
        String birthPlace = text(row, Column.BIRTH_PLACE);
        LocalDate birth = null;
        if (has(row, Column.BIRTH_DATE)) {
            birth = Values.date(cell(row, Column.BIRTH_DATE)).orElse(null);
            if (birth == null) {
                problems.add(problem(row, Column.BIRTH_DATE, FormProblem.error(Field.BIRTH_DATE, "IMPORT_DATE")));
            }
        } else if (has(row, Column.PLACE_AND_DATE)) {
            var pd = Values.placeAndDate(text(row, Column.PLACE_AND_DATE));
            if (pd.isPresent()) {
                birthPlace = birthPlace.isEmpty() ? pd.get().getKey() : birthPlace;
                birth = pd.get().getValue();
            } else {
                problems.add(problem(row, Column.PLACE_AND_DATE, FormProblem.error(Field.BIRTH_DATE, "IMPORT_TTL")));
            }
        }
        if (sex == null || birth == null) {
            // Lists often leave out what the NIK already says: take sex and birth date from it.
            NikCheck.Result decoded = NikCheck.check(nik, null, today);
            if (sex == null && !has(row, Column.SEX)) {
                sex = decoded.sex();
            }
            if (birth == null && !has(row, Column.BIRTH_DATE) && !has(row, Column.PLACE_AND_DATE)) {
                birth = decoded.birthDate();
            }
        }
        String region = region(row, problems);
        String occupation = occupation(row, problems);
        String funder = funder(row, problems);
        Segment segment = Segment.BPU;
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
                blankToNull(text(row, Column.ADDRESS)), region, occupation, blankToNull(text(row, Column.PHONE)),
                blankToNull(text(row, Column.KPJ)), funder, segment, programmes, income, first, last,
                blankToNull(text(row, Column.NOTES)));
        return new Parsed(row.number(), form, problems);
    }

    private String nik(TableReader.Row row, List<RowProblem> problems) {
        Cell c = cell(row, Column.NIK);
        if (c.kind() == Cell.Kind.NUMBER && c.text().matches("\\d{16}") && c.text().endsWith("0")) {
            // Excel keeps 15 significant digits: a NIK typed as a number lost its last digit to a zero.
            problems.add(new RowProblem(row.number(), headers.get(Column.NIK), Nik.mask(c.text()),
                    FormProblem.error(Field.NIK, "NIK_EXCEL_LAST_DIGIT")));
        }
        return c.text().strip();
    }

    private YearMonth last(TableReader.Row row, YearMonth first, List<RowProblem> problems) {
        if (has(row, Column.LAST_MONTH)) {
            Optional<YearMonth> m = Values.month(cell(row, Column.LAST_MONTH));
            if (m.isEmpty()) {
                problems.add(problem(row, Column.LAST_MONTH, FormProblem.error(Field.LAST_MONTH, "MONTH_FORMAT")));
            }
            return m.orElse(null);
        }
        Integer months = options.months() != null ? options.months() : DEFAULT_MONTHS;
        if (has(row, Column.MONTHS)) {
            String t = text(row, Column.MONTHS).replaceAll("\\.0+$", "");
            months = t.matches("\\d{1,3}") && Integer.parseInt(t) > 0 ? Integer.parseInt(t) : null;
            if (months == null) {
                problems.add(problem(row, Column.MONTHS, FormProblem.error(Field.LAST_MONTH, "NUMBER_FORMAT")));
            }
        }
        return first == null || months == null ? null : first.plusMonths(months - 1L);
    }

    private String region(TableReader.Row row, List<RowProblem> problems) {
        String desa = Column.normalize(text(row, Column.DESA));
        String kec = Column.normalize(text(row, Column.KECAMATAN));
        Region kecamatan = kec.isEmpty() ? null : kecamatanByName.get(kec);
        if (!kec.isEmpty() && kecamatan == null) {
            problems.add(problem(row, Column.KECAMATAN, FormProblem.error(Field.REGION, "IMPORT_UNKNOWN_KECAMATAN")));
            return null;
        }
        if (!desa.isEmpty()) {
            List<Region> found = desaByName.getOrDefault(desa, List.of()).stream()
                    .filter(r -> kecamatan == null || kecamatan.code().equals(r.parentCode()))
                    .toList();
            if (found.size() == 1) {
                return found.get(0).code();
            }
            if (found.size() > 1) {
                problems.add(problem(row, Column.DESA, FormProblem.error(Field.REGION, "IMPORT_AMBIGUOUS_DESA")));
                return null;
            }
            if (kecamatan != null) {
                // The village is not in the region list (often: not imported yet); keep the kecamatan.
                problems.add(problem(row, Column.DESA, FormProblem.warning(Field.REGION, "IMPORT_UNKNOWN_DESA")));
                return kecamatan.code();
            }
            problems.add(problem(row, Column.DESA, FormProblem.error(Field.REGION, "IMPORT_UNKNOWN_DESA_NO_KEC")));
            return null;
        }
        return kecamatan == null ? null : kecamatan.code();
    }

    private String occupation(TableReader.Row row, List<RowProblem> problems) {
        String o = Column.normalize(text(row, Column.OCCUPATION));
        if (o.isEmpty()) {
            // Many lists have no occupation column; the register still needs one for its breakdowns.
            return other();
        }
        Optional<Occupation> match = Optional.ofNullable(occupationByName.get(o));
        if (match.isPresent()) {
            return match.get().code();
        }
        problems.add(problem(row, Column.OCCUPATION, FormProblem.warning(Field.OCCUPATION, "IMPORT_OTHER_OCCUPATION")));
        return other();
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
        Optional<FundingSource> f = funderByText.computeIfAbsent(wanted, w -> findFunder(funders, w));
        if (f.isEmpty()) {
            if (has(row, Column.FUNDER)) {
                problems.add(problem(row, Column.FUNDER, FormProblem.error(Field.FUNDER, "IMPORT_UNKNOWN_FUNDER")));
            }
            return null;
        }
        return f.get().code();
    }

    /** A funder by code, by name, or by a name that contains the words given ("Kabupaten", "mandiri"). */
    static Optional<FundingSource> findFunder(List<FundingSource> funders, String wanted) {
        String w = Column.normalize(wanted);
        Optional<FundingSource> exact = funders.stream()
                .filter(f -> Column.normalize(f.code()).equals(w) || Column.normalize(f.name()).equals(w)).findFirst();
        if (exact.isPresent() || w.length() < 4) {
            return exact;
        }
        List<FundingSource> partial = funders.stream().filter(f -> Column.normalize(f.name()).contains(w)).toList();
        return partial.size() == 1 ? Optional.of(partial.get(0)) : Optional.empty();
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
        String value = c == Column.NIK ? Nik.mask(text(row, c)) : text(row, c);
        return new RowProblem(row.number(), headers.getOrDefault(c, c.name()), value, p);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
