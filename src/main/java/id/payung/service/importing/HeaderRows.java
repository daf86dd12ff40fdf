package id.payung.service.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How a list's header is read from one row or from two, as villages lay them out in Excel: a group label merged
 * over two or more labels in the row under it ({@code IDENTITAS} over {@code NIK | NAMA LENGKAP}, {@code ALAMAT}
 * over {@code DUSUN | DESA}, {@code JENIS KELAMIN} over two tick columns {@code L | P}), while the other labels are
 * merged vertically over both rows (their text lives in the upper row: {@code NO}, {@code L/P},
 * {@code PEKERJAAN}). A column's label is the lower row's where it has one, else the upper row's; a lower label
 * Payung does not know keeps its group in front ({@code ALAMAT / DUSUN}) and the group names its meaning when it
 * has one. Every column either row labels is kept, so the clerk can map any of them by hand (trial 18 H1).
 * A file without merge information (a CSV) reads the same: the merged cell's text is in its first cell.
 */
final class HeaderRows {
    /** The labels of each column (as shown) and what Payung made of them. */
    record Read(List<String> texts, Map<Integer, Column> mapping) {
    }


    private HeaderRows() {
    }

    /** One header row: each label that names a column, the first of a kind winning; an L and a P column side by side are tick columns. */
    static Read single(List<String> texts) {
        Map<Integer, Column> mapping = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            int col = i;
            Column.of(texts.get(i)).filter(c -> !mapping.containsValue(c)).ifPresent(c -> mapping.put(col, c));
        }
        if (!mapping.containsValue(Column.SEX)) {
            int l = tickPair(texts);
            if (l >= 0) {
                putTicks(mapping, texts, l);
            }
        }
        return new Read(new ArrayList<>(texts), sorted(mapping));
    }

    /**
     * Whether {@code upper} is the first row of a two-row header whose second row is {@code lower}, the row
     * already taken for the header (it names NIK or Nama): some column's label stands in the upper row over an
     * empty cell — a label merged over both rows.
     */
    static boolean isUpperRow(List<String> upper, List<String> lower) {
        for (int i = 0; i < upper.size(); i++) {
            // "Desa :" beside its value in a title row ("Desa : | Golo Cador") is no column label
            if (at(lower, i).isBlank() && !at(upper, i).contains(":") && Column.of(upper.get(i)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code lower}, the row under a header row, is its second row: it labels some column (a known
     * label, or L and P tick columns under Jenis kelamin), none of them where the header row has the NIK.
     */
    static boolean isLowerRow(Read header, List<String> lower) {
        // A row with a NIK's digits under the NIK header is a person, whatever its other cells say: a register file
        // whose first person's enrollment has ended says "Berakhir" in its Status column, which is a Sampai label
        // (that person was read as a second header row and lost on the way back: found with trial 24a M4).
        for (Map.Entry<Integer, Column> c : header.mapping().entrySet()) {
            if (c.getValue() == Column.NIK && at(lower, c.getKey()).chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        List<Integer> labelled = new ArrayList<>();
        for (int i = 0; i < lower.size(); i++) {
            if (Column.of(lower.get(i)).isPresent()) {
                labelled.add(i);
            }
        }
        int l = ticksUnderSex(header.texts(), lower);
        if (l >= 0) {
            labelled.add(l);
            labelled.add(l + 1);
        }
        return !labelled.isEmpty() && labelled.stream().noneMatch(i -> header.mapping().get(i) == Column.NIK);
    }

    /** The labels of a two-row header (see the class comment). */
    static Read combine(List<String> upper, List<String> lower) {
        int width = Math.max(upper.size(), lower.size());
        List<String> texts = new ArrayList<>(width);
        // what each column's own label says, what its group says (the lower label being unknown)
        Map<Integer, Column> own = new TreeMap<>();
        Map<Integer, Column> lowerOwn = new TreeMap<>();
        Map<Integer, Column> group = new TreeMap<>();
        int ticks = ticksUnderSex(upper, lower);
        for (int i = 0; i < width; i++) {
            int col = i;
            String up = at(upper, i).strip();
            String lo = at(lower, i).strip();
            Optional<Column> loColumn = Column.of(lo);
            if (lo.isEmpty()) {
                texts.add(up);
                Column.of(up).ifPresent(c -> own.put(col, c));
            } else if (loColumn.isPresent()) {
                texts.add(lo);
                lowerOwn.put(i, loColumn.get());
            } else if (ticks >= 0 && (i == ticks || i == ticks + 1)) {
                texts.add(at(upper, ticks).strip() + " / " + lo);
            } else {
                texts.add(up.isEmpty() ? lo : up + " / " + lo);
                Column.of(up).ifPresent(c -> group.put(col, c));
            }
        }
        Map<Integer, Column> mapping = new LinkedHashMap<>();
        if (ticks >= 0) {
            putTicks(mapping, lower, ticks);
            own.values().remove(Column.SEX);
            group.values().remove(Column.SEX);
        }
        for (Map<Integer, Column> m : List.of(lowerOwn, own, group)) {
            m.forEach((i, c) -> {
                if (!mapping.containsValue(c) && !mapping.containsKey(i)) {
                    mapping.put(i, c);
                }
            });
        }
        return new Read(texts, sorted(mapping));
    }

    /**
     * Whether a row is the column numbers official tables put under the header ({@code 1 | 2 | 3 | …}, or
     * {@code (1) | (2) | …}): at least three cells, each a whole number one more than the one before, from 1.
     */
    static boolean isColumnNumbers(TableReader.Row row) {
        int expected = 1;
        for (Cell c : row.cells()) {
            if (c.isBlank()) {
                continue;
            }
            String t = c.text().strip().replaceAll("^\\((\\d+)\\)$", "$1").replaceAll("^(\\d+)\\.$", "$1");
            if (!t.equals(String.valueOf(expected))) {
                return false;
            }
            expected++;
        }
        return expected > 3;
    }

    /** The first of two tick columns {@code L | P} (either order) under a Jenis kelamin label, or -1. */
    private static int ticksUnderSex(List<String> upper, List<String> lower) {
        int l = tickPair(lower);
        return l >= 0 && Column.of(at(upper, l)).filter(c -> c == Column.SEX).isPresent() && at(upper, l + 1).isBlank()
                ? l : -1;
    }

    /** The first of two neighbouring labels L and P (either order), or -1. */
    private static int tickPair(List<String> labels) {
        for (int i = 0; i + 1 < labels.size(); i++) {
            // The sex words are the cells' own (Values.sex): written once.
            var a = Values.sex(labels.get(i));
            var b = Values.sex(labels.get(i + 1));
            if (a.isPresent() && b.isPresent() && a.get() != b.get()) {
                return i;
            }
        }
        return -1;
    }

    private static void putTicks(Map<Integer, Column> mapping, List<String> labels, int first) {
        boolean maleFirst = Values.sex(labels.get(first)).orElse(null) == id.payung.domain.Sex.L;
        mapping.put(first, maleFirst ? Column.SEX_L : Column.SEX_P);
        mapping.put(first + 1, maleFirst ? Column.SEX_P : Column.SEX_L);
    }

    private static Map<Integer, Column> sorted(Map<Integer, Column> mapping) {
        return new LinkedHashMap<>(new TreeMap<>(mapping));
    }

    private static String at(List<String> texts, int i) {
        return i < texts.size() && texts.get(i) != null ? texts.get(i) : "";
    }
}
