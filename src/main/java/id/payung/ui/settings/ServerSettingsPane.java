package id.payung.ui.settings;

import id.payung.ui.UserMessages;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Pengaturan → Basis data server: the address field, "Coba sambungan", "Simpan", and the way back to the local file. */
final class ServerSettingsPane {
    private final VBox root = new VBox(8);

    ServerSettingsPane(ServerSettingsViewModel model, ResourceBundle resources) {
        Label help = new Label(resources.getString("pgui.server.help"));
        help.getStyleClass().add("page-help");
        help.setWrapText(true);
        help.setMinHeight(Label.USE_PREF_SIZE);
        Label now = new Label();
        now.setId("serverNow");
        now.setWrapText(true);
        now.textProperty().bind(model.savedProperty().map(saved -> saved.isEmpty()
                ? model.openNow() != null
                        // Opened on a server by --db while the PC's choice is its file: "opens its file" alone read as
                        // if this window were on the file (trial of session 17).
                        ? MessageFormat.format(resources.getString("pgui.server.nowFileButServer"), model.openNow().toString())
                        : resources.getString("pgui.server.nowFile")
                : MessageFormat.format(resources.getString("pgui.server.nowServer"), saved)));

        TextField address = new TextField();
        address.setId("serverAddress");
        address.setPromptText("postgresql://siti@192.168.1.10/payung");
        address.textProperty().bindBidirectional(model.addressProperty());
        PasswordField password = new PasswordField();
        password.setId("serverPassword");
        password.setPromptText(resources.getString("pgui.server.password.prompt"));
        password.textProperty().bindBidirectional(model.passwordProperty());
        Label addressLabel = new Label(resources.getString("pgui.server.address"));
        addressLabel.setLabelFor(address);
        Label passwordLabel = new Label(resources.getString("pgui.server.password"));
        passwordLabel.setLabelFor(password);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setMaxWidth(760);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(200);
        labels.setMaxWidth(200); // the fields line up with the office's fields above
        passwordLabel.setWrapText(true);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.addRow(0, addressLabel, address);
        grid.addRow(1, passwordLabel, password);

        Button test = new Button(resources.getString("pgui.server.test"));
        test.setId("serverTest");
        test.disableProperty().bind(model.testingProperty());
        test.setOnAction(e -> model.test());
        Button save = new Button(resources.getString("pgui.server.save"));
        save.setId("serverSave");
        save.setOnAction(e -> model.save());
        Button local = new Button(resources.getString("pgui.server.useFile"));
        local.setId("serverUseFile");
        local.disableProperty().bind(model.savedProperty().isEmpty());
        local.setOnAction(e -> model.useLocalFile());
        HBox buttons = new HBox(8, test, save, local);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label outcome = new Label();
        outcome.setId("serverOutcome");
        outcome.setWrapText(true);
        outcome.setMinHeight(Label.USE_PREF_SIZE);
        outcome.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.testingProperty().get()
                ? resources.getString("pgui.server.testing")
                : model.outcomeProperty().get() == null ? "" : describe(model.outcomeProperty().get(), resources),
                model.testingProperty(), model.outcomeProperty()));
        model.outcomeProperty().addListener((obs, old, o) -> outcome.getStyleClass().setAll("label",
                o != null && o.problem() ? "form-error" : "form-info"));
        root.getChildren().setAll(help, now, grid, buttons, outcome);
        root.setId("serverSettings");
    }

    Node root() {
        return root;
    }

    private static String describe(ServerSettingsViewModel.Outcome o, ResourceBundle resources) {
        if (o.failure() != null) {
            return UserMessages.describe(resources, o.failure());
        }
        return MessageFormat.format(resources.getString(o.key()), o.args().toArray());
    }
}
