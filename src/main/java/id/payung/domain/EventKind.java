package id.payung.domain;

/** Kinds of recorded events: awards, card hand-overs, benefit payouts, regulations, others. */
public enum EventKind {
    AWARD,
    CARD_HANDOVER,
    BENEFIT_PAYOUT,
    REGULATION,
    OTHER
}
