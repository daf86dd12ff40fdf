package id.payung.ui.enrollments;

import id.payung.domain.CorrectionScope;
import id.payung.domain.FormProblem;
import id.payung.domain.FormProblem.Field;
import id.payung.domain.Formats;
import id.payung.domain.FundingSource;
import id.payung.domain.Occupation;
import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.domain.RegionNaming;
import id.payung.domain.Segment;
import id.payung.domain.Sex;
import id.payung.ui.Choices;
import id.payung.ui.DatePickers;
import id.payung.ui.TypeToSelect;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The enrollment form. Problems appear beside the fields (ControlsFX decorations) and, in words, below
 * the form, as the user types; the view model decides what they are.
 */
public final class EnrollmentFormView {
    /** The widest NIK the field must show whole: typed in groups of four (trial 14 F14). */
    private static final String GROUPED_NIK = "5310 0112 0385 0013";
    /** Room for the caret after the last digit. */
    private static final double NIK_CARET_ROOM = 4;
    private final EnrollmentFormViewModel model;
    private final EnrollmentFormViewModel.Choices choices;
    private final Runnable close;
    private final LongConsumer openEnrollment;
    private final ValidationSupport validation = new ValidationSupport();
    private final Map<Field, Control> controls = new EnumMap<>(Field.class);
    /** Payung closes and the clerk said to lose what is typed here: nothing asks again ({@link #discardWithPayung}). */
    private boolean discardedWithPayung;

    @FXML private ResourceBundle resources;
    @FXML private Label formTitle;
    @FXML private TextField nikField;
    @FXML private Button fillFromNikButton;
    @FXML private TextField nameField;
    @FXML private Label knownPersonLabel;
    @FXML private Hyperlink nikNewsLink;
    @FXML private Label personChangesLabel;
    @FXML private Label keptLabel;
    @FXML private Label costLabel;
    @FXML private Label keysLabel;
    @FXML private ComboBox<Sex> sexChoice;
    @FXML private DatePicker birthDatePicker;
    @FXML private TextField birthPlaceField;
    @FXML private TextField phoneField;
    @FXML private SearchableComboBox<Region> regionChoice;
    @FXML private SearchableComboBox<Occupation> occupationChoice;
    @FXML private TextField addressField;
    @FXML private TextField kpjField;
    @FXML private ComboBox<FundingSource> funderChoice;
    @FXML private ComboBox<Segment> segmentChoice;
    @FXML private CheckBox jhtCheck;
    @FXML private TextField incomeField;
    @FXML private TextField firstMonthField;
    @FXML private TextField monthsField;
    @FXML private TextField lastMonthField;
    @FXML private TextField notesField;
    @FXML private VBox problemsBox;
    @FXML private Hyperlink openConflictLink;
    @FXML private Button saveNewButton;
    @FXML private Button saveButton;

    /**
     * @param close          closes the window
     * @param openEnrollment opens another enrollment in a form (the one a save collided with)
     */
    public EnrollmentFormView(EnrollmentFormViewModel model, EnrollmentFormViewModel.Choices choices, Runnable close,
                              LongConsumer openEnrollment) {
        this.model = model;
        this.choices = choices;
        this.close = close;
        this.openEnrollment = openEnrollment;
    }

    @FXML
    private void initialize() {
        // A save waiting for an import says so here, with its Cancel: the window's status bar is out of reach
        // while the form is open.
        javafx.scene.Node buttons = saveButton.getParent();
        VBox form = (VBox) buttons.getParent();
        form.getChildren().add(form.getChildren().indexOf(buttons),
                id.payung.ui.WaitLine.following(model.writingProperty(), resources, null).node());
        saveButton.disableProperty().bind(model.writingProperty().isNotNull());
        saveNewButton.disableProperty().bind(model.writingProperty().isNotNull());
        formTitle.textProperty().bind(model.editingIdProperty().map(id -> resources.getString(
                id.longValue() == 0 ? "form.title.new" : "form.title.edit")));
        nikField.textProperty().bindBidirectional(model.nikProperty());
        nikField.setTextFormatter(new javafx.scene.control.TextFormatter<String>(EnrollmentFormView::noDigitPastANik));
        // A field with a TextFormatter keeps Esc for itself (JavaFX's TextFieldBehavior.cancelEdit consumes it), so the
        // form's Batal never heard it from the NIK, where the caret starts (trial 22c, MainWindowTest): Esc is Batal.
        nikField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
                e.consume();
                cancel();
            }
        });
        // As narrow as a NIK typed in groups allows, so "Isi dari NIK" keeps its place beside it in the column.
        nikField.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            javafx.scene.text.Text widest = new javafx.scene.text.Text(GROUPED_NIK);
            widest.setFont(nikField.getFont());
            return Math.ceil(widest.getLayoutBounds().getWidth()) + nikField.snappedLeftInset()
                    + nikField.snappedRightInset() + NIK_CARET_ROOM;
        }, nikField.fontProperty(), nikField.paddingProperty()));
        nameField.textProperty().bindBidirectional(model.nameProperty());
        birthPlaceField.textProperty().bindBidirectional(model.birthPlaceProperty());
        phoneField.textProperty().bindBidirectional(model.phoneProperty());
        // On leaving the field the phone reads as it will be saved (08…), so the clerk sees what is kept.
        phoneField.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                model.normalisePhone();
            }
        });
        addressField.textProperty().bindBidirectional(model.addressProperty());
        kpjField.textProperty().bindBidirectional(model.kpjProperty());
        incomeField.textProperty().bindBidirectional(model.incomeProperty());
        firstMonthField.textProperty().bindBidirectional(model.firstMonthProperty());
        monthsField.textProperty().bindBidirectional(model.monthsProperty());
        lastMonthField.textProperty().bindBidirectional(model.lastMonthProperty());
        notesField.textProperty().bindBidirectional(model.notesProperty());
        jhtCheck.selectedProperty().bindBidirectional(model.jhtProperty());

        sexChoice.getItems().setAll(Sex.values());
        Choices.show(sexChoice, s -> resources.getString("sex." + s.name()), "");
        sexChoice.valueProperty().bindBidirectional(model.sexProperty());
        initBirthDate();
        regionChoice.getItems().setAll(choices.regions());
        regionChoice.setConverter(converter(this::regionText));
        regionChoice.valueProperty().bindBidirectional(model.regionProperty());
        // A desa by its own name first; a kecamatan entry only by its label ("Kec. Wae Rii"), after the desa.
        // "Ds. Poco", "Desa Poco", "Kel. …" are searched as the import reads them: the name without the prefix.
        SearchOrder.bestFirst(regionChoice, r -> r.level() == RegionLevel.KECAMATAN ? null : r.name(),
                RegionNaming::withoutDesaPrefix);
        initTypedDesa();
        // "Not known" is a choice of its own (first): the occupation may be unknown (EnrollmentRules), and a clerk who
        // picked one by mistake can take it back.
        java.util.function.Function<Occupation, String> occupationWord = o -> id.payung.ui.OccupationNames.name(resources, o);
        occupationChoice.setConverter(converter(occupationWord));
        Choices.withNull(occupationChoice, choices.occupations(), occupationWord,
                resources.getString("form.occupation.unknown"));
        // Trial 23a M2: after a search that found nothing the button read blank, a fresh form "(tidak diketahui)":
        // both are no occupation, and read the same.
        String unknownWord = resources.getString("form.occupation.unknown");
        occupationChoice.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Occupation item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? unknownWord : occupationWord.apply(item));
            }
        });
        occupationChoice.valueProperty().bindBidirectional(model.occupationProperty());
        // A title or e-KTP word ("Kades", "Kaur Keuangan", "Petani/Pekebun") offers the occupation it names, as the
        // import reads it, and so does its start as the clerk types it ("kad", "kepala d", "peta"); a word the rule
        // leaves open offers nothing more.
        SearchOrder.bestFirst(occupationChoice, occupationWord, model::occupationNamedBy, model::occupationsStartedBy);
        funderChoice.getItems().setAll(choices.funders());
        Choices.show(funderChoice, FundingSource::name, "");
        funderChoice.valueProperty().bindBidirectional(model.funderProperty());
        TypeToSelect.install(funderChoice, FundingSource::name, FundingSource::code);
        segmentChoice.getItems().setAll(Segment.values());
        Choices.show(segmentChoice, s -> resources.getString("segment." + s.name()), "");
        segmentChoice.valueProperty().bindBidirectional(model.segmentProperty());

        // A registered NIK's details, or (the NIK changed since) that they were taken out again (trial 14 F4).
        // Trial 20c: what the NIK's look-ups found (a likely same person under another NIK, the same months) is said
        // here at once, with a link to that enrollment.
        knownPersonLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            EnrollmentFormViewModel.NikNews news = model.nikNewsProperty().get();
            String said = news == null ? null : "⚠ " + message(news.said());
            if (model.knownPersonProperty().get() != null) {
                String known = MessageFormat.format(resources.getString("form.knownPerson"),
                        model.knownPersonProperty().get().fullName());
                return said == null ? known : said + " " + known; // the news first: it is what refuses the save
            }
            if (said != null) {
                return said;
            }
            String cleared = model.clearedFromNikProperty().get();
            return cleared == null ? "" : MessageFormat.format(resources.getString("form.nikChanged.cleared"), cleared);
        }, model.knownPersonProperty(), model.clearedFromNikProperty(), model.nikNewsProperty()));
        model.nikNewsProperty().addListener((o, was, now) -> {
            knownPersonLabel.getStyleClass().removeAll("form-info", "form-warning");
            knownPersonLabel.getStyleClass().add(now == null ? "form-info" : "form-warning");
        });
        nikNewsLink.visibleProperty().bind(model.nikNewsProperty().map(n -> n.enrollmentId() != 0).orElse(false));
        // Always in the layout, shown or not: its coming must move no field below (the line's own rule).
        // Shown or hidden but never taken out of the layout, three lines high even while empty: the clerk's next click
        // must land where it was aimed when a NIK is recognised. Wrapped, it reads whole: a registered name of 50
        // letters in two lines of the form as it opens (860 px), with the news of the same months before it in three.
        // Only a longer text grows it. The full text in a tooltip as well.
        // Its height as wrapped at its width, asked for here: the grid sizes a row spanning columns for one line.
        knownPersonLabel.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            javafx.scene.text.Text three = new javafx.scene.text.Text("X\nX\nX");
            three.setFont(knownPersonLabel.getFont());
            three.setBoundsType(javafx.scene.text.TextBoundsType.LOGICAL_VERTICAL_CENTER); // as a Labeled measures
            three.setLineSpacing(knownPersonLabel.getLineSpacing());
            double threeLines = Math.ceil(three.getLayoutBounds().getHeight()) + knownPersonLabel.snappedTopInset()
                    + knownPersonLabel.snappedBottomInset();
            double width = knownPersonLabel.getWidth();
            return width <= 0 ? threeLines : Math.max(threeLines, Math.ceil(knownPersonLabel.prefHeight(width)));
        }, knownPersonLabel.fontProperty(), knownPersonLabel.paddingProperty(), knownPersonLabel.widthProperty(),
                knownPersonLabel.textProperty()));
        knownPersonLabel.visibleProperty().bind(knownPersonLabel.textProperty().isNotEmpty());
        knownPersonLabel.tooltipProperty().bind(knownPersonLabel.textProperty().map(t -> t.isEmpty() ? null
                : new javafx.scene.control.Tooltip(t)));
        model.personChanges().addListener((ListChangeListener<EnrollmentFormViewModel.PersonChange>) c -> showChanges());
        model.editingIdProperty().addListener(x -> showChanges());
        showChanges();
        model.setCorrectionQuestion(this::askCorrectionScope);
        // Trial 16 H1: a filled-in registered person is neither typed onto nor renamed for all years unasked.
        SelectWhenFilled.install(model.fillsFromNikProperty(), nameField, birthDatePicker.getEditor(), birthPlaceField,
                phoneField, addressField, kpjField);
        model.setRegisteredChangeQuestion(changes -> RegisteredChangeDialog.ask(nikField.getScene().getWindow(),
                resources, changes, this::shown));
        model.setOtherPersonQuestion(this::askOtherPerson);
        model.setOutsideRegencyQuestion(this::askOutsideRegency);
        model.setUnderAgeQuestion(w -> askOnce(w, "form.underAge.title", "form.underAge.text"));
        // What the enrollment costs its funder, by the reports' own rule: a clerk sees a wrong income or segment at once.
        costLabel.textProperty().bind(model.costProperty().map(this::costText).orElse(""));
        costLabel.visibleProperty().bind(costLabel.textProperty().isNotEmpty());
        costLabel.managedProperty().bind(costLabel.visibleProperty());
        keptLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> keptText(model.keptStillProperty().get(), model.keptSegmentStillProperty().get()),
                model.keptStillProperty(), model.keptSegmentStillProperty()));
        keptLabel.visibleProperty().bind(keptLabel.textProperty().isNotEmpty());
        keptLabel.managedProperty().bind(keptLabel.visibleProperty());
        // Correcting an enrollment has no "next person": no save-and-new there (trial 14 F14).
        var entering = model.editingIdProperty().isEqualTo(0);
        saveNewButton.visibleProperty().bind(entering);
        saveNewButton.managedProperty().bind(entering);
        keysLabel.textProperty().bind(model.editingIdProperty().map(id -> resources.getString(
                id.longValue() == 0 ? "form.keys" : "form.keys.edit")));
        openConflictLink.visibleProperty().bind(model.conflictingEnrollmentProperty().isNotEqualTo(0));
        openConflictLink.managedProperty().bind(openConflictLink.visibleProperty());
        initValidation();
        initRefusedFocus();
        initEnterInLists(form);
        model.problems().addListener((ListChangeListener<FormProblem>) c -> showProblems());
        model.othersChangeProperty().addListener(x -> showProblems());
        showProblems();
        Platform.runLater(() -> {
            if (nikField.getScene() != null) {
                nikField.getScene().getAccelerators().put(
                        new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), this::saveAndNew);
            }
            nikField.requestFocus();
        });
    }

    /**
     * Trial 20c M3: "Ndehez" typed over the desa kept from the last person left the field empty, said only on saving as
     * "wajib diisi". What was typed is said at once with the nearest desa names (the view model's problem, the import's
     * rule); the field stays empty (SearchOrder: nothing kept unseen).
     */
    private void initTypedDesa() {
        initTyped(regionChoice, model.regionTypedProperty(), false);
        // Trial 23a M2: "Penenun" and Enter left Pekerjaan blank without a word; said as the desa is, until the clerk
        // picks one (or "(tidak diketahui)", which takes the typed word back).
        initTyped(occupationChoice, model.occupationTypedProperty(), true);
        model.setOccupationName(o -> id.payung.ui.OccupationNames.name(resources, o));
    }

    private void initTyped(SearchableComboBox<?> choice, javafx.beans.property.StringProperty typedText,
                           boolean pickTakesBack) {
        Runnable hook = () -> {
            if (choice.getProperties().containsKey(EnrollmentFormViewModel.Kept.class)
                    || !(choice.lookup("#search") instanceof TextField search)
                    || !(choice.lookup("#filtered") instanceof ComboBox<?> matches)) {
                return;
            }
            choice.getProperties().put(EnrollmentFormViewModel.Kept.class, Boolean.TRUE);
            String[] typed = {""};
            search.textProperty().addListener((o, was, now) -> {
                if (matches.isShowing()) {
                    typed[0] = now == null ? "" : now.strip();
                }
            });
            matches.showingProperty().addListener((o, was, now) -> {
                String t = typed[0];
                typed[0] = "";
                if (!now && !t.isEmpty() && !listEscaped) { // Esc: what was typed is taken back, not refused
                    Platform.runLater(() -> {
                        if (choice.getValue() == null) {
                            typedText.set(t);
                        }
                    });
                } else if (!now && pickTakesBack && !listEscaped) {
                    typedText.set(null); // a pick without typing, "(tidak diketahui)" among them
                }
            });
        };
        hook.run();
        choice.skinProperty().addListener((o, was, now) -> Platform.runLater(hook));
    }

    private void initBirthDate() {
        DatePickers.dayMonthYear(birthDatePicker);
        birthDatePicker.valueProperty().bindBidirectional(model.birthDateProperty());
        model.birthDateTextProperty().bind(DatePickers.unreadableText(birthDatePicker));
    }

    private void initValidation() {
        controls.put(Field.NIK, nikField);
        controls.put(Field.NAME, nameField);
        controls.put(Field.SEX, sexChoice);
        controls.put(Field.BIRTH_DATE, birthDatePicker);
        controls.put(Field.REGION, regionChoice);
        controls.put(Field.OCCUPATION, occupationChoice);
        controls.put(Field.PHONE, phoneField);
        controls.put(Field.FUNDER, funderChoice);
        controls.put(Field.SEGMENT, segmentChoice);
        controls.put(Field.PROGRAMMES, jhtCheck);
        controls.put(Field.INCOME, incomeField);
        controls.put(Field.FIRST_MONTH, firstMonthField);
        controls.put(Field.LAST_MONTH, lastMonthField);
        controls.put(Field.MONTHS, monthsField);
        controls.forEach((field, control) -> validation.registerValidator(control, false,
                (Control c, Object value) -> result(c, field)));
    }

    /**
     * Trial 22b M1: "kab" typed into a closed Sumber dana and Enter to confirm it saved the whole form and closed it,
     * Segmen and the period unseen. Enter on a drop-down list (Jenis kelamin, Desa/Kelurahan, Pekerjaan, Sumber dana,
     * Segmen) takes its choice (an open list: the entry highlighted) and goes on to the next field; it never saves.
     * Enter in the other fields still saves, as the keys line says; Ctrl+Enter saves from anywhere.
     */
    private void initEnterInLists(Node form) {
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && listEscaped) {
                // Esc closed an open list (its popup's): that is all it does, the form is not asked to close.
                listEscaped = false;
                e.consume();
                return;
            }
            if (e.getCode() != KeyCode.ENTER || e.isShortcutDown() || e.isControlDown() || e.isAltDown()
                    || e.isShiftDown() || e.isMetaDown() || form.getScene() == null) {
                return;
            }
            ComboBox<?> list = listHolding(form.getScene().getFocusOwner());
            if (list == null) {
                return;
            }
            if (list.isShowing()) {
                return; // the open list's own Enter (its popup's: see goOnAfterPick)
            }
            e.consume(); // not the default button's: nothing is saved from a list
            focusAfter(list);
        });
        formOrder().values().stream().filter(c -> c instanceof ComboBox<?>).map(c -> (ComboBox<?>) c)
                .forEach(this::goOnAfterPick);
    }

    /**
     * Esc has just closed an open list. Trial 22b M2: the same Esc then asked "Buang isian?", and back in the form the
     * caret was in the closed list's hidden search field, where "Poco" was typed unseen.
     */
    private boolean listEscaped;

    /**
     * An open list's Enter reaches its popup, not the form (the popup takes the keys while it shows): there it takes
     * the highlighted entry and closes the list; then the caret goes on to the next field.
     */
    private void goOnAfterPick(ComboBox<?> box) {
        Runnable hook = () -> {
            // A searchable list shows the matches of its inner list ("#filtered"), a plain one its own.
            ComboBox<?> shown = box.lookup("#filtered") instanceof ComboBox<?> inner && inner != box ? inner : box;
            if (shown.getSkin() instanceof javafx.scene.control.skin.ComboBoxListViewSkin<?> skin
                    && skin.getPopupContent() instanceof javafx.scene.control.ListView<?> popupList
                    && !popupList.getProperties().containsKey(EnrollmentFormView.class)) {
                popupList.getProperties().put(EnrollmentFormView.class, Boolean.TRUE);
                popupList.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == KeyCode.ESCAPE) {
                        listEscaped = true;
                        Platform.runLater(() -> listEscaped = false); // for this key only
                    }
                    if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
                        Platform.runLater(() -> {
                            if (!box.isShowing()) {
                                focusAfter(box);
                            }
                        });
                    }
                });
            }
        };
        hook.run();
        box.showingProperty().addListener((o, was, now) -> hook.run()); // the popup's list exists once shown
    }

    /** The form's drop-down list {@code focused} is (or is a part of: a searchable list's search field), else null. */
    private ComboBox<?> listHolding(Node focused) {
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n instanceof ComboBox<?> box && formOrder().containsValue(box)) {
                return box;
            }
        }
        return null;
    }

    /** Puts the caret in the first field after {@code control} that takes it, in the order the form shows them. */
    private void focusAfter(Control control) {
        List<Control> order = List.copyOf(formOrder().values());
        for (int i = order.indexOf(control) + 1; i > 0 && i < order.size(); i++) {
            Control next = order.get(i);
            if (next.isVisible() && !next.isDisabled() && next.isFocusTraversable()) {
                next.requestFocus();
                return;
            }
        }
        saveButton.requestFocus(); // the last field: Simpan is next, and Enter there saves
    }

    private Map<Field, Control> formOrder;

    /** The form's fields in the order it shows them (the Tab order: row by row). */
    private Map<Field, Control> formOrder() {
        if (formOrder != null) {
            return formOrder;
        }
        Map<Field, Control> inOrder = new java.util.LinkedHashMap<>();
        inOrder.put(Field.NIK, nikField);
        inOrder.put(Field.NAME, nameField);
        inOrder.put(Field.SEX, sexChoice);
        inOrder.put(Field.BIRTH_DATE, birthDatePicker);
        inOrder.put(Field.BIRTH_PLACE, birthPlaceField);
        inOrder.put(Field.PHONE, phoneField);
        inOrder.put(Field.REGION, regionChoice);
        inOrder.put(Field.OCCUPATION, occupationChoice);
        inOrder.put(Field.ADDRESS, addressField);
        inOrder.put(Field.KPJ, kpjField);
        inOrder.put(Field.FUNDER, funderChoice);
        inOrder.put(Field.SEGMENT, segmentChoice);
        inOrder.put(Field.PROGRAMMES, jhtCheck);
        inOrder.put(Field.INCOME, incomeField);
        inOrder.put(Field.FIRST_MONTH, firstMonthField);
        inOrder.put(Field.MONTHS, monthsField);
        inOrder.put(Field.LAST_MONTH, lastMonthField);
        inOrder.put(Field.NOTES, notesField);
        formOrder = java.util.Collections.unmodifiableMap(inOrder);
        return formOrder;
    }

    /** After a refused save the caret goes to the first field in error, in the order the form shows them (L2). */
    private void initRefusedFocus() {
        Map<Field, Control> inOrder = formOrder();
        model.setOnRefused(List.copyOf(inOrder.keySet()), field -> {
            Control control = inOrder.get(field);
            if (control != null && !control.isFocused()) {
                control.requestFocus();
            }
            // Trial 22b M6: refused again from inside the field (Ctrl+Enter in the NIK), its text was not selected
            // and the digits retyped were added to the wrong ones ("bukan 32/48"): typing replaces it, as after Tab.
            if (control instanceof TextField text) {
                text.selectAll();
            }
        });
    }

    /**
     * Trial 22b M6: the NIK field took a 17th digit and more ("bukan 32/48"). Digits added to those already there stop
     * at a NIK's sixteen; a text put in whole (pasted over the field or a selection: "5310 0112 0385 0013", dots, a
     * no-break space) is taken as it is, for the NIK rule to read or to name what is wrong with it.
     */
    static javafx.scene.control.TextFormatter.Change noDigitPastANik(javafx.scene.control.TextFormatter.Change c) {
        if (!c.isContentChange()) {
            return c;
        }
        String before = c.getControlText();
        String kept = before.substring(0, c.getRangeStart()) + before.substring(c.getRangeEnd());
        return digits(kept) == 0 || digits(c.getControlNewText()) <= id.payung.domain.Nik.LENGTH ? c : null;
    }

    private static long digits(String text) {
        return text.chars().filter(ch -> ch >= '0' && ch <= '9').count();
    }

    private ValidationResult result(Control c, Field field) {
        // Each message as what it is: the age warning beside a NIK's error on the birth date stays a warning (the
        // field's mark is the worst of them either way).
        List<ValidationMessage> messages = model.problems().stream().filter(p -> p.field() == field)
                .map(p -> p.error() ? ValidationMessage.error(c, message(p)) : ValidationMessage.warning(c, message(p)))
                .toList();
        return ValidationResult.fromMessages(messages);
    }

    private void showProblems() {
        List<Node> lines = new java.util.ArrayList<>(model.problems().stream().map(p -> {
            // A refusal of the whole form (the record changed or deleted by another clerk) names no field and marks
            // none (trial 07/12/2026 #7: "Nama:" and a red Nama lengkap, which nobody had changed).
            String field = p.field() == Field.FORM ? "" : resources.getString("field." + p.field().name()) + ": ";
            Label l = new Label((p.error() ? "✖ " : "⚠ ") + field + message(p));
            l.setWrapText(true);
            l.getStyleClass().add(p.error() ? "form-error" : "form-warning");
            return (Node) l;
        }).toList());
        EnrollmentFormViewModel.OthersChange others = model.othersChangeProperty().get();
        if (others != null) {
            // Another clerk's correction, taken into the form: what they changed, and where what was typed here stays.
            Label l = new Label(othersChangeText(others));
            l.setId("othersChange");
            l.setWrapText(true);
            l.getStyleClass().add("form-warning");
            lines.add(0, l);
        }
        model.proposedName().ifPresent(proposed -> {
            // "Ibu Katarina Nimul": the KTP's way, taken with one click (never by itself).
            Hyperlink useLink = new Hyperlink(MessageFormat.format(resources.getString("form.name.useProposed"), proposed));
            useLink.setId("useProposedName");
            useLink.setOnAction(e -> model.useProposedName());
            lines.add(useLink);
        });
        if (model.problems().stream().anyMatch(p -> CLOSE_OFFERED.contains(p.code()))) {
            // Nothing this form holds can be saved now: it offers to close (opened again, it shows what is saved).
            Hyperlink closeLink = new Hyperlink(resources.getString("form.closeRefused"));
            closeLink.setId("closeRefusedForm");
            boolean deleted = model.problems().stream().anyMatch(p -> p.code().startsWith("DELETED_"));
            closeLink.setOnAction(e -> {
                if (deleted || mayDiscard()) { // a deleted record takes nothing typed: no question first
                    close.run();
                }
            });
            lines.add(closeLink);
        }
        problemsBox.getChildren().setAll(lines);
        validation.revalidate();
    }

    /**
     * "Data ini diubah oleh agus pada … Yang diubah agus: • Tempat lahir: (kosong) → Reo; isian Anda tetap: Ruteng …
     * Periksa, lalu Simpan lagi" (trial 24b M2).
     */
    String othersChangeText(EnrollmentFormViewModel.OthersChange others) {
        StringBuilder text = new StringBuilder(MessageFormat.format(resources.getString("form.others.head"),
                others.who(), others.when()));
        if (others.fields().isEmpty()) {
            text.append('\n').append(MessageFormat.format(resources.getString("form.others.none"), others.who()));
        }
        for (EnrollmentFormViewModel.OtherField f : others.fields()) {
            text.append('\n').append(f.yoursKept()
                    ? MessageFormat.format(resources.getString("form.others.lineYours"), resources.getString(f.labelKey()),
                            shown(f.before()), shown(f.after()), shown(f.yours()))
                    : MessageFormat.format(resources.getString("form.changes.line"), resources.getString(f.labelKey()),
                            shown(f.before()), shown(f.after())));
        }
        text.append('\n').append(MessageFormat.format(resources.getString("form.others.tail"), others.who()));
        return text.toString();
    }

    /** The refusals after which the form offers to close: the record was changed or deleted by another clerk. */
    private static final java.util.Set<String> CLOSE_OFFERED = java.util.Set.of("CHANGED_BY_OTHER", "DELETED_BY_OTHER",
            "DELETED_IMPORT_UNDONE", "DELETED_MEANWHILE");

    /** "Desa/Kelurahan: Golo Dukal → Satar Ngkeling", one line per detail that saving will change. */
    private void showChanges() {
        List<EnrollmentFormViewModel.PersonChange> changes = model.personChanges();
        personChangesLabel.setVisible(!changes.isEmpty());
        personChangesLabel.setManaged(!changes.isEmpty());
        if (changes.isEmpty()) {
            personChangesLabel.setText("");
            return;
        }
        StringBuilder text = new StringBuilder(resources.getString(model.editingIdProperty().get() == 0
                ? "form.changes.new" : "form.changes.edit"));
        for (EnrollmentFormViewModel.PersonChange c : changes) {
            text.append('\n').append(MessageFormat.format(resources.getString("form.changes.line"),
                    resources.getString(c.labelKey()), shown(c.before()), shown(c.after())));
        }
        boolean moved = changes.stream().anyMatch(c -> c.labelKey().equals("form.region"));
        if (moved && model.editingIdProperty().get() == 0) {
            text.append('\n').append(resources.getString("form.changes.move"));
        }
        personChangesLabel.setText(text.toString());
    }

    private String shown(Object value) {
        if (value == null) {
            return resources.getString("form.changes.empty");
        }
        if (value instanceof Region r) {
            return r.name();
        }
        if (value instanceof Occupation o) {
            return o.name();
        }
        if (value instanceof id.payung.domain.FundingSource f) {
            return f.name();
        }
        if (value instanceof Sex s) {
            return resources.getString("sex." + s.name());
        }
        if (value instanceof java.time.LocalDate d) {
            return Formats.date(d);
        }
        return value.toString();
    }

    /** A corrected place of a person with other enrollments: on all of them, or on this one only? */
    private Optional<CorrectionScope> askCorrectionScope(int others) {
        ButtonType all = new ButtonType(resources.getString("form.correction.all"), ButtonBar.ButtonData.YES);
        ButtonType one = new ButtonType(resources.getString("form.correction.this"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(resources.getString("form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                MessageFormat.format(resources.getString("form.correction.text"), others), all, one, cancel);
        ask.setTitle("Payung"); // not JavaFX's English "Confirmation" (trial 12)
        ask.initOwner(nikField.getScene().getWindow());
        ask.setHeaderText(resources.getString("form.correction.title"));
        // Enter corrects this enrollment only: the others may be years already reported (trial 21c: Enter rewrote
        // 2025's desa). All of them is a click.
        ((Button) ask.getDialogPane().lookupButton(all)).setDefaultButton(false);
        Button only = (Button) ask.getDialogPane().lookupButton(one);
        only.setDefaultButton(true);
        ask.setOnShown(e -> only.requestFocus());
        return ask.showAndWait().flatMap(b -> b == all ? Optional.of(CorrectionScope.ALL_ENROLLMENTS)
                : b == one ? Optional.of(CorrectionScope.THIS_ENROLLMENT) : Optional.empty());
    }

    private String message(FormProblem p) {
        // Typed by hand, a 15-digit NIK is a digit short; the Excel wording stays for imports (trial 14 F14).
        String text = p.code().equals("NIK_EXCEL_CUT_DIGITS") && p.args().equals(List.of("15"))
                ? resources.getString("form.nik.oneDigitShort") : id.payung.ui.UserMessages.problem(resources, p);
        // The problem's own words are shared with imports and the command line, which have no such button.
        return FILLED_FROM_NIK.contains(p.code()) ? text + " " + resources.getString("form.fillFromNik.hint") : text;
    }

    /** The problems the "Fill from NIK" button mends: what the NIK says against what was typed. */
    private static final java.util.Set<String> FILLED_FROM_NIK = java.util.Set.of("NIK_SEX_MISMATCH",
            "NIK_BIRTH_DATE_MISMATCH");

    @FXML
    private void fillFromNik() {
        model.fillFromNik();
    }

    @FXML
    private void save() {
        model.setOnSaved(saved -> close.run());
        model.save(false);
    }

    @FXML
    private void saveAndNew() {
        if (model.editingIdProperty().get() != 0) {
            return; // Ctrl+Enter while correcting: not offered there
        }
        model.setOnSaved(saved -> nikField.requestFocus());
        model.save(true);
    }

    @FXML
    private void cancel() {
        if (mayDiscard()) {
            close.run();
        }
    }

    /**
     * Whether the form's window may close now (its title bar's X, Alt+F4): asked as Esc asks, going back the default.
     * Not for a window closing with its owner: the main window asks once for all its forms before it closes.
     */
    public boolean mayClose() {
        return mayDiscard();
    }

    /**
     * The clerk said to close Payung without saving (the main window's question): this form asks nothing more, should
     * anything (its window's close with its owner's) ask it on the way out.
     */
    public void discardWithPayung() {
        discardedWithPayung = true;
    }

    /**
     * Whether the form may close: nothing unsaved, or the clerk said to discard it (trial 14 F14: Esc closed a
     * half-filled form without a word). Going back to the form is the default answer, so Esc then Enter loses nothing.
     */
    private boolean mayDiscard() {
        if (discardedWithPayung || !model.hasUnsavedInput()) {
            return true;
        }
        ButtonType discard = new ButtonType(resources.getString("form.discard.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType back = new ButtonType(resources.getString("form.discard.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, resources.getString("form.discard.text"), discard, back);
        ask.setTitle("Payung");
        ask.setHeaderText(resources.getString("form.discard.title"));
        ask.initOwner(nikField.getScene().getWindow());
        ((Button) ask.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        ((Button) ask.getDialogPane().lookupButton(back)).setDefaultButton(true);
        return ask.showAndWait().filter(b -> b == discard).isPresent();
    }

    /** "Diambil dari isian terakhir: Sumber dana APBDes / ADD · Desa/Kelurahan Poco · Mulai 01/2027 · Jumlah bulan 12 …". */
    private String costText(EnrollmentFormViewModel.Cost c) {
        String funder = model.funderProperty().get() == null ? "" : model.funderProperty().get().name();
        EnrollmentFormViewModel.Rate first = c.rates().get(0);
        if (c.totalRp() == null) {
            return java.text.MessageFormat.format(resources.getString("form.cost.open"), Formats.rupiah(first.monthlyRp()),
                    funder);
        }
        int months = c.rates().stream().mapToInt(EnrollmentFormViewModel.Rate::months).sum();
        if (c.rates().size() == 1) {
            return java.text.MessageFormat.format(resources.getString("form.cost"), Formats.rupiah(first.monthlyRp()),
                    Formats.count(months), Formats.rupiah(c.totalRp()), funder);
        }
        // Each amount with its months and from when, so the total can be checked by hand.
        String parts = c.rates().stream().map(r -> java.text.MessageFormat.format(resources.getString("form.cost.part"),
                Formats.rupiah(r.monthlyRp()), Formats.count(r.months()), Formats.month(r.from())))
                .collect(java.util.stream.Collectors.joining(", "));
        return java.text.MessageFormat.format(resources.getString("form.cost.varies"), Formats.rupiah(c.totalRp()),
                Formats.count(months), parts, funder);
    }

    private String keptText(EnrollmentFormViewModel.Kept still, id.payung.domain.Segment segment) {
        List<String> parts = new java.util.ArrayList<>();
        EnrollmentFormViewModel.Kept kept = still != null ? still : new EnrollmentFormViewModel.Kept(null, null, null, null);
        if (kept.funderCode() != null) {
            choices.funders().stream().filter(f -> f.code().equals(kept.funderCode())).findFirst()
                    .ifPresent(f -> parts.add(resources.getString("field.FUNDER") + " " + f.name()));
        }
        if (kept.regionCode() != null) {
            choices.regions().stream().filter(r -> r.code().equals(kept.regionCode())).findFirst()
                    .ifPresent(r -> parts.add(resources.getString("field.REGION") + " " + r.name()));
        }
        if (kept.firstMonth() != null) {
            parts.add(resources.getString("field.FIRST_MONTH") + " " + kept.firstMonth());
        }
        if (kept.months() != null) {
            parts.add(resources.getString("field.MONTHS") + " " + kept.months());
        }
        if (segment != null) {
            // Trial 23a H1: a segment picked by hand and handed on is said, so it is not saved unseen.
            parts.add(resources.getString("field.SEGMENT") + " " + resources.getString("segment." + segment.name()));
        }
        return parts.isEmpty() ? "" : MessageFormat.format(resources.getString("form.kept"), String.join(" · ", parts));
    }

    /**
     * Trial 20c H1: someone of the typed name and birth date is registered under another NIK. Saving as another
     * person is asked once, "No" the default: Enter on the question keeps the form to correct the NIK.
     */
    private boolean askOtherPerson(id.payung.service.EnrollmentService.LikelySame same) {
        ButtonType yes = new ButtonType(resources.getString("form.otherPerson.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(resources.getString("form.otherPerson.no"), ButtonBar.ButtonData.NO);
        var e = same.latest();
        String enrolled = e == null ? "" : MessageFormat.format(resources.getString("form.otherPerson.enrolled"),
                e.funderName(), Formats.month(e.firstMonth()), e.lastMonth() == null ? "…" : Formats.month(e.lastMonth()));
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, MessageFormat.format(
                resources.getString("form.otherPerson.text"), same.maskedNik(), enrolled), yes, no);
        ask.setTitle("Payung");
        ask.setHeaderText(resources.getString("form.otherPerson.title"));
        ask.initOwner(nikField.getScene().getWindow());
        ((Button) ask.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((Button) ask.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return ask.showAndWait().filter(b -> b == yes).isPresent();
    }

    /**
     * Trial 22b M3: a NIK first registered in another regency, saved with a fast Ctrl+Enter before its warning was
     * read. The warning is asked once at the save, "No" the default: Enter on the question goes back to the NIK.
     */
    private boolean askOutsideRegency(FormProblem warning) {
        return askOnce(warning, "form.outsideRegency.title", "form.outsideRegency.text");
    }

    /** A warning asked at the save, "No" (back to the form) the default; true to save. */
    private boolean askOnce(FormProblem warning, String titleKey, String textKey) {
        ButtonType yes = new ButtonType(resources.getString("form.outsideRegency.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(resources.getString("form.outsideRegency.no"), ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, MessageFormat.format(
                resources.getString(textKey), sentence(id.payung.ui.UserMessages.problem(resources, warning))),
                yes, no);
        ask.setTitle("Payung");
        ask.setHeaderText(resources.getString(titleKey));
        ask.initOwner(nikField.getScene().getWindow());
        ((Button) ask.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        Button noButton = (Button) ask.getDialogPane().lookupButton(no);
        noButton.setDefaultButton(true);
        ask.setOnShown(e -> noButton.requestFocus());
        return ask.showAndWait().filter(b -> b == yes).isPresent();
    }

    /** A problem's words ("the NIK was first …") as a sentence of its own. */
    private String sentence(String words) {
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(resources.getLocale()) + words.substring(1);
    }

    @FXML
    private void openNikNews() {
        EnrollmentFormViewModel.NikNews news = model.nikNewsProperty().get();
        if (news != null && news.enrollmentId() != 0) {
            openEnrollment.accept(news.enrollmentId());
        }
    }

    @FXML
    private void openConflict() {
        long id = model.conflictingEnrollmentProperty().get();
        if (id != 0) {
            openEnrollment.accept(id);
        }
    }

    private String regionText(Region r) {
        if (r == null) {
            return "";
        }
        return r.level() == RegionLevel.KECAMATAN
                ? MessageFormat.format(resources.getString("region.kecamatan"), r.name())
                : MessageFormat.format(resources.getString("region.desa"), r.name(),
                        choices.regions().stream().filter(k -> k.code().equals(r.parentCode())).map(Region::name)
                                .findFirst().orElse(r.parentCode()));
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
