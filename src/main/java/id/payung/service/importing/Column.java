package id.payung.service.importing;

import id.payung.domain.TextKey;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns Payung understands in a name list, with the header spellings seen in the field. Headers
 * are compared case- and punctuation-insensitively ("No. KTP", "NO KTP" and "no_ktp" are the same).
 */
public enum Column {
    ROW_NUMBER("no", "nomor", "nourut", "nomorurut"),
    NIK("nik", "noktp", "nomorktp", "nomorindukkependudukan", "noinduk", "niknomorktp"),
    NAME("nama", "namalengkap", "namapeserta", "namapekerja"),
    SEX("jeniskelamin", "lp", "jk", "kelamin", "sex", "gender"),
    /**
     * Sex written as two tick columns, {@code L | P} under {@code JENIS KELAMIN}: the row is a man when this one is
     * ticked ({@code √}, {@code v}, {@code 1}). Found by {@link HeaderRows}, never by a header alone.
     */
    SEX_L(),
    /** The {@code P} of two tick columns (see {@link #SEX_L}). */
    SEX_P(),
    BIRTH_DATE("tanggallahir", "tgllahir", "tgllhr", "tanggallhr", "tgllahirddmmyyyy"),
    BIRTH_PLACE("tempatlahir", "tmptlahir", "tmplahir", "tempat"),
    PLACE_AND_DATE("ttl", "tempattanggallahir", "tempattgllahir", "tempattgllhr"),
    ADDRESS("alamat", "alamatlengkap"),
    DESA("desa", "desakelurahan", "kelurahan", "desakel", "kelurahandesa", "kelurahanDesa"),
    KECAMATAN("kecamatan", "kec"),
    OCCUPATION("pekerjaan", "jenispekerjaan", "profesi", "jabatan"),
    PHONE("nohp", "hp", "telepon", "notelepon", "nohandphone", "notelp", "telp", "nomorhp", "nowa"),
    FUNDER("sumberdana", "pembiaya", "sumberpembiayaan", "funder"),
    KPJ("kpj", "nopeserta", "nomorpeserta", "nokpj", "nomorkpj"),
    FIRST_MONTH("mulai", "bulanmulai", "tmt", "mulaikepesertaan", "periodemulai"),
    MONTHS("lama", "lamabulan", "jumlahbulan", "bulan"),
    LAST_MONTH("sampai", "bulanakhir", "akhir", "berakhir", "periodeakhir"),
    SEGMENT("segmen", "segmentasi"),
    INCOME("penghasilan", "upah", "penghasilanbulanan", "gaji"),
    NOTES("keterangan", "catatan", "ket"),
    /** Participant status in a BPJS list (used when reconciling, ignored by the import). */
    STATUS("status", "statuskepesertaan", "statuspeserta", "statusaktif");

    private final List<String> aliases;

    Column(String... aliases) {
        this.aliases = List.of(aliases);
    }

    /** The column a header names, if Payung knows the spelling. */
    public static Optional<Column> of(String header) {
        Optional<Column> whole = named(normalize(header));
        if (whole.isPresent() || header == null || header.indexOf('(') < 0) {
            return whole;
        }
        // "JENIS KELAMIN (L/P)", "Penghasilan (Rp)", "Tgl Lahir (dd-mm-yyyy)": the words before the brackets name
        // the column, else the words inside them do.
        Optional<Column> outside = named(normalize(BRACKETS.matcher(header).replaceAll(" ")));
        if (outside.isPresent()) {
            return outside;
        }
        java.util.regex.Matcher inside = BRACKETS.matcher(header);
        return inside.find() ? named(normalize(inside.group().substring(1, inside.group().length() - 1))) : Optional.empty();
    }

    private static final java.util.regex.Pattern BRACKETS = java.util.regex.Pattern.compile("\\([^)]*\\)");

    private static Optional<Column> named(String key) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (Column c : values()) {
            if (c.aliases.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(key))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Lower case, accents removed, only letters and digits kept: {@link TextKey#of}. */
    static String normalize(String s) {
        return TextKey.of(s);
    }
}
