package id.payung.ui;

import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/**
 * The first start of the window on this PC, before any data exists: which regency (kabupaten/kota) the office is in.
 * The new database is seeded for it, so an office outside Kabupaten Manggarai never starts with Manggarai's opening
 * numbers, events and office name (trial 14 F1: those were counted again in the province's totals). Nothing is made
 * when the clerk closes it.
 */
public final class FirstStartDialog {
    /** The regency the database starts with when nobody changes the choice (the seeded office's). */
    public static final String DEFAULT_REGENCY = "53.10";

    private final Dialog<String> dialog = new Dialog<>();
    private final SearchableComboBox<Region> regency = new SearchableComboBox<>();

    /**
     * @param regions every province and regency of the shipped region list (provinces name a regency's province)
     */
    public FirstStartDialog(ResourceBundle bundle, List<Region> regions) {
        Map<String, String> provinces = regions.stream().filter(r -> r.level() == RegionLevel.PROVINCE)
                .collect(Collectors.toMap(Region::code, Region::name, (a, b) -> a));
        List<Region> regencies = regions.stream().filter(r -> r.level() == RegionLevel.REGENCY).toList();
        Function<Region, String> text = r -> r.name() + " (" + r.code() + ") — "
                + provinces.getOrDefault(r.parentCode() != null ? r.parentCode() : r.code().substring(0, 2), "");
        regency.getItems().setAll(regencies);
        regency.setConverter(new StringConverter<>() {
            @Override
            public String toString(Region r) {
                return r == null ? "" : text.apply(r);
            }

            @Override
            public Region fromString(String s) {
                return null;
            }
        });
        regencies.stream().filter(r -> r.code().equals(DEFAULT_REGENCY)).findFirst().ifPresent(regency::setValue);
        regency.setId("firstStartRegency");
        regency.setMaxWidth(Double.MAX_VALUE);

        Label intro = new Label(bundle.getString("firstStart.intro"));
        intro.setWrapText(true);
        Label label = new Label(bundle.getString("firstStart.regency"));
        label.setLabelFor(regency);
        Label after = new Label(bundle.getString("firstStart.after"));
        after.setWrapText(true);
        after.getStyleClass().add("hint");
        VBox content = new VBox(10, intro, label, regency, after);
        content.setPrefWidth(560);

        dialog.setTitle(bundle.getString("firstStart.title"));
        dialog.setHeaderText(bundle.getString("firstStart.header"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("firstStart");
        ButtonType start = new ButtonType(bundle.getString("firstStart.start"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(bundle.getString("firstStart.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(start, quit);
        dialog.getDialogPane().lookupButton(start).disableProperty().bind(regency.valueProperty().isNull());
        dialog.setResultConverter(b -> b == start && regency.getValue() != null ? regency.getValue().code() : null);
    }

    /** The dialog, for a test to drive. */
    public Dialog<String> dialog() {
        return dialog;
    }

    /** Asks and waits: the chosen regency's code, or empty when the clerk quit. */
    public Optional<String> ask() {
        return dialog.showAndWait().filter(code -> code != null && !code.isBlank());
    }
}
