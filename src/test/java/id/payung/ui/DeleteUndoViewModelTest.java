package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.DeleteReason;
import id.payung.domain.Deletion;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.ui.enrollments.EnrollmentRow;
import id.payung.ui.enrollments.RegisterViewModel;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The undo of a deletion is offered only until the clerk writes something else (trial M10: "Pendaftaran dihapus.
 * Batalkan penghapusan" was still there after two imports and an export, and an undo then would come as a surprise).
 */
class DeleteUndoViewModelTest {
    @TempDir
    Path dir;
    private PayungServices services;
    private RegisterViewModel register;

    @BeforeEach
    void open() {
        services = TestData.seeded(dir);
        services.enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita", "APBD-KAB-MGR",
                YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        services.enrollments().enrol(TestData.form("5310011205850002", "Yohanes Jehadu", "MANDIRI",
                YearMonth.of(2026, 1), null));
        register = new RegisterViewModel(services.register(), services.enrollments(), services.reference(),
                services.exports(), new DirectTaskExecutor(), TestData.CLOCK);
        register.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private EnrollmentRow row(String name) {
        return register.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theNoticeNamesWhomItDeletedWithTheNikMaskedEvenWhenItWasShown() {
        register.revealNik(row("Maria Jelita"));
        register.delete(row("Maria Jelita"), Deletion.of(DeleteReason.WRONG_ENTRY));
        assertThat(register.lastDeletedProperty().get().name()).isEqualTo("Maria Jelita");
        assertThat(register.lastDeletedProperty().get().maskedNik()).isEqualTo("531001********01");
    }

    @Test
    void anotherWriteOrAnExportEndsTheUndo() {
        register.delete(row("Maria Jelita"), Deletion.of(DeleteReason.WRONG_ENTRY));
        assertThat(register.lastDeletedProperty().get()).isNotNull();
        register.afterWrite(); // a save in the form, an import
        assertThat(register.lastDeletedProperty().get()).isNull();
        register.undoDelete(); // no longer offered: nothing comes back
        assertThat(register.rows()).extracting(EnrollmentRow::name).containsExactly("Yohanes Jehadu");

        register.delete(row("Yohanes Jehadu"), Deletion.of(DeleteReason.VILLAGE_REQUEST));
        register.export(dir.resolve("peserta.csv"), false, n -> { });
        assertThat(register.lastDeletedProperty().get()).isNull();
    }

    @Test
    void leavingTheScreenEndsTheUndoAndUndoWhileOfferedRestores() {
        register.delete(row("Maria Jelita"), Deletion.of(DeleteReason.WRONG_ENTRY));
        register.dismissUndo();
        assertThat(register.lastDeletedProperty().get()).isNull();

        register.delete(row("Yohanes Jehadu"), Deletion.of(DeleteReason.NOT_IN_PROGRAMME));
        register.undoDelete();
        assertThat(register.rows()).extracting(EnrollmentRow::name).containsExactly("Yohanes Jehadu");
        assertThat(register.lastDeletedProperty().get()).isNull();
    }
}
