package id.payung.ui;

import id.payung.ui.imports.ImportView;
import id.payung.ui.imports.ImportViewModel;
import java.io.IOException;
import java.time.YearMonth;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** The import screen as the import window tests show it: its model for 01/2026 on the fixture's services, in Indonesian. */
final class ImportScreen {
    private ImportScreen() {
    }

    /** The import model on the fixture's services, the file's first month 01/2026. */
    static ImportViewModel model(WindowFixture ui) {
        return new ImportViewModel(ui.services().imports(), ui.services().reference(), ui.tasks(), YearMonth.of(2026, 1),
                () -> { });
    }

    /** The import screen over {@code model}, in Indonesian. */
    static Parent load(ImportViewModel model) throws IOException {
        FXMLLoader loader = new FXMLLoader(ImportView.class.getResource("ImportView.fxml"), I18n.bundle(I18n.INDONESIAN));
        loader.setControllerFactory(type -> new ImportView(model));
        return loader.load();
    }
}
