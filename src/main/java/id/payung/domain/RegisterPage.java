package id.payung.domain;

import java.util.List;

/**
 * One page of the register, read by keyset: {@code next} is where the following page starts, or null
 * when this is the last page.
 */
public record RegisterPage(List<EnrollmentSummary> rows, PageKey next) {
    public RegisterPage {
        rows = List.copyOf(rows);
    }

    /**
     * The sort value, person id and enrollment id of the last row of a page; the next page starts after
     * it. (The person id breaks ties for sorts by a person's column, so those follow the person's index.)
     */
    public record PageKey(String sortValue, long personId, long id) {
    }
}
