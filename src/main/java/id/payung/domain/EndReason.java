package id.payung.domain;

/** Why an enrollment ended before or at its planned last month. */
public enum EndReason {
    MOVED,
    DIED,
    BECAME_MANDIRI,
    REMOVED_FROM_DECREE,
    PERIOD_OVER,
    OTHER
}
