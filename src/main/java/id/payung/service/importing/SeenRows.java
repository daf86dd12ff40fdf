package id.payung.service.importing;

import id.payung.domain.DamagedNik;
import id.payung.domain.EnrollmentForm;
import id.payung.domain.Formats;
import id.payung.domain.PersonName;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;

/**
 * What the file-level check keeps of every row that passed, for as long as the file is read: enough to tell
 * whether a later row with the same NIK is the same person in another period, and to name the row. Kept
 * in arrays, one slot per row (about 60 bytes with the NIK table and the name), not as objects: a
 * million-row file held ~300 bytes of objects per row and did not fit in a 256 MB heap.
 *
 * <p>A row is a handle ({@code int}); the rows of one NIK are chained in file order. Only NIKs the
 * enrollment rules accepted (16 digits) are kept, so the NIK is stored as a number.
 */
final class SeenRows {
    static final int NONE = -1;
    private static final int NO_DATE = Integer.MIN_VALUE;

    // NIK → its first row: open addressing on the NIK's number.
    private long[] keys = new long[1 << 12];
    private int[] heads = new int[1 << 12];
    private int used;

    // One slot per row.
    private int size;
    private int[] row = new int[1 << 10];
    private int[] next = new int[1 << 10];
    private int[] birth = new int[1 << 10];
    private int[] first = new int[1 << 10];
    private int[] last = new int[1 << 10];
    private String[] funder = new String[1 << 10];
    // What two rows of one NIK and period may disagree on (trial 21c H4): the place, the sex, the occupation.
    private String[] region = new String[1 << 10];
    private String[] occupation = new String[1 << 10];
    private byte[] sex = new byte[1 << 10];
    /** The few codes of places and occupations, each kept once (a million rows share a few hundred). */
    private final java.util.Map<String, String> codes = new java.util.HashMap<>();
    private long[] personId = new long[1 << 10];
    private byte[] outcome = new byte[1 << 10];
    private int[] nameAt = new int[1 << 10];
    private int[] nameEnd = new int[1 << 10];
    private byte[] names = new byte[1 << 14];
    private int namesUsed;

    SeenRows() {
        Arrays.fill(heads, NONE);
    }

    /** The first row kept for this NIK, or {@link #NONE}. */
    int first(String nik) {
        int i = slot(key(nik));
        return heads[i];
    }

    /** The next row with the same NIK, or {@link #NONE}. */
    int next(int h) {
        return next[h];
    }

    /** Keeps a row that passed, after the rows already kept for its NIK; returns its handle. */
    int add(int fileRow, EnrollmentForm f) {
        long k = key(f.cleanNik());
        grow();
        int h = size++;
        row[h] = fileRow;
        next[h] = NONE;
        birth[h] = f.birthDate() == null ? NO_DATE : (int) f.birthDate().toEpochDay();
        first[h] = month(f.firstMonth());
        last[h] = f.lastMonth() == null ? NO_DATE : month(f.lastMonth());
        funder[h] = f.funderCode();
        region[h] = f.regionCode() == null ? null : codes.computeIfAbsent(f.regionCode(), c -> c);
        occupation[h] = f.occupationCode() == null ? null : codes.computeIfAbsent(f.occupationCode(), c -> c);
        sex[h] = (byte) (f.sex() == null ? 0 : f.sex().ordinal() + 1);
        personId[h] = 0;
        outcome[h] = 0;
        byte[] name = f.fullName().strip().getBytes(StandardCharsets.UTF_8);
        if (namesUsed + name.length > names.length) {
            names = Arrays.copyOf(names, Math.max(names.length * 2, namesUsed + name.length));
        }
        System.arraycopy(name, 0, names, namesUsed, name.length);
        nameAt[h] = namesUsed;
        namesUsed += name.length;
        nameEnd[h] = namesUsed;
        int i = slot(k);
        if (heads[i] == NONE) {
            keys[i] = k;
            heads[i] = h;
            if (++used * 2 > keys.length) {
                rehash();
            }
        } else {
            int e = heads[i];
            while (next[e] != NONE) {
                e = next[e];
            }
            next[e] = h;
        }
        return h;
    }

    int row(int h) {
        return row[h];
    }

    String name(int h) {
        return new String(names, nameAt[h], nameEnd[h] - nameAt[h], StandardCharsets.UTF_8);
    }

    String funder(int h) {
        return funder[h];
    }

    YearMonth firstMonth(int h) {
        return YearMonth.of(Math.floorDiv(first[h], 12), Math.floorMod(first[h], 12) + 1);
    }

    /** The row's last month; null for an open end. */
    YearMonth lastMonth(int h) {
        return last[h] == NO_DATE ? null : YearMonth.of(Math.floorDiv(last[h], 12), Math.floorMod(last[h], 12) + 1);
    }

    /** The person its enrollment was written for once settled and written; 0 when nothing was written. */
    long personId(int h) {
        return personId[h];
    }

    /** The outcome it was settled with (an ordinal of the caller's outcomes), or -1 while it waits in its chunk. */
    int outcome(int h) {
        return outcome[h] - 1;
    }

    void settled(int h, int outcomeOrdinal, long writtenFor) {
        outcome[h] = (byte) (outcomeOrdinal + 1);
        personId[h] = writtenFor;
    }

    /** Same name (titles, case and spacing aside) and, where both rows give one, the same birth date. */
    boolean samePerson(int h, EnrollmentForm f) {
        return PersonName.same(name(h), f.fullName())
                && (birth[h] == NO_DATE || f.birthDate() == null || birth[h] == f.birthDate().toEpochDay());
    }

    /**
     * What a row of the same NIK, person and period says otherwise than row {@code h}: its place (desa, or kecamatan
     * only), sex or occupation, each where both rows say one (an empty cell is no contradiction). Empty: the rows are
     * one; a row that differs is not a duplicate to skip but the clerk's to settle (trial 21c H4).
     */
    java.util.List<id.payung.domain.FormProblem.Field> differences(int h, EnrollmentForm f) {
        java.util.List<id.payung.domain.FormProblem.Field> out = new java.util.ArrayList<>();
        if (region[h] != null && f.regionCode() != null && !region[h].equals(f.regionCode())) {
            out.add(id.payung.domain.FormProblem.Field.REGION);
        }
        if (sex[h] != 0 && f.sex() != null && sex[h] != f.sex().ordinal() + 1) {
            out.add(id.payung.domain.FormProblem.Field.SEX);
        }
        if (occupation[h] != null && f.occupationCode() != null && !occupation[h].equals(f.occupationCode())) {
            out.add(id.payung.domain.FormProblem.Field.OCCUPATION);
        }
        return out;
    }

    /** Row {@code h}'s place (region code), as kept. */
    String region(int h) {
        return region[h];
    }

    /** Row {@code h}'s sex, as kept; null when the row had none. */
    id.payung.domain.Sex sex(int h) {
        return sex[h] == 0 ? null : id.payung.domain.Sex.values()[sex[h] - 1];
    }

    /** Row {@code h}'s occupation code, as kept. */
    String occupation(int h) {
        return occupation[h];
    }

    boolean overlaps(int h, EnrollmentForm f) {
        int fFirst = month(f.firstMonth());
        return (last[h] == NO_DATE || fFirst <= last[h])
                && (f.lastMonth() == null || first[h] <= month(f.lastMonth()));
    }

    boolean samePeriod(int h, EnrollmentForm f) {
        return funder[h].equals(f.funderCode()) && first[h] == month(f.firstMonth())
                && last[h] == (f.lastMonth() == null ? NO_DATE : month(f.lastMonth()));
    }

    String period(int h) {
        return Formats.month(firstMonth(h)) + "–" + (last[h] == NO_DATE ? "…"
                : Formats.month(YearMonth.of(Math.floorDiv(last[h], 12), Math.floorMod(last[h], 12) + 1)));
    }

    /** The NIKs kept, sorted (built when first asked, for {@link #inRanges}); null until then. */
    private long[] sortedNiks;

    /**
     * The rows kept whose NIK lies in one of {@code ranges}, as candidates for a NIK Excel destroyed in another row
     * ({@link DamagedNik}): their NIK, name, birth date and row. Asked once the file is read (the NIKs are sorted once).
     */
    java.util.List<DamagedNik.Candidate> inRanges(java.util.List<DamagedNik.Range> ranges) {
        if (sortedNiks == null || sortedNiks.length != used) {
            long[] niks = new long[used];
            int n = 0;
            for (int i = 0; i < keys.length; i++) {
                if (heads[i] != NONE) {
                    niks[n++] = keys[i];
                }
            }
            Arrays.sort(niks);
            sortedNiks = niks;
        }
        java.util.List<DamagedNik.Candidate> found = new java.util.ArrayList<>();
        for (DamagedNik.Range r : ranges) {
            long from = Long.parseLong(r.from());
            long to = Long.parseLong(r.to());
            int at = Arrays.binarySearch(sortedNiks, from);
            for (int i = at >= 0 ? at : -at - 1; i < sortedNiks.length && sortedNiks[i] <= to; i++) {
                String nik = String.format("%016d", sortedNiks[i]);
                for (int h = heads[slot(sortedNiks[i])]; h != NONE; h = next[h]) {
                    found.add(new DamagedNik.Candidate(nik, name(h), birthDate(h), row[h]));
                }
            }
        }
        return found;
    }

    /** The birth date kept (for tests and messages), or null. */
    LocalDate birthDate(int h) {
        return birth[h] == NO_DATE ? null : LocalDate.ofEpochDay(birth[h]);
    }

    private static int month(YearMonth m) {
        return m.getYear() * 12 + m.getMonthValue() - 1;
    }

    /** A NIK the rules accepted is 16 digits: its number names it. */
    private static long key(String nik) {
        return Long.parseLong(nik);
    }

    private int slot(long k) {
        int mask = keys.length - 1;
        int i = (int) (mix(k) & mask);
        while (heads[i] != NONE && keys[i] != k) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static long mix(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldHeads.length * 2];
        Arrays.fill(heads, NONE);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] != NONE) {
                int s = slot(oldKeys[i]);
                keys[s] = oldKeys[i];
                heads[s] = oldHeads[i];
            }
        }
    }

    private void grow() {
        if (size < row.length) {
            return;
        }
        int n = row.length * 2;
        row = Arrays.copyOf(row, n);
        next = Arrays.copyOf(next, n);
        birth = Arrays.copyOf(birth, n);
        first = Arrays.copyOf(first, n);
        last = Arrays.copyOf(last, n);
        funder = Arrays.copyOf(funder, n);
        region = Arrays.copyOf(region, n);
        occupation = Arrays.copyOf(occupation, n);
        sex = Arrays.copyOf(sex, n);
        personId = Arrays.copyOf(personId, n);
        outcome = Arrays.copyOf(outcome, n);
        nameAt = Arrays.copyOf(nameAt, n);
        nameEnd = Arrays.copyOf(nameEnd, n);
    }
}
