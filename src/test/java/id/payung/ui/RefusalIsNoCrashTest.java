package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.DatabaseOpenException;
import id.payung.domain.DatabaseOpenException.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Which failures are the user's wrong choice (a plain warning) and which may be a crash or a failing disk (the error
 * dialog with the log and details), trial 14.
 */
class RefusalIsNoCrashTest {
    private static DatabaseOpenException refused(Problem p) {
        return new DatabaseOpenException(p, Path.of("cadangan.db"), "refused");
    }

    @Test
    void aWrongFileIsARefusalAndADamagedOrUnreadableOneIsNot() {
        for (Problem p : new Problem[] {Problem.NOT_SQLITE, Problem.FOREIGN_SQLITE, Problem.NEWER_VERSION, Problem.LOCKED,
                Problem.IN_USE, Problem.WRITE_UNDER_WAY, Problem.UNEXPECTED_SCHEMA, Problem.UNEXPECTED_SETTINGS,
                Problem.FOREIGN_WAL, Problem.MISSING}) {
            assertThat(UserMessages.isRefusal(refused(p))).as(p.name()).isTrue();
        }
        assertThat(UserMessages.isRefusal(refused(Problem.IO))).isFalse();
        assertThat(UserMessages.isRefusal(refused(Problem.CORRUPT))).isFalse();
        assertThat(UserMessages.isRefusal(new IllegalStateException("bug"))).isFalse();
        assertThat(UserMessages.isRefusal(new id.payung.store.StoreException("disk full"))).isFalse();
    }
}
