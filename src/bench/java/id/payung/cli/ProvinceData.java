package id.payung.cli;

import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.service.RegionList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Name lists of one NTT regency for the province bench, as {@code service.DemoData} makes Manggarai's: NIKs of the
 * regency's real kecamatan (the shipped Kepmendagri list) with real birth dates and sexes, Flores, Timor and Sumba
 * names, occupations and funders in plausible shares, twelve-month enrollments starting 2023–2026; every row valid,
 * in the import format ({@code DemoData.HEADERS}), with the kecamatan by name as a regency's file names it.
 *
 * <p>Rows are numbered within the regency and the same number always gives the same NIK, so the fill, the import
 * measured afterwards and the single saves take disjoint ranges and never meet. Why NIKs are unique: row {@code i}'s
 * serial is {@code i % 9999 + 1}; rows with the same serial lie {@code b = i / 9999} blocks apart and get a
 * different (kecamatan, birth year) pair for every {@code b < 46 × kecamatan}: the year moves with {@code b} through
 * 46 years (1960–2005) and the kecamatan moves on after every 46 blocks.
 */
final class ProvinceData {
    private static final int YEARS = 46;
    private static final String[] WOMEN = {"Maria", "Agnes", "Theresia", "Yuliana", "Florentina", "Margareta",
        "Veronika", "Elisabet", "Rosalia", "Imelda", "Oktaviana", "Naomi", "Ribka", "Dorkas"};
    private static final String[] MEN = {"Yohanes", "Fransiskus", "Yosef", "Benediktus", "Kornelis", "Stefanus",
        "Hendrikus", "Petrus", "Aloysius", "Gabriel", "Yakobus", "Markus", "Umbu", "Daniel"};
    private static final String[] LAST = {"Jehadu", "Ndun", "Nggoro", "Dagur", "Tamur", "Lalong", "Nubatonis",
        "Tanesib", "Benu", "Manafe", "Kapitan", "Lewar", "Wadu", "Ratu", "Ndapa", "Kaka", "Riwu", "Pello", "Fallo",
        "Seran", "Bria", "Mau", "Koten", "Wungu"};
    /** Occupations (seeded code, the name a list writes) in plausible shares: farming most. */
    private static final String[][] OCCUPATIONS = {{"PETANI", "Petani"}, {"PETANI", "Petani"}, {"PETANI", "Petani"},
        {"BURUH-TANI", "Buruh tani"}, {"BURUH-TANI", "Buruh tani"}, {"PEDAGANG", "Pedagang"},
        {"TUKANG-BANGUNAN", "Tukang bangunan"}, {"OJEK", "Pengemudi ojek"}, {"NELAYAN", "Nelayan"},
        {"ART", "Asisten rumah tangga"}, {"SOPIR", "Sopir angkutan"}, {"LAINNYA", "Lainnya"}};
    /** Funders any NTT regency has (the province's budget most); Manggarai adds its own regency budget. */
    private static final String[] FUNDERS = {"APBD-PROV-NTT", "APBD-PROV-NTT", "APBD-PROV-NTT", "APBN", "MANDIRI",
        "CSR"};
    private static final String MANGGARAI = "53.10";
    private static final int MONTHS = 12;

    private final String regency;
    private final String nikPrefix;
    private final List<Region> kecamatan;

    /** The lists of {@code regency} (e.g. "53.01"), a regency of the shipped region list with kecamatan. */
    ProvinceData(String regency) {
        this.regency = regency;
        this.nikPrefix = regency.replace(".", "");
        this.kecamatan = RegionList.within(regency).stream().filter(r -> r.level() == RegionLevel.KECAMATAN).toList();
        if (kecamatan.isEmpty()) {
            throw new IllegalArgumentException(regency + " has no kecamatan in the shipped region list");
        }
    }

    /** The most rows one regency can give with distinct NIKs. */
    long capacity() {
        return (long) YEARS * kecamatan.size() * 9999;
    }

    /** One row: the NIK, the birth date and sex it encodes, a name, the kecamatan, occupation, funder and start. */
    record Row(String nik, String name, boolean woman, LocalDate birth, String kecamatanCode, String kecamatanName,
               String occupationCode, String occupationName, String funder, int startYear) {
    }

    /** Row number {@code i} of this regency (the same row every time: it is seeded by the regency and i). */
    Row row(long i) {
        if (i < 0 || i >= capacity()) {
            throw new IllegalArgumentException("row " + i + " is past the " + capacity() + " NIKs of " + regency);
        }
        long serial = i % 9999;
        long block = i / 9999;
        Random r = new Random(i * 31 + nikPrefix.hashCode());
        Region kec = kecamatan.get((int) ((serial * 7 + block / YEARS) % kecamatan.size()));
        int year = 1960 + (int) ((serial + block) % YEARS);
        boolean woman = r.nextBoolean();
        LocalDate birth = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
        String kecDigits = kec.code().substring(kec.code().lastIndexOf('.') + 1);
        String nik = nikPrefix + kecDigits + two(birth.getDayOfMonth() + (woman ? 40 : 0)) + two(birth.getMonthValue())
                + two(year % 100) + String.format("%04d", serial + 1);
        String[] first = woman ? WOMEN : MEN;
        String name = first[r.nextInt(first.length)] + " " + LAST[r.nextInt(LAST.length)];
        String[] occupation = OCCUPATIONS[r.nextInt(OCCUPATIONS.length)];
        int f = r.nextInt(FUNDERS.length + (regency.equals(MANGGARAI) ? 1 : 0));
        String funder = f < FUNDERS.length ? FUNDERS[f] : "APBD-KAB-MGR";
        return new Row(nik, name, woman, birth, kec.code(), kec.name(), occupation[0], occupation[1], funder, 2023 + r.nextInt(4));
    }

    /** Writes rows {@code from} (inclusive) to {@code to} (exclusive) as a UTF-8 CSV list (separator ;). */
    void writeCsv(Path file, long from, long to) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = CSVFormat.RFC4180.builder().setDelimiter(';')
                     .setHeader(id.payung.service.DemoData.HEADERS.toArray(String[]::new)).get().print(out)) {
            for (long i = from; i < to; i++) {
                Row row = row(i);
                LocalDate b = row.birth();
                csv.printRecord(row.nik(), row.name(), row.woman() ? "P" : "L",
                        two(b.getDayOfMonth()) + "/" + two(b.getMonthValue()) + "/" + b.getYear(), row.kecamatanName(),
                        row.occupationName(), row.funder(), "01/" + row.startYear(), MONTHS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
