package id.payung.service;

import id.payung.domain.Region;
import id.payung.domain.RegionCodes;
import id.payung.domain.RegionLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * The Kemendagri 2025 region list shipped in {@code seeds/kepmendagri-2025-wilayah.csv.gz} (every province,
 * regency, kecamatan and desa/kelurahan of Indonesia, {@code kode,nama}, 91.600 rows). It is read only when
 * needed and at most once per process for each purpose (the codes for NIK checks; one regency's rows when a
 * database is seeded or switches regency), never on the window's thread by design of its callers.
 */
public final class RegionList {
    /** Where the list lies inside the jar. */
    public static final String RESOURCE = "/seeds/kepmendagri-2025-wilayah.csv.gz";
    /** Which list this is, stored in a database that has loaded it. */
    public static final String EDITION = "Kepmendagri 300.2.2-2138 Tahun 2025";

    private static volatile Upper upper;
    private static final Map<String, List<Region>> REGENCIES = new ConcurrentHashMap<>();

    private RegionList() {
    }

    /** Provinces, regencies and kecamatan codes, and the province and regency rows (a few hundred). */
    private record Upper(Set<String> codes, List<Region> provincesAndRegencies) {
    }

    /**
     * The province, regency and kecamatan codes of the list (dotted), for the NIK rules. The first call reads
     * the list (a tenth of a second); later calls answer at once.
     */
    public static RegionCodes codes() {
        Set<String> codes = upper().codes();
        return codes::contains;
    }

    /** Every province and regency of Indonesia, in code order. */
    public static List<Region> provincesAndRegencies() {
        return upper().provincesAndRegencies();
    }

    /** The regency's own row, if the list has that regency code ({@code 53.10}). */
    public static java.util.Optional<Region> regency(String code) {
        return provincesAndRegencies().stream().filter(r -> r.code().equals(code) && r.level() == RegionLevel.REGENCY)
                .findFirst();
    }

    /**
     * The regency's row ({@link #regency}) if the list has been read, else empty: for words shown as the user types,
     * on the window's thread, which must not wait for the list ("Kabupaten Manggarai Barat (53.15)", trial 20c L5).
     */
    public static java.util.Optional<Region> regencyIfRead(String code) {
        return upper == null ? java.util.Optional.empty() : regency(code);
    }

    /**
     * The regencies and cities whose name is the text (case and spaces aside), with or without "Kabupaten", "Kab."
     * or "Kota" before it: "Manggarai Barat" finds 53.15 Kabupaten Manggarai Barat; "Bandung" finds the Kabupaten and
     * the Kota; "Kota Bandung" only the Kota. In code order; empty when none has that name. For advice only (a name
     * typed where a code belongs): a code is never taken from a name without the user writing it.
     */
    public static List<Region> regenciesNamed(String text) {
        if (text == null) {
            return List.of();
        }
        String t = text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        String kind = null;
        for (String[] prefix : new String[][] {{"kabupaten ", "kabupaten"}, {"kab. ", "kabupaten"}, {"kab.", "kabupaten"},
                {"kab ", "kabupaten"}, {"kota ", "kota"}}) {
            if (t.startsWith(prefix[0])) {
                kind = prefix[1];
                t = t.substring(prefix[0].length()).strip();
                break;
            }
        }
        if (t.isEmpty()) {
            return List.of();
        }
        List<Region> found = new ArrayList<>();
        for (Region r : provincesAndRegencies()) {
            if (r.level() != RegionLevel.REGENCY) {
                continue;
            }
            String name = r.name().strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
            int space = name.indexOf(' ');
            String own = space < 0 ? name : name.substring(space + 1);
            String ownKind = space < 0 ? "" : name.substring(0, space);
            if (own.equals(t) && (kind == null || kind.equals(ownKind))) {
                found.add(r);
            }
        }
        return List.copyOf(found);
    }

    /**
     * A regency's kecamatan and desa/kelurahan, in code order (empty when the list has no such regency).
     * Kept once read: a process seeds few regencies.
     */
    public static List<Region> within(String regencyCode) {
        return REGENCIES.computeIfAbsent(regencyCode, code -> {
            List<Region> rows = new ArrayList<>();
            String prefix = code + ".";
            scan(c -> c.startsWith(prefix), rows::add);
            return List.copyOf(rows);
        });
    }

    /**
     * The codes if they have been read, else {@link RegionCodes#ANY}: for checks as the user types, on the
     * window's thread, which must not wait for the list. The service checks again with {@link #codes()}
     * before anything is saved, so an unknown province is still refused.
     */
    public static RegionCodes codesIfRead() {
        Upper read = upper;
        return read == null ? RegionCodes.ANY : codes();
    }

    /** Reads the codes in the background now, so the first NIK check does not wait for them. */
    public static void prime() {
        if (upper == null) {
            Thread t = new Thread(RegionList::upper, "payung-region-codes");
            t.setDaemon(true);
            t.start();
        }
    }

    private static Upper upper() {
        Upper u = upper;
        if (u == null) {
            synchronized (RegionList.class) {
                u = upper;
                if (u == null) {
                    Set<String> codes = new HashSet<>();
                    List<Region> top = new ArrayList<>();
                    scan(c -> c.length() <= 8, r -> {
                        codes.add(r.code());
                        if (r.level() != RegionLevel.KECAMATAN) {
                            top.add(r);
                        }
                    });
                    u = new Upper(Set.copyOf(codes), List.copyOf(top));
                    upper = u;
                }
            }
        }
        return u;
    }

    /**
     * Reads the list, handing on the rows whose code passes the filter (the name is decoded only for those).
     * Works on the bytes: most of the 91.600 lines are desa that a caller skips by their code's length.
     */
    private static void scan(Predicate<String> wanted, Consumer<Region> sink) {
        byte[] text;
        try (InputStream in = RegionList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new SeedException("seeds/kepmendagri-2025-wilayah.csv.gz is missing from the build", null);
            }
            text = new GZIPInputStream(in, 1 << 16).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped region list", e);
        }
        int start = 0;
        boolean header = true;
        while (start < text.length) {
            int end = start;
            int comma = -1;
            while (end < text.length && text[end] != '\n') {
                if (comma < 0 && text[end] == ',') {
                    comma = end;
                }
                end++;
            }
            if (!header && comma > start) {
                String code = new String(text, start, comma - start, StandardCharsets.US_ASCII);
                if (wanted.test(code)) {
                    RegionLevel level = RegionCodes.levelOf(code);
                    int nameEnd = end > comma && text[end - 1] == '\r' ? end - 1 : end;
                    if (level != null) {
                        String name = new String(text, comma + 1, nameEnd - comma - 1, StandardCharsets.UTF_8);
                        sink.accept(new Region(code, unquote(name), level, RegionCodes.parentOf(code)));
                    }
                }
            }
            header = false;
            start = end + 1;
        }
    }

    /** A CSV field: quoted ones ("Lubuk Pakam I,II") lose their quotes and undouble inner ones. */
    static String unquote(String field) {
        String f = field.strip();
        if (f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"")) {
            return f.substring(1, f.length() - 1).replace("\"\"", "\"");
        }
        return f;
    }
}
