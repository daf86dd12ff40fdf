package id.payung.service;

import id.payung.domain.FormProblem;
import java.util.List;

/** A change was not saved because of these problems (errors only; nothing was written). */
public final class InvalidInputException extends RuntimeException {
    private final transient List<FormProblem> problems;
    private final long conflictingEnrollmentId;

    public InvalidInputException(List<FormProblem> problems, long conflictingEnrollmentId) {
        super(problems.stream().map(p -> p.field() + ": " + p.code()).reduce((a, b) -> a + "; " + b).orElse("invalid"));
        this.problems = List.copyOf(problems);
        this.conflictingEnrollmentId = conflictingEnrollmentId;
    }

    public List<FormProblem> problems() {
        return problems;
    }

    /** The existing enrollment whose period overlaps, or 0 when there is none. */
    public long conflictingEnrollmentId() {
        return conflictingEnrollmentId;
    }
}
