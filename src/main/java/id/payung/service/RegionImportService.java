package id.payung.service;

import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.store.Database;
import id.payung.store.RegionRepository;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads a regency's districts and villages from a Kemendagri region list, so any regency can use Payung.
 * Accepted columns: {@code kode_desa, nama_desa, jenis, kode_kecamatan, nama_kecamatan} (one row per desa
 * or kelurahan) or {@code code, name, level, parent_code}. The code hierarchy is checked (a village code
 * starts with its kecamatan's code, which starts with a known regency); all rows or none are loaded.
 */
public final class RegionImportService {
    private static final Pattern KECAMATAN = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}");
    private static final Pattern VILLAGE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}");

    private final Database db;
    private final ChangeLog log;
    private final RegionRepository regions = new RegionRepository();

    public RegionImportService(Database db, String actor) {
        this.db = db;
        this.log = new ChangeLog(actor);
    }

    /** What a region list held. */
    public record Result(int kecamatanAdded, int villagesAdded, int alreadyKnown) {
    }

    /**
     * Reads and loads a region list.
     *
     * @throws InvalidInputException listing the lines that break the code hierarchy; nothing is loaded then
     */
    public Result importCsv(Path file) {
        List<Region> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        read(file, rows, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().limit(50).map(p -> id.payung.domain.FormProblem.error(
                    id.payung.domain.FormProblem.Field.REGION, "REGION_LINE", p)).toList(), 0);
        }
        return db.write(tx -> {
            Map<String, Boolean> known = new LinkedHashMap<>();
            for (RegionLevel level : RegionLevel.values()) {
                regions.byLevel(tx, level).forEach(r -> known.put(r.code(), true));
            }
            int kec = 0;
            int villages = 0;
            int already = 0;
            for (Region r : rows) {
                String regency = r.code().substring(0, 5);
                if (r.level() == RegionLevel.KECAMATAN && !known.containsKey(regency)) {
                    throw new InvalidInputException(List.of(id.payung.domain.FormProblem.error(
                            id.payung.domain.FormProblem.Field.REGION, "REGION_UNKNOWN_REGENCY", regency)), 0);
                }
                if (regions.insertIfAbsent(tx, r)) {
                    known.put(r.code(), true);
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
                    "kecamatan", kec, "villages", villages));
            return new Result(kec, villages, already);
        });
    }

    private static void read(Path file, List<Region> rows, List<String> problems) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(true).get().parse(reader);
            boolean kemendagri = parser.getHeaderMap().keySet().containsAll(
                    List.of("kode_desa", "nama_desa", "jenis", "kode_kecamatan", "nama_kecamatan"));
            boolean plain = parser.getHeaderMap().keySet().containsAll(List.of("code", "name", "level", "parent_code"));
            if (!kemendagri && !plain) {
                problems.add(file.getFileName() + " has no region columns (kode_desa, nama_desa, jenis, kode_kecamatan, "
                        + "nama_kecamatan)");
                return;
            }
            Iterable<CSVRecord> records = parser;
            Map<String, Region> kecamatan = new LinkedHashMap<>();
            List<Region> villages = new ArrayList<>();
            for (CSVRecord r : records) {
                long line = r.getRecordNumber() + 1;
                if (r.isMapped("kode_desa")) {
                    String kecCode = r.get("kode_kecamatan").strip();
                    String code = r.get("kode_desa").strip();
                    String type = r.get("jenis").strip().toLowerCase(Locale.ROOT);
                    if (!KECAMATAN.matcher(kecCode).matches() || !VILLAGE.matcher(code).matches()
                            || !code.startsWith(kecCode + ".")) {
                        problems.add("line " + line + ": " + code + " / " + kecCode);
                        continue;
                    }
                    kecamatan.putIfAbsent(kecCode, new Region(kecCode, r.get("nama_kecamatan").strip(), RegionLevel.KECAMATAN,
                            kecCode.substring(0, 5)));
                    villages.add(new Region(code, r.get("nama_desa").strip(),
                            type.startsWith("kel") ? RegionLevel.KELURAHAN : RegionLevel.DESA, kecCode));
                } else {
                    String code = r.get("code").strip();
                    String parent = r.get("parent_code").strip();
                    RegionLevel level = RegionLevel.valueOf(r.get("level").strip().toUpperCase(Locale.ROOT));
                    boolean ok = !parent.isEmpty() && code.startsWith(parent + ".")
                            && (level == RegionLevel.KECAMATAN ? KECAMATAN : VILLAGE).matcher(code).matches();
                    if (!ok) {
                        problems.add("line " + line + ": " + code + " / " + parent);
                        continue;
                    }
                    (level == RegionLevel.KECAMATAN ? kecamatan : new LinkedHashMap<String, Region>()).put(code,
                            new Region(code, r.get("name").strip(), level, parent));
                    if (level != RegionLevel.KECAMATAN) {
                        villages.add(new Region(code, r.get("name").strip(), level, parent));
                    }
                }
            }
            rows.addAll(kecamatan.values());
            rows.addAll(villages);
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.add(file.getFileName() + " is not a UTF-8 text (CSV) file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(e.getMessage());
        }
    }
}
