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
        this(new ArrayList<>());
    }

    private OwnAuditEntries(List<long[]> spans) {
        this.spans = spans;
    }

    synchronized void add(long after, long upTo) {
        long[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
        if (last != null && last[1] == after) {
            last[1] = upTo;
        } else {
            spans.add(new long[] {after, upTo});
        }
    }

    synchronized OwnAuditEntries copy() {
        List<long[]> copied = new ArrayList<>();
        spans.forEach(s -> copied.add(s.clone()));
        return new OwnAuditEntries(copied);
    }

    /** Whether audit entry {@code id} was written by the writes counted here. */
    public synchronized boolean contains(long id) {
        return spans.stream().anyMatch(s -> id > s[0] && id <= s[1]);
    }

    /** The spans above {@code floor}, for a query to leave out ({@code (after, upTo]} each). */
    synchronized List<long[]> above(long floor) {
        return spans.stream().filter(s -> s[1] > floor).map(long[]::clone).toList();
    }
}
