package id.payung.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The audit log's ids one {@link Database} object's own writes made, as spans {@code (after, upTo]}. A write holds
 * the database's only write lock from its first audit id to its last, so every id in its span is its own; spans of
 * writes nobody came between are joined, so a window's day of saves is a span or a few.
 */
public final class OwnAuditEntries {
    private final List<long[]> spans;

    OwnAuditEntries() {
        this.spans = new ArrayList<>();
    }

    synchronized void add(long after, long upTo) {
        long[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
        if (last != null && last[1] == after) {
            last[1] = upTo;
        } else {
            spans.add(new long[] {after, upTo});
        }
    }

    /** The spans above {@code floor}, for a query to leave out ({@code (after, upTo]} each). */
    synchronized List<long[]> above(long floor) {
        return spans.stream().filter(s -> s[1] > floor).map(long[]::clone).toList();
    }
}
