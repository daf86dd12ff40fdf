package id.payung.domain;

/**
 * Why a clerk deleted an enrollment (entered by mistake, not the programme's…): kept with the deletion in the audit
 * log, so an auditor reads why a participant left the register without an end. {@link #OTHER} needs words of its own
 * ({@link Deletion#problems}).
 */
public enum DeleteReason {
    WRONG_ENTRY,
    NOT_IN_PROGRAMME,
    VILLAGE_REQUEST,
    OTHER
}
