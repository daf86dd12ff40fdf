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

    private static ImportBatch.ChangedPerson person(String name, String nik, List<String> fields, String... actions) {
        return new ImportBatch.ChangedPerson(name, id.payung.domain.Nik.mask(nik), fields, List.of(actions),
                List.of(new ImportBatch.Changer("siti", EDITED)));
    }

    /** Session 18: the question names whose later changes go, what and by whom, five of them, then how many more. */
    @Test
    void theQuestionNamesWhoseChangesGoFiveThenHowManyMore() {
        ResourceBundle id = I18n.bundle(I18n.INDONESIAN);
        ImportBatch.ChangesAfter one = new ImportBatch.ChangesAfter(1, List.of(new ImportBatch.Changer("siti", EDITED)),
                List.of(person("Yohanes Dahur", "5310011205850002", List.of("phone", "notes"))));
        assertThat(ImportView.namedPeople(one, id)).isEqualTo("\n\nPerubahan sesudah impor yang ikut hilang:\n"
                + "• Yohanes Dahur (531001********02): No. HP, Catatan — diubah oleh siti pada " + stamp(EDITED));
        assertThat(ImportView.namedPeople(one, I18n.bundle(I18n.ENGLISH))).isEqualTo(
                "\n\nChanges made after the import that will be lost:\n"
                + "• Yohanes Dahur (531001********02): Mobile no., Notes — changed by siti at " + stamp(EDITED));
        assertThat(ImportView.namedPeople(new ImportBatch.ChangesAfter(0, List.of()), id)).isEmpty();

        List<ImportBatch.ChangedPerson> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 1_207; i++) {
            many.add(person("Orang " + i, String.format("53100102029%05d", i), i == 3 ? List.of() : List.of("address"),
                    i == 3 ? new String[] {"enrollment.DELETE"} : new String[0]));
        }
        ImportBatch.ChangesAfter lots = new ImportBatch.ChangesAfter(1_207, List.of(new ImportBatch.Changer("siti", EDITED)),
                many);
        String named = ImportView.namedPeople(lots, id);
        assertThat(named.lines().filter(l -> l.startsWith("• "))).hasSize(ImportView.NAMED_PEOPLE);
        assertThat(named).contains("• Orang 1 (531001********01): Alamat — diubah oleh siti",
                "• Orang 3 (531001********03): Kepesertaan dihapus — diubah oleh siti", "• Orang 5 (")
                .doesNotContain("Orang 6 ", "5310010202900001").endsWith("\n… dan 1.202 lainnya (lihat semua di bawah).");
        assertThat(ImportView.namedPeople(lots, I18n.bundle(I18n.ENGLISH))).endsWith("\n… and 1.202 more (see them all below).");
        assertThat(ImportView.changedPeople(lots, id)).as("the full list, folded below the question").hasSize(1_207)
                .last().asString().startsWith("• Orang 1207 (531001********07): Alamat");
    }
}
