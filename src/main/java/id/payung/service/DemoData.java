package id.payung.service;

import id.payung.domain.PersonName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Deterministic, realistic example lists (same seed, same rows): NIKs of Manggarai's kecamatan with real
 * dates and sexes, Manggarai names, the kecamatan of the NIK, occupations and funders in plausible shares,
 * starts spread over several years. Every row is valid, in the import format, with funder and period
 * columns so {@code import FILE} needs no options.
 *
 * <p>Why NIKs are unique: rows come in blocks of 9.999 (the NIK serial); each block has its own pair of
 * kecamatan and birth year, and the pairs repeat only after 180 blocks.
 */
public final class DemoData {
    /** Most rows one seed can give with distinct NIKs. */
    public static final long MAX_ROWS = 180L * 9999;
    /** Column headers of the generated CSV (spellings the import reads). */
    public static final List<String> HEADERS = List.of("NIK", "Nama Lengkap", "Jenis Kelamin", "Tanggal Lahir",
            "Kecamatan", "Pekerjaan", "Sumber Dana", "Mulai", "Jumlah Bulan");
    private static final String[][] KECAMATAN = {{"01", "Wae Rii"}, {"03", "Ruteng"}, {"05", "Satar Mese"},
        {"06", "Cibal"}, {"11", "Reok"}, {"12", "Langke Rembong"}, {"13", "Satar Mese Barat"}, {"14", "Rahong Utara"},
        {"15", "Lelak"}, {"16", "Reok Barat"}, {"17", "Cibal Barat"}, {"18", "Satar Mese Utara"}};
    private static final String[][] OCCUPATIONS = {{"PETANI", "Petani"}, {"PETANI", "Petani"},
        {"BURUH-TANI", "Buruh tani"}, {"BURUH-TANI", "Buruh tani"}, {"PEDAGANG", "Pedagang"},
        {"TUKANG-BANGUNAN", "Tukang bangunan"}, {"OJEK", "Pengemudi ojek"}, {"NELAYAN", "Nelayan"},
        {"ART", "Asisten rumah tangga"}, {"LAINNYA", "Lainnya"}};
    private static final String[] FUNDERS = {"APBD-PROV-NTT", "APBD-PROV-NTT", "APBD-PROV-NTT", "APBD-KAB-MGR",
        "MANDIRI", "CSR"};
    // First names by sex: the NIK says whether its holder is a woman (day of birth + 40), and the name
    // should not say otherwise.
    private static final String[] WOMEN = {"Maria", "Agnes", "Theresia", "Anastasia", "Yuliana", "Florentina",
        "Margareta", "Veronika", "Elisabet", "Rosalia"};
    private static final String[] MEN = {"Yohanes", "Fransiskus", "Yosef", "Benediktus", "Kornelis", "Stefanus",
        "Hendrikus", "Petrus", "Aloysius", "Gabriel"};
    private static final String[] LAST = {"Jehadu", "Ndun", "Jemarut", "Nggoro", "Dagur", "Mbaru", "Jelita", "Hamsi",
        "Tamur", "Sadu", "Jangkur", "Ngampus", "Lalong", "Ndoang", "Bangkur"};
    private static final int MONTHS = 12;

    private DemoData() {
    }

    /** One generated person with one enrollment, with both the names a file shows and the codes behind them. */
    public record Row(String nik, String fullName, boolean woman, LocalDate birthDate, String kecamatanCode,
                      String kecamatanName, String occupationCode, String occupationName, String funderCode,
                      YearMonth firstMonth, int months) {
        public YearMonth lastMonth() {
            return firstMonth.plusMonths(months - 1L);
        }
    }

    /**
     * The rows for a seed, generated as they are taken (constant memory).
     *
     * @throws IllegalArgumentException for more than {@link #MAX_ROWS} rows
     */
    public static Iterator<Row> rows(long rows, long seed) {
        if (rows < 0 || rows > MAX_ROWS) {
            throw new IllegalArgumentException("rows must be between 0 and " + MAX_ROWS);
        }
        Random r = new Random(seed);
        return new Iterator<>() {
            private long i;
            // Names given in this block per NIK without its serial (kecamatan, birth date, sex): two rows there with one
            // name would be one person whose NIK was mistyped or cut by Excel (LikelySamePerson, DamagedNik), not two.
            private final java.util.Set<String> namesOfBlock = new java.util.HashSet<>();

            @Override
            public boolean hasNext() {
                return i < rows;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                long block = i / 9999;
                String[] kec = KECAMATAN[(int) (block % KECAMATAN.length)];
                int birthYear = 1960 + (int) (block * 7 % 45);
                boolean woman = r.nextBoolean();
                LocalDate birth = LocalDate.of(birthYear, 1 + r.nextInt(12), 1 + r.nextInt(28));
                String nik = "5310" + kec[0] + two(birth.getDayOfMonth() + (woman ? 40 : 0)) + two(birth.getMonthValue())
                        + two(birth.getYear() % 100) + String.format("%04d", i % 9999 + 1);
                String[] occupation = OCCUPATIONS[r.nextInt(OCCUPATIONS.length)];
                String[] firstNames = woman ? WOMEN : MEN;
                if (i % 9999 == 0) {
                    namesOfBlock.clear();
                }
                String name;
                do {
                    name = firstNames[r.nextInt(firstNames.length)] + " " + LAST[r.nextInt(LAST.length)];
                } while (!namesOfBlock.add(nik.substring(0, 12) + " " + PersonName.key(name)));
                String funder = FUNDERS[r.nextInt(FUNDERS.length)];
                YearMonth first = YearMonth.of(2023 + r.nextInt(4), 1);
                i++;
                return new Row(nik, name, woman, birth, "53.10." + kec[0], kec[1], occupation[0], occupation[1], funder,
                        first, MONTHS);
            }
        };
    }

    /** Writes {@code rows} rows as UTF-8 CSV with a header (separator ;). Returns the rows written. */
    public static long writeCsv(Writer out, long rows, long seed) {
        try {
            CSVPrinter csv = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader(HEADERS.toArray(String[]::new))
                    .get().print(out);
            for (Iterator<Row> it = rows(rows, seed); it.hasNext(); ) {
                Row row = it.next();
                LocalDate b = row.birthDate();
                csv.printRecord(row.nik(), row.fullName(), row.woman() ? "P" : "L",
                        two(b.getDayOfMonth()) + "/" + two(b.getMonthValue()) + "/" + b.getYear(),
                        row.kecamatanName(), row.occupationName(), row.funderCode(),
                        two(row.firstMonth().getMonthValue()) + "/" + row.firstMonth().getYear(), row.months());
            }
            csv.flush();
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
