package id.payung.domain;

/**
 * What a correction of where a person lived applies to. A correction is not a move: a move is a new
 * enrollment at the new place (the earlier ones stay where they were); a correction says the place was
 * written wrong, either on every enrollment of the person or only on the one being edited.
 */
public enum CorrectionScope {
    /** The place was wrong everywhere: every enrollment of the person takes the corrected one. */
    ALL_ENROLLMENTS,
    /** Only the edited enrollment's place was wrong; the others keep theirs. */
    THIS_ENROLLMENT
}
