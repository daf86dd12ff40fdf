package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.ui.enrollments.EnrollmentFormViewModel;
import id.payung.ui.enrollments.KeptMemory;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Trial 20c M2: after Ctrl+Q and a new start the form had forgotten the village's desa, funder and period. What a save
 * hands on is kept per database across restarts (a new memory object reads it back), and one database's is not
 * another's.
 */
class KeptMemoryTest {
    private final Preferences root = Preferences.userRoot().node("id/payung/test-kept-" + System.nanoTime());

    @AfterEach
    void remove() throws BackingStoreException {
        root.removeNode();
    }

    @Test
    void whatASaveHandsOnIsReadBackAfterARestartForThatDatabaseOnly() {
        EnrollmentFormViewModel.Kept kept = new EnrollmentFormViewModel.Kept("APBDES", "53.10.01.2007", "01/2026", "12");
        KeptMemory.of(root, "/data/a.db").save(kept);

        assertThat(KeptMemory.of(root, "/data/a.db").load()).isEqualTo(kept);
        assertThat(KeptMemory.of(root, "/data/b.db").load()).isNull();

        KeptMemory.of(root, "/data/a.db").save(new EnrollmentFormViewModel.Kept("MANDIRI", null, "02/2026", null));
        assertThat(KeptMemory.of(root, "/data/a.db").load())
                .isEqualTo(new EnrollmentFormViewModel.Kept("MANDIRI", null, "02/2026", null));
    }
}
