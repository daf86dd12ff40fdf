package id.payung.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Deterministic, realistic example lists (same seed, same file): NIKs valid for Manggarai's districts with
 * real dates and sexes, Manggarai names, kecamatan, occupations and funders in plausible shares. Every
 * row is valid, in the import format, with funder and period columns so {@code import FILE} needs no
 * options. Serials start at 9000 so demo NIKs are recognisable.
 */
public final class DemoData {
    /** Column headers of the generated CSV (spellings the import reads). */
    public static final List<String> HEADERS = List.of("NIK", "Nama Lengkap", "Jenis Kelamin", "Tanggal Lahir",
            "Kecamatan", "Pekerjaan", "Sumber Dana", "Mulai", "Jumlah Bulan");
    private static final String[][] KECAMATAN = {{"01", "Wae Rii"}, {"03", "Ruteng"}, {"05", "Satar Mese"},
        {"06", "Cibal"}, {"11", "Reok"}, {"12", "Langke Rembong"}, {"13", "Satar Mese Barat"}, {"14", "Rahong Utara"},
        {"15", "Lelak"}, {"16", "Reok Barat"}, {"17", "Cibal Barat"}, {"18", "Satar Mese Utara"}};
    private static final String[] OCCUPATIONS = {"Petani", "Petani", "Buruh tani", "Buruh tani", "Pedagang",
        "Tukang bangunan", "Pengemudi ojek", "Nelayan", "Asisten rumah tangga", "Lainnya"};
    private static final String[] FUNDERS = {"APBD-PROV-NTT", "APBD-PROV-NTT", "APBD-PROV-NTT", "APBD-KAB-MGR",
        "MANDIRI", "CSR"};
    private static final String[] FIRST = {"Maria", "Yohanes", "Fransiskus", "Agnes", "Yosef", "Theresia", "Benediktus",
        "Anastasia", "Kornelis", "Yuliana", "Stefanus", "Florentina", "Hendrikus", "Margareta", "Petrus", "Veronika",
        "Aloysius", "Elisabet", "Gabriel", "Rosalia"};
    private static final String[] LAST = {"Jehadu", "Ndun", "Jemarut", "Nggoro", "Dagur", "Mbaru", "Jelita", "Hamsi",
        "Tamur", "Sadu", "Jangkur", "Ngampus", "Lalong", "Ndoang", "Bangkur"};

    private DemoData() {
    }

    /** Writes {@code rows} rows as UTF-8 CSV with a header (separator ;). Returns the rows written. */
    public static long writeCsv(Writer out, long rows, long seed) {
        Random r = new Random(seed);
        try {
            CSVPrinter csv = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader(HEADERS.toArray(String[]::new))
                    .get().print(out);
            for (long i = 0; i < rows; i++) {
                String[] kec = KECAMATAN[r.nextInt(KECAMATAN.length)];
                boolean woman = r.nextBoolean();
                LocalDate birth = LocalDate.of(1955 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28));
                // District digits vary too, so a million rows get a million distinct NIKs.
                String district = String.format("%02d", (int) (i / 9999 % 99) + 1);
                String nik = "5310" + district + String.format("%02d", birth.getDayOfMonth() + (woman ? 40 : 0))
                        + String.format("%02d", birth.getMonthValue()) + String.format("%02d", birth.getYear() % 100)
                        + String.format("%04d", i % 9999 + 1);
                int year = 2023 + r.nextInt(4);
                csv.printRecord(nik, FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)], woman ? "P" : "L",
                        String.format("%02d/%02d/%d", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear()),
                        kec[1], OCCUPATIONS[r.nextInt(OCCUPATIONS.length)], FUNDERS[r.nextInt(FUNDERS.length)],
                        String.format("01/%d", year), 12);
            }
            csv.flush();
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
