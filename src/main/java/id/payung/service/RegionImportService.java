package id.payung.service;

import id.payung.domain.FormProblem;
import id.payung.domain.Formats;
import id.payung.domain.Region;
import id.payung.domain.RegionCodes;
import id.payung.domain.RegionLevel;
import id.payung.store.Database;
import id.payung.store.MetaRepository;
import id.payung.store.RegionRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads kecamatan and desa/kelurahan from a Kemendagri region list, for a regency's own corrections or a newer
 * list than the one shipped. Three shapes are read, with or without a UTF-8 byte order mark (Excel's "CSV UTF-8"):
 * <ul>
 * <li>{@code kode,nama} as the public list publishes it (the level told by the code), a regency, a province or
 * the whole country: only the office's regency's rows are taken, the others are counted as skipped;</li>
 * <li>{@code kode_desa, nama_desa, jenis, kode_kecamatan, nama_kecamatan}, one row per desa or kelurahan;</li>
 * <li>{@code code, name, level, parent_code}.</li>
 * </ul>
 * The code hierarchy is checked (a desa's code starts with its kecamatan's, whose regency is known); every
 * refusal is a sentence naming the line, and then nothing is loaded.
 */
public final class RegionImportService {
    private static final int MAX_PROBLEMS = 50;

    private final Database db;
    private final ChangeLog log;
    private final RegionRepository regions = new RegionRepository();
    private final MetaRepository meta = new MetaRepository();

    public RegionImportService(Database db, String actor) {
        this.db = db;
        this.log = new ChangeLog(actor);
    }

    /**
     * What a region list held: rows added, rows already known, and rows outside the office's regency that
     * were skipped (public {@code kode,nama} lists only; otherwise 0).
     */
    public record Result(int kecamatanAdded, int villagesAdded, int alreadyKnown, int skipped) {
    }

    /**
     * Reads and loads a region list, all rows or none.
     *
     * @throws InvalidInputException with one sentence per problem (line, code and what is wrong; at most 50 and
     *                               a count of the rest); nothing is loaded then
     */
    public Result importCsv(Path file) {
        String regency = db.read(tx -> meta.get(tx, "office_regency").orElse(null));
        Parsed parsed = read(file, regency);
        if (!parsed.problems.isEmpty()) {
            throw refusal(parsed.problems);
        }
        return db.write(tx -> {
            Set<String> known = new HashSet<>();
            for (RegionLevel level : RegionLevel.values()) {
                regions.byLevel(tx, level).forEach(r -> known.add(r.code()));
            }
            List<FormProblem> problems = new ArrayList<>();
            for (Region r : parsed.rows.values()) {
                if (r.level() == RegionLevel.KECAMATAN && !known.contains(r.parentCode())) {
                    problems.add(problem("REGION_UNKNOWN_REGENCY", r.parentCode()));
                } else if (r.level() != RegionLevel.KECAMATAN && !known.contains(r.parentCode())
                        && !parsed.kecamatan.contains(r.parentCode())) {
                    problems.add(problem("REGION_NO_KECAMATAN", parsed.lines.get(r.code()), r.code(), r.parentCode()));
                }
            }
            if (!problems.isEmpty()) {
                throw refusal(problems.stream().distinct().toList());
            }
            int kec = 0;
            int villages = 0;
            int already = 0;
            for (Region r : parsed.rows.values()) {
                if (regions.insertIfAbsent(tx, r)) {
                    if (r.level() == RegionLevel.KECAMATAN) {
                        kec++;
                    } else {
                        villages++;
                    }
                } else {
                    already++;
                }
            }
            log.record(tx, "IMPORT", "region", null, null, Map.of("file", file.getFileName().toString(),
                    "kecamatan", kec, "villages", villages, "skipped", parsed.skipped));
            return new Result(kec, villages, already, parsed.skipped);
        });
    }

    /** The rows to load (kecamatan first, each with its line), the kecamatan codes among them, and what went wrong. */
    private static final class Parsed {
        /** By code: a code given twice is loaded once, as first written. */
        final Map<String, Region> rows = new LinkedHashMap<>();
        final Map<String, Long> lines = new java.util.HashMap<>();
        final Set<String> kecamatan = new HashSet<>();
        final List<FormProblem> problems = new ArrayList<>();
        int skipped;

        void add(Region r, long line) {
            if (!id.payung.domain.TextLimit.storable(r.name())) {
                problems.add(problem("REGION_NUL_NAME", line, r.code())); // a server's text cannot hold it
                return;
            }
            if (r.level() == RegionLevel.KECAMATAN) {
                kecamatan.add(r.code());
            }
            if (rows.putIfAbsent(r.code(), r) == null) {
                lines.put(r.code(), line);
            }
        }
    }

    private static Parsed read(Path file, String regency) {
        Parsed out = new Parsed();
        String name = file.getFileName().toString();
        long line = 1;
        try (Reader reader = utf8(file)) {
            List<String> header = firstLine(reader);
            if (header.isEmpty()) {
                out.problems.add(problem("REGION_EMPTY", name));
                return out;
            }
            Shape shape = Shape.of(header);
            if (shape == null) {
                out.problems.add(problem("REGION_NO_COLUMNS", name));
                return out;
            }
            Map<String, Integer> col = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                col.putIfAbsent(header.get(i).toLowerCase(Locale.ROOT), i);
            }
            if (shape == Shape.PUBLIC_NO_HEADER) {
                line = 0; // the first line was already a row: read it again below
            }
            Iterable<List<String>> rows = shape == Shape.PUBLIC_NO_HEADER ? withFirst(header, reader) : records(reader);
            for (List<String> r : rows) {
                line++;
                if (r.stream().allMatch(String::isBlank)) {
                    continue;
                }
                switch (shape) {
                    case PUBLIC, PUBLIC_NO_HEADER -> publicRow(r, line, regency, out);
                    case FIVE_COLUMNS -> fiveColumnRow(r, col, line, out);
                    case PLAIN -> plainRow(r, col, line, out);
                    default -> throw new IllegalStateException();
                }
            }
            if (out.problems.isEmpty() && out.rows.isEmpty() && (shape == Shape.PUBLIC || shape == Shape.PUBLIC_NO_HEADER)) {
                out.problems.add(out.skipped > 0 ? problem("REGION_NOTHING_FOR_REGENCY", regency, Formats.count(out.skipped))
                        : problem("REGION_EMPTY", name));
            } else if (out.problems.isEmpty() && out.rows.isEmpty()) {
                out.problems.add(problem("REGION_EMPTY", name));
            }
            sortKecamatanFirst(out);
        } catch (CharacterCodingException e) {
            out.problems.add(problem("REGION_NOT_UTF8", name));
        } catch (UncheckedIOException | IllegalStateException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                out.problems.add(problem("REGION_NOT_UTF8", name));
                return out;
            }
            // commons-csv: an unclosed quotation mark or text after a closing one, after the last line read
            out.problems.add(problem("REGION_BAD_CSV", name, line + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** A row of the public list: {@code kode,nama}. Only the office's regency's part is taken. */
    private static void publicRow(List<String> r, long line, String regency, Parsed out) {
        String code = cell(r, 0);
        RegionLevel level = RegionCodes.levelOf(code);
        if (level == null) {
            out.problems.add(problem("REGION_BAD_CODE", line, code));
            return;
        }
        if (regency != null && (code.equals(regency) || code.equals(RegionCodes.parentOf(regency)))) {
            return; // the regency's own row and its province's: known from the shipped list
        }
        if (regency == null || !code.startsWith(regency + ".")) {
            out.skipped++; // another regency's, or another province's
            return;
        }
        String name = cell(r, 1);
        if (name.isEmpty()) {
            out.problems.add(problem("REGION_NO_NAME", line, code));
            return;
        }
        out.add(new Region(code, name, level, RegionCodes.parentOf(code)), line);
    }

    private static void fiveColumnRow(List<String> r, Map<String, Integer> col, long line, Parsed out) {
        String kecCode = cell(r, col.get("kode_kecamatan"));
        String code = cell(r, col.get("kode_desa"));
        String type = cell(r, col.get("jenis")).toLowerCase(Locale.ROOT);
        if (RegionCodes.levelOf(kecCode) != RegionLevel.KECAMATAN) {
            out.problems.add(problem("REGION_BAD_CODE", line, kecCode));
            return;
        }
        RegionLevel shape = RegionCodes.levelOf(code);
        if (shape != RegionLevel.DESA && shape != RegionLevel.KELURAHAN) {
            out.problems.add(problem("REGION_BAD_CODE", line, code));
            return;
        }
        if (!code.startsWith(kecCode + ".")) {
            out.problems.add(problem("REGION_NOT_UNDER", line, code, kecCode));
            return;
        }
        String name = cell(r, col.get("nama_desa"));
        String kecName = cell(r, col.get("nama_kecamatan"));
        if (name.isEmpty() || kecName.isEmpty()) {
            out.problems.add(problem("REGION_NO_NAME", line, name.isEmpty() ? code : kecCode));
            return;
        }
        out.add(new Region(kecCode, kecName, RegionLevel.KECAMATAN, RegionCodes.parentOf(kecCode)), line);
        // The jenis column decides; the code's .1xxx/.2xxx is the list's convention, not every file's.
        out.add(new Region(code, name, type.startsWith("kel") ? RegionLevel.KELURAHAN : RegionLevel.DESA, kecCode), line);
    }

    private static void plainRow(List<String> r, Map<String, Integer> col, long line, Parsed out) {
        String code = cell(r, col.get("code"));
        String parent = cell(r, col.get("parent_code"));
        String levelText = cell(r, col.get("level")).toUpperCase(Locale.ROOT);
        RegionLevel level;
        try {
            level = RegionLevel.valueOf(levelText);
        } catch (IllegalArgumentException e) {
            level = null;
        }
        if (level == null || level == RegionLevel.PROVINCE || level == RegionLevel.REGENCY) {
            out.problems.add(problem("REGION_BAD_LEVEL", line, levelText));
            return;
        }
        RegionLevel shape = RegionCodes.levelOf(code);
        boolean fits = level == RegionLevel.KECAMATAN ? shape == RegionLevel.KECAMATAN
                : shape == RegionLevel.DESA || shape == RegionLevel.KELURAHAN;
        if (!fits) {
            out.problems.add(problem("REGION_BAD_CODE", line, code));
            return;
        }
        if (parent.isEmpty() || !code.startsWith(parent + ".")) {
            out.problems.add(problem("REGION_NOT_UNDER", line, code, parent.isEmpty() ? "—" : parent));
            return;
        }
        String name = cell(r, col.get("name"));
        if (name.isEmpty()) {
            out.problems.add(problem("REGION_NO_NAME", line, code));
            return;
        }
        out.add(new Region(code, name, level, parent), line);
    }

    /** The file's shapes, told by the first line. */
    private enum Shape {
        PUBLIC, PUBLIC_NO_HEADER, FIVE_COLUMNS, PLAIN;

        static Shape of(List<String> header) {
            List<String> h = header.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
            if (h.containsAll(List.of("kode_desa", "nama_desa", "jenis", "kode_kecamatan", "nama_kecamatan"))) {
                return FIVE_COLUMNS;
            }
            if (h.containsAll(List.of("code", "name", "level", "parent_code"))) {
                return PLAIN;
            }
            if (h.size() >= 2 && h.get(0).equals("kode") && h.get(1).equals("nama")) {
                return PUBLIC;
            }
            if (h.size() >= 2 && RegionCodes.levelOf(h.get(0)) != null) {
                return PUBLIC_NO_HEADER;
            }
            return null;
        }
    }

    private static Reader utf8(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        } catch (RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static CSVParser parser(Reader reader) throws IOException {
        return CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get().parse(reader);
    }

    /** The first record, its cells lower-cased and stripped of a byte order mark; empty for an empty file. */
    private static List<String> firstLine(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = reader.read()) != -1 && c != '\n') {
            b.append((char) c);
        }
        String text = b.toString().replace("\r", "");
        if (text.isBlank()) {
            return List.of();
        }
        List<CSVRecord> one = parser(new java.io.StringReader(text)).getRecords();
        return one.isEmpty() ? List.of() : one.get(0).toList().stream().map(String::strip).toList();
    }

    private static Iterable<List<String>> records(Reader reader) throws IOException {
        CSVParser p = parser(reader);
        return () -> p.stream().map(CSVRecord::toList).iterator();
    }

    private static Iterable<List<String>> withFirst(List<String> first, Reader reader) throws IOException {
        Iterable<List<String>> rest = records(reader);
        return () -> java.util.stream.Stream.concat(java.util.stream.Stream.of(first),
                java.util.stream.StreamSupport.stream(rest.spliterator(), false)).iterator();
    }

    /** Kecamatan before the desa that refer to them. */
    private static void sortKecamatanFirst(Parsed out) {
        List<Region> all = new ArrayList<>(out.rows.values());
        all.sort(java.util.Comparator.comparing((Region r) -> r.level() != RegionLevel.KECAMATAN).thenComparing(Region::code));
        out.rows.clear();
        all.forEach(r -> out.rows.put(r.code(), r));
    }

    private static String cell(List<String> r, Integer index) {
        return index == null || index >= r.size() || r.get(index) == null ? "" : r.get(index).strip();
    }

    private static FormProblem problem(String code, Object... args) {
        return FormProblem.error(FormProblem.Field.REGION, code, args);
    }

    private static InvalidInputException refusal(List<FormProblem> problems) {
        List<FormProblem> shown = new ArrayList<>(problems.stream().limit(MAX_PROBLEMS).toList());
        if (problems.size() > MAX_PROBLEMS) {
            shown.add(problem("REGION_MORE", Formats.count(problems.size() - MAX_PROBLEMS)));
        }
        return new InvalidInputException(shown, 0);
    }
}
