package id.payung.service.importing;

import id.payung.domain.FormProblem;
import id.payung.domain.Formats;
import id.payung.service.Masked;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems of one pass over a file, kept up to {@link #MAX}: a file of millions of bad rows must not
 * fill the memory with their problems. Beyond that only the number is kept, and the list ends with one line
 * that says how many more there were. NIK-like numbers are masked in what is kept, so neither the screen
 * nor an error file shows a full NIK.
 */
final class ProblemList extends AbstractList<RowProblem> {
    static final int MAX = 10_000;
    private final List<RowProblem> kept = new ArrayList<>();
    private long dropped;
    private int lastRow;
    /** A note about the whole pass, of no row (row 0): listed first, whatever the cap. */
    private RowProblem note;

    /** Lists a note about the whole pass first, of no row and no column: nothing to correct ({@link #note}). */
    void note(FormProblem problem) {
        note = new RowProblem(0, "…", "", problem);
    }

    /** Keeps the problem with every NIK-like number in it masked: a NIK in the wrong column, a parser echoing a cell. */
    @Override
    public boolean add(RowProblem p) {
        lastRow = p.row();
        if (kept.size() < MAX) {
            FormProblem f = p.problem();
            kept.add(new RowProblem(p.row(), Masked.niks(p.column()), Masked.niks(p.value()), new FormProblem(f.field(),
                    f.code(), f.args().stream().map(Masked::niks).toList(), f.error()), Masked.niks(p.name()), p.absent()));
        } else {
            dropped++;
        }
        return true;
    }

    /** The problem at {@code index}; after the kept ones, the line that counts the rest (no column: nothing to correct). */
    @Override
    public RowProblem get(int index) {
        if (note != null) {
            if (index == 0) {
                return note;
            }
            index--;
        }
        if (index == kept.size() && dropped > 0) {
            return new RowProblem(lastRow, "…", "", FormProblem.warning(FormProblem.Field.NIK, "MORE_PROBLEMS",
                    Formats.count(dropped), Formats.count(MAX)));
        }
        return kept.get(index);
    }

    /** Sorts the kept problems (by row, say); the note stays first, the line that counts the rest last. */
    @Override
    public void sort(Comparator<? super RowProblem> order) {
        kept.sort(order);
    }

    @Override
    public int size() {
        return (note != null ? 1 : 0) + kept.size() + (dropped > 0 ? 1 : 0);
    }
}
