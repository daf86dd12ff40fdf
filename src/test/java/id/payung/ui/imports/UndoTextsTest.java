package id.payung.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.ImportBatch;
import id.payung.ui.I18n;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * Trial 19, finding 5: the undo's question names who changed the import's enrollments since, and when; the list of
 * past imports says who undid one, in both languages.
 */
class UndoTextsTest {
    private static final Instant IMPORTED = Instant.parse("2026-12-07T02:20:00Z");
    private static final Instant EDITED = Instant.parse("2026-12-07T02:28:00Z");
    private static final Instant UNDONE = Instant.parse("2026-12-07T02:31:00Z");

    private static String stamp(Instant at) {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(at.atZone(ZoneId.systemDefault()));
    }

    private static ImportBatch batch(Instant undoneAt, String undoneBy) {
        return new ImportBatch(7, "lalong.csv", "x", IMPORTED, "maria", 4, 4, 0, 0, undoneAt, undoneBy);
    }

    @Test
    void theQuestionSaysHowManyWereChangedSinceByWhomAndWhen() {
        ResourceBundle id = I18n.bundle(I18n.INDONESIAN);
        assertThat(ImportView.changedSentence(new ImportBatch.ChangesAfter(0, List.of()), id)).isEmpty();
        assertThat(ImportView.changedSentence(new ImportBatch.ChangesAfter(1,
                List.of(new ImportBatch.Changer("siti", EDITED))), id))
                .isEqualTo(" 1 di antaranya diubah oleh siti pada " + stamp(EDITED) + " setelah impor.");
        assertThat(ImportView.changedSentence(new ImportBatch.ChangesAfter(2, List.of(
                new ImportBatch.Changer("siti", EDITED), new ImportBatch.Changer("maria", UNDONE))),
                I18n.bundle(I18n.ENGLISH)))
                .isEqualTo(" 2 of them were changed by siti at " + stamp(EDITED) + ", maria at " + stamp(UNDONE)
                        + " after the import.");
        assertThat(ImportView.changedSentence(new ImportBatch.ChangesAfter(1,
                List.of(new ImportBatch.Changer("siti", EDITED))), I18n.bundle(I18n.ENGLISH)))
                .isEqualTo(" 1 of them was changed by siti at " + stamp(EDITED) + " after the import.");
        assertThat(ImportView.changedSentence(new ImportBatch.ChangesAfter(1_280, List.of(
                new ImportBatch.Changer("siti", EDITED))), I18n.bundle(I18n.ENGLISH)))
                .startsWith(" 1.280 of them were changed");
    }

    @Test
    void theListSaysWhoUndidAnImport() {
        ResourceBundle id = I18n.bundle(I18n.INDONESIAN);
        assertThat(ImportView.undone(batch(null, null), id)).isEmpty();
        assertThat(ImportView.undone(batch(UNDONE, "maria"), id)).isEqualTo(stamp(UNDONE) + " oleh maria");
        assertThat(ImportView.undone(batch(UNDONE, null), id)).as("not known: the time alone").isEqualTo(stamp(UNDONE));
    }
}
