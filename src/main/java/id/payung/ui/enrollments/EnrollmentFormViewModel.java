package id.payung.ui.enrollments;

import id.payung.domain.Contributions;
import id.payung.domain.CorrectionScope;
import id.payung.domain.EnrollmentForm;
import id.payung.domain.EnrollmentRules;
import id.payung.domain.Formats;
import id.payung.domain.FormProblem;
import id.payung.domain.FormProblem.Field;
import id.payung.domain.FundingSource;
import id.payung.domain.NikCheck;
import id.payung.domain.Occupation;
import id.payung.domain.OccupationWords;
import id.payung.domain.Person;
import id.payung.domain.Phones;
import id.payung.domain.Programme;
import id.payung.domain.Region;
import id.payung.domain.Sector;
import id.payung.domain.Segment;
import id.payung.domain.Sex;
import id.payung.service.EnrollmentService;
import id.payung.service.RegionList;
import id.payung.service.ChangedSince;
import id.payung.service.InvalidInputException;
import id.payung.ui.BackgroundTask;
import id.payung.ui.DatePickers;
import id.payung.ui.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The enrollment form: one property per field, the problems of what is typed (checked as the user
 * types, by the same rules the service applies), and save / save-and-new. A NIK already registered fills
 * in all of that person's current data, and the form lists what saving will change for the person
 * ({@link #personChanges()}); correcting an enrollment's place asks whether the correction applies to all
 * the person's enrollments ({@link #setCorrectionQuestion}).
 */
public final class EnrollmentFormViewModel {
    /** Checks a correction against changes made since the form opened (null: not checked). */
    private ChangedSince changedSince;
    /** The newest change of the record when the form opened it (or last saved it). */
    private volatile ChangedSince.Mark openedMark = ChangedSince.Mark.NONE;
    /**
     * The corrected record as stored ({@link EnrollmentService#asStored}) when the form opened it, last saved it or took
     * another clerk's version in: what "typed" and "changed by the other clerk" are told against. Null for a new entry.
     */
    private EnrollmentForm storedBase;
    /** What another clerk changed that refused this form's save, now taken in (trial 24b M2); null when nothing. */
    private final ReadOnlyObjectWrapper<OthersChange> othersChange = new ReadOnlyObjectWrapper<>();
    private final EnrollmentService service;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final String regionPrefix;
    private final Map<String, Region> regionsByCode;
    private final Map<String, Occupation> occupationsByCode;
    /** What a typed title or word names among the choices (the import's rule). */
    private final OccupationWords occupationWords;
    private final Map<String, FundingSource> fundersByCode;

    final StringProperty nik = new SimpleStringProperty("");
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    final StringProperty birthPlace = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>();
    /** Text typed as the birth date that is no date ("31/02/1985"), else null: refused, not saved as no date. */
    final StringProperty birthDateText = new SimpleStringProperty();
    final StringProperty address = new SimpleStringProperty("");
    final ObjectProperty<Region> region = new SimpleObjectProperty<>();
    /** A desa typed that names none ("Ndehez"), the field left empty; null once a desa is chosen (trial 20c M3). */
    final StringProperty regionTyped = new SimpleStringProperty();
    /**
     * An occupation typed that names none on the list ("Penenun"), while none is chosen: said at once with the nearest
     * (trial 23a M2), as a desa typed is; nothing is saved until the clerk picks one (Lainnya, as the import records
     * it) or "(tidak diketahui)".
     */
    final StringProperty occupationTyped = new SimpleStringProperty();
    /** How the form names an occupation in its language (the view's words; the seeded name until it says). */
    private Function<Occupation, String> occupationName = Occupation::name;
    final ObjectProperty<Occupation> occupation = new SimpleObjectProperty<>();
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty kpj = new SimpleStringProperty("");
    final ObjectProperty<FundingSource> funder = new SimpleObjectProperty<>();
    final ObjectProperty<Segment> segment = new SimpleObjectProperty<>(Segment.BPU);
    final BooleanProperty jht = new SimpleBooleanProperty(false);
    final StringProperty income = new SimpleStringProperty(Formats.count(Contributions.STANDARD_INCOME));
    final StringProperty firstMonth = new SimpleStringProperty("");
    final StringProperty months = new SimpleStringProperty("12");
    final StringProperty lastMonth = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");

    private final ObservableList<FormProblem> problems = FXCollections.observableArrayList();
    private List<Field> refusedOrder = List.of();
    private Consumer<Field> onRefused = field -> { };
    private final ObservableList<FormProblem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final List<FormProblem> serverProblems = new ArrayList<>();
    private final ReadOnlyObjectWrapper<Person> knownPerson = new ReadOnlyObjectWrapper<>();
    /** Whose details, filled in from a registered NIK, were taken out again when the NIK changed; else null. */
    private final javafx.beans.property.ReadOnlyStringWrapper clearedFrom = new javafx.beans.property.ReadOnlyStringWrapper();
    /** What a registered NIK filled in, and what the fields held before it; null when nothing was filled. */
    private PersonValues filledFromNik;
    private PersonValues beforeFill;
    private String filledName;
    /** What this entry started with from the previous one (funder, desa, period); null when nothing was kept. */
    private Kept keptFrom;
    /**
     * The segment the clerk picked by hand for the previous entry and save-and-new handed on (trial 23a H1), when
     * it is not the one every new person starts with; null otherwise. A segment the form set itself because of an
     * occupation (a village official's PU) is never handed on: the next person starts BPU.
     */
    private Segment keptSegment;
    private final ReadOnlyObjectWrapper<Segment> keptSegmentStill = new ReadOnlyObjectWrapper<>();
    /** The rate rules as the form was opened (null: none given, no cost said). */
    private final Contributions contributions;
    private final ReadOnlyObjectWrapper<Cost> cost = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Kept> keptStill = new ReadOnlyObjectWrapper<>();
    /** The form as it was when last empty, opened or saved: anything else is unsaved input. */
    private EnrollmentForm clean;
    /** The form's write under way (opening for a correction, which is audited, or a save); null when none. */
    private final ReadOnlyObjectWrapper<BackgroundTask<?>> writing = new ReadOnlyObjectWrapper<>();
    private final LongProperty conflictingEnrollment = new SimpleLongProperty(0);
    private final LongProperty editingId = new SimpleLongProperty(0);
    private final javafx.beans.property.IntegerProperty savedCount = new javafx.beans.property.SimpleIntegerProperty(0);
    private final ObservableList<PersonChange> personChanges = FXCollections.observableArrayList();
    private final ObservableList<PersonChange> personChangesView = FXCollections.unmodifiableObservableList(personChanges);
    /** The person's data as registered (a known NIK) or as the edited enrollment had it; null otherwise. */
    private PersonValues baseline;
    /** The corrected enrollment's details as opened; null when the form is not correcting one. */
    private EnrollmentValues enrollmentBaseline;
    private int otherEnrollments;
    /** The NIK of the enrollment being corrected: its own person is not "already registered" news. */
    private String editedNik;
    /** What the previous NIK decoded to: a sex or birth date equal to it was Payung's and follows a new NIK. */
    private Sex sexFromNik;
    private LocalDate birthDateFromNik;
    /** Whether the clerk picked the segment: then the occupation no longer moves it. */
    private boolean segmentChosen;
    /** True while the form itself sets the segment (following the occupation), which is not the clerk's choice. */
    private boolean followingOccupation;
    private boolean attempted;
    private boolean syncing;
    private Consumer<EnrollmentService.Saved> onSaved = saved -> { };
    private Function<Integer, Optional<CorrectionScope>> correctionQuestion = others -> Optional.of(
            CorrectionScope.THIS_ENROLLMENT);
    /** Whether a new enrollment may replace the registered person's identity as listed; unasked: it may not. */
    private java.util.function.Predicate<List<PersonChange>> registeredChangeQuestion = changes -> false;
    /** A registered person with the typed name and birth date under another NIK (trial 20c H1); null when none. */
    private final ReadOnlyObjectWrapper<EnrollmentService.LikelySame> likelySame = new ReadOnlyObjectWrapper<>();
    /** The NIK, name and birth date {@link #likelySame} was looked up for; null when none was. */
    private String likelyFor;
    /** The NIK, name and birth date the clerk said to save as another person all the same: asked once for them. */
    private String savedAsOther;
    /** Whether to save a new person though {@link #likelySame} names one; unasked: not saved. */
    private java.util.function.Predicate<EnrollmentService.LikelySame> otherPersonQuestion = same -> false;
    private java.util.function.Predicate<FormProblem> outsideRegencyQuestion = warning -> true;
    /**
     * On a server, the NIK typed (clean) and the regency whose office registered it, when that is another regency's
     * (trial 24b M1): refused at once, naming it, never first asked about as a NIK of another regency. Null otherwise.
     */
    private String[] otherOffice;
    /** The NIK of another regency the clerk said to save: not asked again for it. */
    private String acceptedOutside;
    private java.util.function.Predicate<FormProblem> underAgeQuestion = warning -> true;
    /** The NIK, birth date and first month whose young participant the user chose to save anyway. */
    private String acceptedYoung;
    /** The recognised person's enrollments (deleted ones too): their months said at once (trial 20c M1). */
    private List<id.payung.domain.EnrollmentSummary> knownEnrollments = List.of();
    private final ReadOnlyObjectWrapper<NikNews> nikNews = new ReadOnlyObjectWrapper<>();
    /** How many times a registered NIK filled the form in: the view selects what was filled (trial 16 H1). */
    private final javafx.beans.property.IntegerProperty fillsFromNik = new javafx.beans.property.SimpleIntegerProperty(0);

    /**
     * One detail of the person that saving will change, named by the form's label key ({@code form.region});
     * {@code before} and {@code after} are the values (text, {@link Sex}, {@link LocalDate}, {@link Region},
     * {@link Occupation}; null when empty).
     */
    public record PersonChange(String labelKey, Object before, Object after) {
    }

    /**
     * Another clerk's correction that refused this form's save (CHANGED_BY_OTHER), taken into the form: {@code who} and
     * {@code when} as the refusal said them, and each field of the form they changed. Their value now stands in the
     * form unless the clerk had typed that field too, whose own value then stays ({@link OtherField#yoursKept}).
     * The form's next save is checked against their version (no new refusal unless someone changes it again).
     */
    public record OthersChange(String who, String when, List<OtherField> fields) {
        public OthersChange {
            fields = List.copyOf(fields);
        }
    }

    /**
     * One field another clerk changed, named by the form's label key: what it held when this form opened it
     * ({@code before}) and what they saved ({@code after}); with {@code yoursKept}, what this clerk typed there
     * ({@code yours}) stays in the form and would replace theirs on saving. Values as {@link PersonChange}'s.
     */
    public record OtherField(String labelKey, Object before, Object after, boolean yoursKept, Object yours) {
    }

    /** The person's details the form holds, to compare what was there with what will be saved. */
    private record PersonValues(String name, Sex sex, LocalDate birthDate, String birthPlace, String phone,
                                Region region, Occupation occupation, String address, String kpj) {
        List<PersonChange> changesTo(PersonValues now) {
            List<PersonChange> out = new ArrayList<>();
            add(out, "form.name", name, now.name);
            add(out, "form.sex", sex, now.sex);
            add(out, "form.birthDate", birthDate, now.birthDate);
            add(out, "form.birthPlace", birthPlace, now.birthPlace);
            add(out, "form.phone", phone, now.phone);
            add(out, "form.region", region, now.region);
            add(out, "form.occupation", occupation, now.occupation);
            add(out, "form.address", address, now.address);
            add(out, "form.kpj", kpj, now.kpj);
            return out;
        }

        private static void add(List<PersonChange> out, String labelKey, Object before, Object after) {
            if (!Objects.equals(before, after)) {
                out.add(new PersonChange(labelKey, before, after));
            }
        }
    }

    /**
     * The enrollment's own details when a saved one is corrected: a correction rewrites them for its whole period
     * (a funder changed here is no longer the funder it had), so the form says it before saving (trial 12).
     */
    private record EnrollmentValues(FundingSource funder, Segment segment, String programmes, String income,
                                    String firstMonth, String lastMonth, String notes) {
        List<PersonChange> changesTo(EnrollmentValues now) {
            List<PersonChange> out = new ArrayList<>();
            PersonValues.add(out, "form.funder", funder, now.funder);
            PersonValues.add(out, "form.segment", segment, now.segment);
            // Every field a save writes is listed, the note too (trial 24b L4: a Catatan typed was saved unsaid).
            PersonValues.add(out, "form.programmes", programmes, now.programmes);
            PersonValues.add(out, "form.income", income, now.income);
            PersonValues.add(out, "form.firstMonth", firstMonth, now.firstMonth);
            PersonValues.add(out, "form.lastMonth", lastMonth, now.lastMonth);
            PersonValues.add(out, "form.notes", notes, now.notes);
            return out;
        }
    }

    /**
     * What one entry hands on to the next (trial 14 F5): funder and desa by code, start month and months as typed.
     * Any part may be null (none chosen, or no longer as it was kept).
     */
    public record Kept(String funderCode, String regionCode, String firstMonth, String months) {
        public boolean isEmpty() {
            return funderCode == null && regionCode == null && firstMonth == null && months == null;
        }
    }

    /**
     * The occupation among the choices that {@code typed} names by a word lists use for it, as the import reads a
     * list's Pekerjaan: "Kades", "Kaur Keuangan", "Sekdes" → Perangkat desa, "Petani/Pekebun" → Petani. Empty for a
     * word that may mean something else ("Staf Desa") or names nothing: the search then offers only names.
     */
    public Optional<Occupation> occupationNamedBy(String typed) {
        return occupationWords.named(typed);
    }

    /**
     * The occupations among the choices that {@code typed}, as the clerk types it, may be the start of, best first:
     * by name, by a word lists use or a village title ("kad", "kau", "seke", "kepala d" → Perangkat desa; "peta" →
     * Petani, also where the form shows it as "Farmer"), from {@link OccupationWords#FEWEST_LETTERS} letters; the
     * one {@link #occupationNamedBy} names first.
     */
    public List<Occupation> occupationsStartedBy(String typed) {
        return occupationWords.startedBy(typed);
    }

    /**
     * What the typed NIK's look-up found that the clerk must see at once, beside the NIK (trial 20c): a registered
     * person of the same name and birth date under another NIK, or the recognised person's enrollment in the form's
     * months. {@code said} is the warning; {@code enrollmentId} the enrollment to open (0: none).
     */
    public record NikNews(FormProblem said, long enrollmentId) {
    }

    /** What the form's drop-downs offer. */
    public record Choices(List<Region> regions, List<Occupation> occupations, List<FundingSource> funders,
                          List<id.payung.domain.RateRule> rateRules) {
        /** Without the rate rules: the form then says no contribution. */
        public Choices(List<Region> regions, List<Occupation> occupations, List<FundingSource> funders) {
            this(regions, occupations, funders, List.of());
        }
    }

    /**
     * What the form's enrollment costs its funder by the rate rules (the reports' rule, {@link Contributions}): the
     * months at each monthly amount in turn (a discount may start or end within the period, PP 50/2025), and the
     * period's total (null: open-ended, the first month's amount alone).
     */
    public record Cost(List<Rate> rates, Long totalRp) {
        public Cost {
            rates = List.copyOf(rates);
        }
    }

    /** {@code months} months from {@code from} at {@code monthlyRp} a month. */
    public record Rate(long monthlyRp, YearMonth from, int months) {
    }

    public EnrollmentFormViewModel(EnrollmentService service, TaskExecutor tasks, Clock clock, String regionPrefix,
                                   Choices choices) {
        this.service = service;
        this.tasks = tasks;
        this.clock = clock;
        this.regionPrefix = regionPrefix;
        this.regionsByCode = choices.regions().stream().collect(Collectors.toMap(Region::code, Function.identity()));
        this.occupationsByCode = choices.occupations().stream()
                .collect(Collectors.toMap(Occupation::code, Function.identity()));
        this.occupationWords = new OccupationWords(choices.occupations());
        this.fundersByCode = choices.funders().stream().collect(Collectors.toMap(FundingSource::code, Function.identity()));
        this.contributions = choices.rateRules().isEmpty() ? null : new Contributions(choices.rateRules());
        firstMonth.set(DatePickers.formatMonth(YearMonth.now(clock)));
        syncLastFromMonths();
        for (Observable o : List.of(nik, name, sex, birthPlace, birthDate, birthDateText, address, region, occupation, phone, kpj,
                funder, segment, jht, income, firstMonth, months, lastMonth, notes)) {
            o.addListener(x -> {
                serverProblems.clear();
                conflictingEnrollment.set(0);
                recheck();
            });
        }
        firstMonth.addListener(x -> syncLastFromMonths());
        months.addListener(x -> syncLastFromMonths());
        lastMonth.addListener(x -> syncMonthsFromLast());
        nik.addListener(x -> onNikChanged());
        region.addListener((o, was, now) -> {
            if (now != null) {
                regionTyped.set(null);
            }
        });
        regionTyped.addListener(x -> recheck());
        occupation.addListener((o, was, now) -> {
            if (now != null) {
                occupationTyped.set(null);
            }
        });
        occupationTyped.addListener(x -> recheck());
        for (Observable o : List.of(nik, name, birthDate)) {
            o.addListener(x -> lookUpLikelySame());
        }
        occupation.addListener(x -> followOccupation());
        segment.addListener(x -> segmentChosen |= !followingOccupation);
        recheck();
        clean = form();
    }

    /**
     * Called after a save refused for errors (found here or by the service), with the first field in error in the
     * order {@code formOrder} gives: the view puts the caret there, so what the clerk types next mends it rather
     * than replacing a good field (trial 16 L2: the funder typed into Desa wiped the desa).
     */
    public void setOnRefused(List<Field> formOrder, Consumer<Field> onRefused) {
        this.refusedOrder = List.copyOf(formOrder);
        this.onRefused = onRefused;
    }

    private void refused() {
        refusedOrder.stream().filter(f -> problems.stream().anyMatch(p -> p.error() && p.field() == f)).findFirst()
                .or(() -> problems.stream().filter(FormProblem::error).map(FormProblem::field).findFirst())
                .ifPresent(onRefused);
    }

    /** Called with the saved ids after each successful save. */
    public void setOnSaved(Consumer<EnrollmentService.Saved> onSaved) {
        this.onSaved = onSaved;
    }

    /**
     * Corrections are refused when the record was changed since the form opened it (another clerk, on a
     * server), naming who and when; without it (tests of the form alone) a correction is not checked.
     */
    public void setChangedSince(ChangedSince check) {
        this.changedSince = check;
    }

    /** Fills the form with an existing enrollment for correcting it (the look at its full NIK is audited). */
    public void edit(long enrollmentId) {
        record Loaded(ChangedSince.Mark mark, EnrollmentForm form, int others) {
        }
        ChangedSince check = changedSince;
        // The mark first: a change made while the form is read is then seen at the save, never missed.
        write(BackgroundTask.wrap(() -> new Loaded(check == null ? ChangedSince.Mark.NONE : check.mark(enrollmentId),
                service.openForEditing(enrollmentId), service.otherEnrollments(enrollmentId))).onSuccess(loaded -> {
                    openedMark = loaded.mark();
                    storedBase = EnrollmentService.asStored(loaded.form());
                    othersChange.set(null);
                    editingId.set(enrollmentId);
                    otherEnrollments = loaded.others();
                    editedNik = loaded.form().cleanNik();
                    fill(loaded.form());
                    baseline = values();
                    enrollmentBaseline = enrollmentValues();
                    keptFrom = null;
                    keptSegment = null;
                    recheck();
                    clean = form();
                }));
    }

    /** One field of the form, as a stored form holds it and as the form takes a stored value in. */
    private record FormField(String labelKey, Function<EnrollmentForm, Object> value, Consumer<EnrollmentForm> take) {
    }

    /** The form's fields in its order; the months last, the first month before the last (they move each other). */
    private List<FormField> formFields() {
        return List.of(
                new FormField("form.nik", EnrollmentForm::cleanNik, f -> nik.set(f.nik())),
                new FormField("form.name", EnrollmentForm::fullName, f -> name.set(f.fullName())),
                new FormField("form.sex", EnrollmentForm::sex, f -> sex.set(f.sex())),
                new FormField("form.birthPlace", EnrollmentForm::birthPlace, f -> birthPlace.set(nullToEmpty(f.birthPlace()))),
                new FormField("form.birthDate", EnrollmentForm::birthDate, f -> birthDate.set(f.birthDate())),
                new FormField("form.address", EnrollmentForm::address, f -> address.set(nullToEmpty(f.address()))),
                new FormField("form.region", EnrollmentForm::regionCode, f -> region.set(
                        f.regionCode() == null ? null : regionsByCode.get(f.regionCode()))),
                new FormField("form.occupation", EnrollmentForm::occupationCode, f -> occupation.set(
                        f.occupationCode() == null ? null : occupationsByCode.get(f.occupationCode()))),
                new FormField("form.phone", EnrollmentForm::phone, f -> phone.set(nullToEmpty(f.phone()))),
                new FormField("form.kpj", EnrollmentForm::kpj, f -> kpj.set(nullToEmpty(f.kpj()))),
                new FormField("form.funder", EnrollmentForm::funderCode, f -> funder.set(fundersByCode.get(f.funderCode()))),
                new FormField("form.segment", EnrollmentForm::segment, f -> segment.set(f.segment())),
                new FormField("form.programmes", EnrollmentForm::programmes,
                        f -> jht.set(f.programmes().contains(Programme.JHT))),
                new FormField("form.income", EnrollmentForm::declaredIncomeRp, f -> income.set(
                        f.declaredIncomeRp() == null ? "" : Formats.count(f.declaredIncomeRp()))),
                new FormField("form.notes", EnrollmentForm::notes, f -> notes.set(nullToEmpty(f.notes()))),
                new FormField("form.firstMonth", EnrollmentForm::firstMonth, f -> firstMonth.set(
                        f.firstMonth() == null ? "" : DatePickers.formatMonth(f.firstMonth()))),
                new FormField("form.lastMonth", EnrollmentForm::lastMonth, f -> lastMonth.set(
                        f.lastMonth() == null ? "" : DatePickers.formatMonth(f.lastMonth()))));
    }

    /** A stored field's value as the change lines show it (a desa, occupation or funder by name; months as typed). */
    private Object shownValue(String labelKey, Object value) {
        if (value == null) {
            return null;
        }
        return switch (labelKey) {
            case "form.region" -> named(regionsByCode, value);
            case "form.occupation" -> named(occupationsByCode, value);
            case "form.funder" -> named(fundersByCode, value);
            case "form.programmes" -> programmesText(castProgrammes(value));
            case "form.income" -> Formats.count((Long) value);
            case "form.firstMonth", "form.lastMonth" -> Formats.month((YearMonth) value);
            default -> value;
        };
    }

    /** The choice a code names, or the code itself when the form offers none by it. */
    private static Object named(Map<String, ?> byCode, Object code) {
        Object named = byCode.get((String) code);
        return named == null ? code : named;
    }

    @SuppressWarnings("unchecked")
    private static Set<Programme> castProgrammes(Object value) {
        return (Set<Programme>) value;
    }

    /**
     * After a save refused because another clerk changed the record since the form opened it (trial 24b M2: the
     * clerk saw only "nothing was saved", her form still showing the old values, and had to close it and type it all
     * again): reads their version and a new mark, and takes it in field by field. A field this clerk left as it was
     * takes their value; one she typed keeps hers; every field they changed is said ({@link #othersChangeProperty}).
     * The form's summary then compares with their version, so a value of theirs her save would replace is listed as
     * such, and her next save is checked against their version. If the read fails, the refusal stays as it was.
     */
    private void takeInOthersVersion(long id, ChangedSince check, FormProblem refusal) {
        if (check == null || id == 0) {
            return;
        }
        record Reloaded(ChangedSince.Mark mark, EnrollmentForm form, int others) {
        }
        // The mark first, as when the form opens: a change made while the record is read is then seen at the save.
        tasks.read(() -> new Reloaded(check.mark(id), service.form(id), service.otherEnrollments(id)), r -> {
            if (editingId.get() != id || storedBase == null) {
                return; // the form moved on meanwhile
            }
            EnrollmentForm base = storedBase;
            EnrollmentForm theirs = EnrollmentService.asStored(r.form());
            EnrollmentForm mine = EnrollmentService.asStored(form());
            String lastTyped = lastMonth.get();
            boolean chosen = segmentChosen;
            segmentChosen = true; // their occupation must not move the segment by itself
            editedNik = theirs.cleanNik();
            List<OtherField> fields = new ArrayList<>();
            boolean firstTaken = false;
            boolean lastTaken = false;
            for (FormField field : formFields()) {
                Object was = field.value().apply(base);
                Object now = field.value().apply(theirs);
                if (Objects.equals(was, now)) {
                    continue;
                }
                Object typed = field.value().apply(mine);
                boolean untouched = Objects.equals(typed, was);
                fields.add(new OtherField(field.labelKey(), shownValue(field.labelKey(), was),
                        shownValue(field.labelKey(), now), !untouched && !Objects.equals(typed, now),
                        shownValue(field.labelKey(), typed)));
                if (untouched) {
                    field.take().accept(theirs);
                    firstTaken |= field.labelKey().equals("form.firstMonth");
                    lastTaken |= field.labelKey().equals("form.lastMonth");
                }
            }
            if (firstTaken && !lastTaken) {
                lastMonth.set(lastTyped); // a new first month moved the last one (months kept): it was not theirs
            }
            segmentChosen = chosen || segment.get() != Segment.impliedBy(
                    occupation.get() == null ? null : occupation.get().code());
            openedMark = r.mark();
            otherEnrollments = r.others();
            storedBase = theirs;
            baseline = values(theirs);
            enrollmentBaseline = enrollmentValues(theirs);
            serverProblems.clear();
            conflictingEnrollment.set(0);
            othersChange.set(new OthersChange(String.valueOf(refusal.args().get(0)),
                    String.valueOf(refusal.args().get(1)), fields));
            recheck();
        });
    }

    /**
     * What another clerk changed since this form opened the record, taken into the form after its save was refused
     * for it ({@link OthersChange}); null when nothing, and again after the next save.
     */
    public ReadOnlyObjectProperty<OthersChange> othersChangeProperty() {
        return othersChange.getReadOnlyProperty();
    }

    /** Runs one of the form's writes, followed by {@link #writingProperty()} while it runs. */
    private void write(BackgroundTask<?> task) {
        writing.set(task);
        task.onFinished(() -> {
            if (writing.get() == task) {
                writing.set(null);
            }
        });
        task.executeWith(tasks);
    }

    /**
     * The form's write under way, or null: while it waits for another writer (an import) the form says so with
     * a Cancel, and its Save buttons wait for it.
     */
    public ReadOnlyObjectProperty<BackgroundTask<?>> writingProperty() {
        return writing.getReadOnlyProperty();
    }

    /**
     * What to ask when a correction changes the place of an enrollment whose person has others: given how
     * many others, whether the correction applies to all of them or to this one only (empty: do not save).
     * Called on the thread that calls {@link #save}.
     */
    public void setCorrectionQuestion(Function<Integer, Optional<CorrectionScope>> question) {
        this.correctionQuestion = question;
    }

    /**
     * What to ask before a new enrollment replaces a registered person's name, sex, birth date, birth place or KPJ,
     * which hold for all their years (trial 16 H1): given the changes (registered value before, typed after), true
     * to save them. Without it such a save is not made. Called on the thread that calls {@link #save}.
     */
    public void setRegisteredChangeQuestion(java.util.function.Predicate<List<PersonChange>> question) {
        this.registeredChangeQuestion = question;
    }

    /**
     * What to ask before a new person is saved whom {@link EnrollmentService#likelySamePeople} names (same name and
     * birth date under another NIK: a NIK mistyped?): true to save as another person. Asked once for a NIK, name and
     * birth date; without it such a save is not made. Called on the thread that calls {@link #save}.
     */
    public void setOtherPersonQuestion(java.util.function.Predicate<EnrollmentService.LikelySame> question) {
        this.otherPersonQuestion = question;
    }

    /**
     * What to ask before a new person is saved whose NIK was first registered in another regency (the NIK rule's
     * warning {@code NIK_OUTSIDE_REGION}, given): true to save. Trial 22b M3: the warning beside the NIK went unseen
     * on a fast Ctrl+Enter and nothing was left to see. Asked once for a NIK; a registered person is not asked about.
     * Without it (the view model alone) such a save is made. Called on the thread that calls {@link #save}.
     */
    public void setOutsideRegencyQuestion(java.util.function.Predicate<FormProblem> question) {
        this.outsideRegencyQuestion = question;
    }

    /**
     * What to ask before saving an enrollment whose participant is under 15 when it starts (the rule's warning
     * {@code UNDER_WORKING_AGE}, given): true to save. Trial 24a M1: a ten-year-old, most likely a child's NIK taken
     * from the family card, was saved by one Enter under a warning, into the regent's counts. Asked once for a NIK,
     * birth date and first month. Without it (the view model alone) such a save is made.
     */
    public void setUnderAgeQuestion(java.util.function.Predicate<FormProblem> question) {
        this.underAgeQuestion = question;
    }

    /**
     * A save's result: saved, or not saved because the NIK turned out registered with other details, or someone of
     * the same name and birth date turned out registered under another NIK (ask first).
     */
    private record SaveOutcome(EnrollmentService.Saved saved, Person registeredMeanwhile,
                               EnrollmentService.LikelySame likelySameMeanwhile) {
        SaveOutcome(EnrollmentService.Saved saved, Person registeredMeanwhile) {
            this(saved, registeredMeanwhile, null);
        }
    }

    /**
     * Saves when the form has no errors; otherwise shows every problem. With {@code andNew} the form is
     * then emptied for the next person, keeping funder, programmes, income, period, village and a segment the clerk
     * picked by hand (said in the kept line; one the occupation set is not kept: trial 23a H1); the kept segment
     * follows the next person's occupation again until the clerk picks one for them.
     */
    public void save(boolean andNew) {
        attempted = true;
        recheck();
        if (problems.stream().anyMatch(FormProblem::error)) {
            refused();
            return;
        }
        EnrollmentForm form = form();
        long id = editingId.get();
        CorrectionScope scope = CorrectionScope.THIS_ENROLLMENT;
        if (id != 0 && otherEnrollments > 0 && baseline != null && !Objects.equals(baseline.region(), region.get())) {
            Optional<CorrectionScope> answer = correctionQuestion.apply(otherEnrollments);
            if (answer.isEmpty()) {
                return;
            }
            scope = answer.get();
        }
        CorrectionScope chosen = scope;
        if (writing.get() != null) {
            return; // a save under way (perhaps waiting for an import): not a second one behind it
        }
        Person asked = id == 0 ? knownPerson.get() : null;
        if (asked != null) {
            // A save the service will refuse for the months is refused here, before any question (trial 20c M1).
            Optional<id.payung.domain.EnrollmentSummary> clash = overlapping(form);
            if (clash.isPresent()) {
                serverProblems.clear();
                serverProblems.add(EnrollmentService.overlapProblem(clash.get()));
                conflictingEnrollment.set(clash.get().id());
                recheck();
                refused();
                return;
            }
        }
        if (id == 0 && asked == null && !Objects.equals(form.nik(), acceptedOutside)) {
            Optional<FormProblem> outside = problems.stream()
                    .filter(p -> !p.error() && p.code().equals("NIK_OUTSIDE_REGION")).findFirst();
            if (outside.isPresent()) {
                if (!outsideRegencyQuestion.test(outside.get())) {
                    onRefused.accept(Field.NIK); // back to the NIK, selected: a mistyped one is typed over
                    return;
                }
                acceptedOutside = form.nik();
            }
        }
        Optional<FormProblem> young = problems.stream()
                .filter(p -> !p.error() && p.code().equals("UNDER_WORKING_AGE")).findFirst();
        String youngKey = form.nik() + "|" + form.birthDate() + "|" + form.firstMonth();
        if (young.isPresent() && !youngKey.equals(acceptedYoung)) {
            if (!underAgeQuestion.test(young.get())) {
                onRefused.accept(Field.NIK); // a child's NIK from the family card is typed over
                return;
            }
            acceptedYoung = youngKey;
        }
        String sameKey = id == 0 && asked == null ? likelyKey() : null;
        if (sameKey != null && likelySame.get() != null && sameKey.equals(likelyFor) && !sameKey.equals(savedAsOther)) {
            if (!otherPersonQuestion.test(likelySame.get())) {
                return;
            }
            savedAsOther = sameKey;
        }
        String acceptedOther = savedAsOther;
        Optional<PersonChange> nikChange = nikChange(form);
        if (nikChange.isPresent() && !registeredChangeQuestion.test(List.of(nikChange.get()))) {
            return; // trial 20c L9: a corrected NIK is the person's for all years, asked as a new name is
        }
        if (asked != null) {
            List<PersonChange> replaced = RegisteredChanges.of(asked, form);
            if (!replaced.isEmpty() && !registeredChangeQuestion.test(replaced)) {
                return;
            }
        }
        EnrollmentForm toSave = asked == null ? form : RegisteredChanges.keepingRegisteredSpelling(asked, form);
        ChangedSince check = id == 0 ? null : changedSince;
        ChangedSince.Mark mark = openedMark;
        write(BackgroundTask.wrap(() -> {
            if (id == 0) {
                // Registered (or changed by another clerk) since the form looked the NIK up: ask before renaming.
                Optional<Person> registered = service.personByNik(toSave.nik());
                if (registered.isPresent() && !registered.get().equals(asked)
                        && !RegisteredChanges.of(registered.get(), toSave).isEmpty()) {
                    return new SaveOutcome(null, registered.get());
                }
                if (registered.isEmpty() && sameKey != null && !sameKey.equals(acceptedOther)) {
                    // Looked up again: the form's look-up may not have answered yet when Ctrl+Enter came.
                    List<EnrollmentService.LikelySame> same = service.likelySamePeople(toSave.nik(), toSave.fullName(),
                            toSave.birthDate());
                    if (!same.isEmpty()) {
                        return new SaveOutcome(null, null, same.get(0));
                    }
                }
                return new SaveOutcome(service.enrol(toSave), null);
            }
            if (check == null) {
                return new SaveOutcome(service.update(id, toSave, chosen), null);
            }
            // Changed by another clerk since it was opened: refused inside the save's own transaction, not overwritten.
            EnrollmentService.Corrected corrected = service.update(id, toSave, chosen, mark);
            openedMark = corrected.mark(); // this save is the form's own
            return new SaveOutcome(corrected.saved(), null);
        })
                .onFailure(InvalidInputException.class, e -> {
                    serverProblems.clear();
                    serverProblems.addAll(e.problems());
                    conflictingEnrollment.set(e.conflictingEnrollmentId());
                    recheck();
                    refused();
                    e.problems().stream().filter(p -> p.code().equals("CHANGED_BY_OTHER")).findFirst()
                            .ifPresent(p -> takeInOthersVersion(id, check, p));
                }).onSuccess(outcome -> {
                    if (outcome.registeredMeanwhile() != null) {
                        writing.set(null);
                        if (form().equals(form)) {
                            knownPerson.set(outcome.registeredMeanwhile());
                            save(andNew); // now with the question
                        }
                        return;
                    }
                    if (outcome.likelySameMeanwhile() != null) {
                        writing.set(null);
                        if (form().equals(form) && sameKey.equals(likelyKey())) {
                            likelyFor = sameKey;
                            likelySame.set(outcome.likelySameMeanwhile());
                            recheck();
                            save(andNew); // now with the question
                        }
                        return;
                    }
                    EnrollmentService.Saved saved = outcome.saved();
                    boolean wasNew = editingId.get() == 0;
                    Kept handedOn = kept();
                    Segment pickedByHand = segmentChosen ? segment.get() : null;
                    savedCount.set(savedCount.get() + 1);
                    if (!wasNew) {
                        storedBase = EnrollmentService.asStored(toSave); // what is stored now: this save's
                        othersChange.set(null);
                    }
                    onSaved.accept(saved);
                    clean = form();
                    if (andNew) {
                        clearPerson();
                        // Said in a line on the form, as after Enter and a new form: the clerk sees what stayed.
                        keptFrom = wasNew ? handedOn : null;
                        keptSegment = wasNew && pickedByHand != null && pickedByHand != Segment.impliedBy(null)
                                ? pickedByHand : null;
                        recheck();
                        clean = form();
                    }
                }));
    }

    /**
     * The name the form proposes for the one typed with a form of address in front ({@code Ibu Katarina Nimul} →
     * {@code Katarina Nimul}: {@link EnrollmentRules#NAME_FORM_OF_ADDRESS}); empty when it proposes none now.
     */
    public Optional<String> proposedName() {
        return problems.stream().filter(p -> p.code().equals(EnrollmentRules.NAME_FORM_OF_ADDRESS))
                .map(p -> p.args().get(0)).findFirst();
    }

    /** Takes the proposed name ({@link #proposedName}): the clerk's click, never done by itself. */
    public void useProposedName() {
        proposedName().ifPresent(name::set);
    }

    /**
     * Whether {@code p} is the form-of-address warning on a new entry of a registered person whose name the entry
     * saves as registered ({@link RegisteredChanges#keepingRegisteredSpelling}): taking the proposal would change
     * nothing there, a registered name is corrected through "Ubah".
     */
    private boolean keptRegisteredName(FormProblem p) {
        Person known = knownPerson.get();
        return p.code().equals(EnrollmentRules.NAME_FORM_OF_ADDRESS) && editingId.get() == 0 && known != null
                && id.payung.domain.PersonName.same(known.fullName(), name.get());
    }

    /** Takes sex and birth date from a valid NIK, overwriting what was entered. */
    public void fillFromNik() {
        NikCheck.Result r = NikCheck.check(nik.get(), regionPrefix, RegionList.codesIfRead(), LocalDate.now(clock));
        r.decodedSex().ifPresent(sex::set);
        r.decodedBirthDate().ifPresent(birthDate::set);
    }

    private void onNikChanged() {
        NikCheck.Result r = NikCheck.check(nik.get(), regionPrefix, RegionList.codesIfRead(), LocalDate.now(clock));
        knownPerson.set(null);
        knownEnrollments = List.of();
        otherOffice = null;
        if (editingId.get() == 0) {
            baseline = null;
            personChanges.clear();
            undoFill();
        }
        followNik(r);
        if (!r.isValid()) {
            return;
        }
        String typed = r.nik();
        record Recognised(Person person, List<id.payung.domain.EnrollmentSummary> enrollments) {
        }
        tasks.read(() -> service.personByNik(typed).map(p -> new Recognised(p, service.enrollmentsOf(p.id()))), found -> {
            if (found.isPresent() && typed.equals(NikCheck.check(nik.get(), null, LocalDate.now(clock)).nik())
                    && !(editingId.get() != 0 && typed.equals(editedNik))) {
                knownEnrollments = found.get().enrollments();
                knownPerson.set(found.get().person());
                if (editingId.get() == 0) {
                    fillPerson(found.get().person());
                }
            }
        });
        if (editingId.get() == 0) {
            // Another regency's person is hidden from this login (a server): which office holds the NIK is read apart.
            tasks.read(() -> service.otherOfficeOf(typed), office -> {
                if (office.isPresent() && editingId.get() == 0
                        && typed.equals(NikCheck.check(nik.get(), null, LocalDate.now(clock)).nik())) {
                    otherOffice = new String[] {typed, office.get()};
                    recheck();
                }
            });
        }
    }

    /**
     * The NIK, name (as {@link id.payung.domain.PersonName#key} reads it) and birth date a registered person under
     * another NIK is looked up for; null while one of them is missing or the NIK is not 16 digits.
     */
    private String likelyKey() {
        String clean = id.payung.domain.Nik.strip(nik.get());
        String key = id.payung.domain.PersonName.key(name.get());
        if (clean == null || clean.length() != id.payung.domain.Nik.LENGTH || !clean.chars().allMatch(Character::isDigit)
                || key.isEmpty() || birthDate.get() == null) {
            return null;
        }
        return clean + " " + key + " " + birthDate.get();
    }

    /**
     * Looks up a registered person of the typed name and birth date under another NIK (trial 20c H1: a NIK mistyped
     * saved the same man twice); what it finds is said beside the NIK ({@link #nikNewsProperty}) and asked on saving.
     */
    private void lookUpLikelySame() {
        String key = editingId.get() == 0 ? likelyKey() : null;
        if (!Objects.equals(key, likelyFor) && (likelySame.get() != null || likelyFor != null)) {
            likelyFor = null;
            likelySame.set(null);
            recheck();
        }
        if (key == null || key.equals(likelyFor)) {
            return;
        }
        String typedNik = nik.get();
        String typedName = name.get();
        LocalDate born = birthDate.get();
        tasks.read(() -> service.likelySamePeople(typedNik, typedName, born), found -> {
            if (key.equals(likelyKey()) && editingId.get() == 0) {
                likelyFor = key;
                likelySame.set(found.isEmpty() ? null : found.get(0));
                recheck();
            }
        });
    }

    /** The NIK a correction changes (as opened, as typed), if it does: said in the changes and asked on saving. */
    private Optional<PersonChange> nikChange(EnrollmentForm f) {
        String typed = f.cleanNik();
        return editingId.get() != 0 && editedNik != null && typed != null && !typed.isEmpty() && !editedNik.equals(typed)
                ? Optional.of(new PersonChange("form.nik", editedNik, typed)) : Optional.empty();
    }

    /** The recognised person's enrollment (not deleted) sharing a month with the form's period, if any. */
    private Optional<id.payung.domain.EnrollmentSummary> overlapping(EnrollmentForm f) {
        return knownEnrollments.stream().filter(e -> !e.deleted() && id.payung.domain.Periods.overlap(f.firstMonth(),
                f.lastMonth(), e.firstMonth(), e.lastMonth())).findFirst();
    }

    /** What the NIK's look-ups found to say beside it now ({@link NikNews}), or null. */
    private NikNews nikNews(EnrollmentForm f) {
        if (editingId.get() != 0) {
            return null;
        }
        if (knownPerson.get() != null) {
            return overlapping(f).map(e -> new NikNews(FormProblem.warning(Field.NIK, "NIK_ENROLLED_OVERLAP",
                    Formats.month(e.firstMonth()), e.lastMonth() == null ? "…" : Formats.month(e.lastMonth()),
                    e.funderName()), e.id())).orElse(null);
        }
        EnrollmentService.LikelySame same = likelySame.get();
        if (same == null || !Objects.equals(likelyFor, likelyKey())) {
            return null;
        }
        id.payung.domain.EnrollmentSummary e = same.latest();
        return e == null ? new NikNews(FormProblem.warning(Field.NIK, "NIK_LIKELY_SAME_PERSON_ONLY", same.maskedNik()), 0)
                : new NikNews(FormProblem.warning(Field.NIK, "NIK_LIKELY_SAME_PERSON", same.maskedNik(), e.funderName(),
                        Formats.month(e.firstMonth()), e.lastMonth() == null ? "…" : Formats.month(e.lastMonth())), e.id());
    }

    /**
     * A registered NIK's details leave with it (trial 14 F4: a woman's NIK was saved under the name the previous
     * NIK had filled in): each field still holding what was filled goes back to what it held before; one the clerk
     * changed since stays. The line under the NIK says so.
     */
    private void undoFill() {
        PersonValues filled = filledFromNik;
        PersonValues before = beforeFill;
        if (filled == null) {
            return;
        }
        filledFromNik = null;
        beforeFill = null;
        restore(name, filled.name(), before.name());
        restore(birthPlace, filled.birthPlace(), before.birthPlace());
        restore(phone, filled.phone(), before.phone());
        restore(address, filled.address(), before.address());
        restore(kpj, filled.kpj(), before.kpj());
        restore(region, filled.region(), before.region());
        restore(occupation, filled.occupation(), before.occupation());
        // Then followNik gives sex and birth date from the new NIK, as to an empty form.
        restore(sex, filled.sex(), null);
        restore(birthDate, filled.birthDate(), null);
        clearedFrom.set(filledName);
    }

    private static <T> void restore(javafx.beans.property.Property<T> field, T filled, T before) {
        if (Objects.equals(field.getValue(), filled)) {
            field.setValue(before);
        }
    }

    /** The fields as they are, unchanged (not as saved), to see later which still hold what was put in. */
    private PersonValues raw() {
        return new PersonValues(name.get(), sex.get(), birthDate.get(), birthPlace.get(), phone.get(), region.get(),
                occupation.get(), address.get(), kpj.get());
    }

    /**
     * Sex and birth date follow the NIK: an empty field, or one still holding what the previous NIK decoded to
     * (filled by Payung, not typed), takes what the new NIK decodes to (nothing when it no longer decodes).
     * What the user typed otherwise stays; a mismatch is then the NIK check's problem.
     */
    private void followNik(NikCheck.Result r) {
        Sex newSex = r.isValid() ? r.decodedSex().orElse(null) : null;
        LocalDate newBirth = r.isValid() ? r.decodedBirthDate().orElse(null) : null;
        if (sex.get() == null || sex.get() == sexFromNik) {
            sex.set(newSex);
        }
        if (birthDate.get() == null || birthDate.get().equals(birthDateFromNik)) {
            birthDate.set(newBirth);
        }
        sexFromNik = newSex;
        birthDateFromNik = newBirth;
    }

    /**
     * The segment follows the occupation ({@link Segment#impliedBy}: a village official is PU) until the clerk
     * picks a segment, which then stays for that person (a village official kept as BPU is warned about by the
     * rules). No occupation is what it implies too: BPU (trial 23a H1, "Kades" taken back to "(tidak diketahui)").
     */
    private void followOccupation() {
        if (segmentChosen) {
            return;
        }
        followSegment(Segment.impliedBy(occupation.get() == null ? null : occupation.get().code()));
    }

    /** Sets the segment as the form's own doing, not the clerk's pick. */
    private void followSegment(Segment implied) {
        followingOccupation = true;
        try {
            segment.set(implied);
        } finally {
            followingOccupation = false;
        }
    }

    /**
     * All of a registered person's current data, replacing whatever the form held (the previous entry's
     * village, a name typed before the NIK): what is then changed is what will change for the person.
     */
    private void fillPerson(Person p) {
        PersonValues before = raw();
        name.set(p.fullName());
        sex.set(p.sex());
        birthDate.set(p.birthDate());
        birthPlace.set(nullToEmpty(p.birthPlace()));
        phone.set(nullToEmpty(p.phone()));
        region.set(p.regionCode() == null ? null : regionsByCode.get(p.regionCode()));
        occupation.set(p.occupationCode() == null ? null : occupationsByCode.get(p.occupationCode()));
        address.set(nullToEmpty(p.address()));
        kpj.set(nullToEmpty(p.kpj()));
        beforeFill = before;
        filledFromNik = raw();
        filledName = p.fullName();
        clearedFrom.set(null);
        baseline = values();
        recheck();
        fillsFromNik.set(fillsFromNik.get() + 1);
    }

    private PersonValues values() {
        return new PersonValues(name.get().strip(), sex.get(), birthDate.get(), blankToNull(birthPlace.get()),
                blankToNull(phoneAsSaved()), region.get(), occupation.get(), blankToNull(address.get()),
                blankToNull(kpj.get()));
    }

    private EnrollmentValues enrollmentValues() {
        EnrollmentForm f = form();
        return new EnrollmentValues(funder.get(), segment.get(), programmesText(f.programmes()),
                f.declaredIncomeRp() == null ? null : Formats.count(f.declaredIncomeRp()), monthText(f.firstMonth()),
                monthText(f.lastMonth()), blankToNull(notes.get()));
    }

    /** {@link #enrollmentValues} of a stored form (another clerk's version). */
    private EnrollmentValues enrollmentValues(EnrollmentForm f) {
        return new EnrollmentValues(fundersByCode.get(f.funderCode()), f.segment(), programmesText(f.programmes()),
                f.declaredIncomeRp() == null ? null : Formats.count(f.declaredIncomeRp()), monthText(f.firstMonth()),
                monthText(f.lastMonth()), blankToNull(f.notes()));
    }

    /** {@link #values} of a stored form (another clerk's version). */
    private PersonValues values(EnrollmentForm f) {
        return new PersonValues(f.fullName() == null ? "" : f.fullName().strip(), f.sex(), f.birthDate(),
                blankToNull(f.birthPlace()), blankToNull(f.phone()),
                f.regionCode() == null ? null : regionsByCode.get(f.regionCode()),
                f.occupationCode() == null ? null : occupationsByCode.get(f.occupationCode()), blankToNull(f.address()),
                blankToNull(f.kpj()));
    }

    private static String monthText(YearMonth m) {
        return m == null ? null : Formats.month(m);
    }

    /** "JKK, JKM, JHT": the programmes in their usual order. */
    private static String programmesText(Set<Programme> programmes) {
        return programmes.stream().sorted().map(Programme::name).collect(Collectors.joining(", "));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void clearPerson() {
        boolean pickedByHand = segmentChosen;
        storedBase = null;
        othersChange.set(null);
        editingId.set(0);
        baseline = null;
        enrollmentBaseline = null;
        editedNik = null;
        otherEnrollments = 0;
        attempted = false;
        nik.set("");
        name.set("");
        sex.set(null);
        birthPlace.set("");
        birthDate.set(null);
        address.set("");
        occupation.set(null);
        occupationTyped.set(null);
        phone.set("");
        kpj.set("");
        notes.set("");
        knownPerson.set(null);
        knownEnrollments = List.of();
        savedAsOther = null;
        filledFromNik = null;
        beforeFill = null;
        clearedFrom.set(null);
        // A segment picked by hand was picked for that person: the next one's occupation moves it again (a
        // village official after a trader is PU; seen in the trial, the pick stuck for everyone after).
        segmentChosen = false;
        if (!pickedByHand) {
            // Trial 23a H1: the PU the form set for a village official is not the next person's: they start BPU
            // unless their own occupation says otherwise (Segment.impliedBy, the one rule).
            followSegment(Segment.impliedBy(null));
        }
        recheck();
    }

    private void fill(EnrollmentForm f) {
        segmentChosen = true; // while filling, the occupation must not move the saved segment
        nik.set(f.nik());
        name.set(f.fullName());
        sex.set(f.sex());
        birthPlace.set(nullToEmpty(f.birthPlace()));
        birthDate.set(f.birthDate());
        address.set(nullToEmpty(f.address()));
        region.set(f.regionCode() == null ? null : regionsByCode.get(f.regionCode()));
        phone.set(nullToEmpty(f.phone()));
        kpj.set(nullToEmpty(f.kpj()));
        segment.set(f.segment());
        jht.set(f.programmes().contains(Programme.JHT));
        income.set(f.declaredIncomeRp() == null ? "" : id.payung.domain.Formats.count(f.declaredIncomeRp()));
        firstMonth.set(f.firstMonth() == null ? "" : DatePickers.formatMonth(f.firstMonth()));
        lastMonth.set(f.lastMonth() == null ? "" : DatePickers.formatMonth(f.lastMonth()));
        notes.set(nullToEmpty(f.notes()));
        occupation.set(f.occupationCode() == null ? null : occupationsByCode.get(f.occupationCode()));
        // A correction shows the segment as saved (a BPU village official stays BPU, with its warning); one that
        // is not what the occupation implies was someone's choice, and stays when the occupation changes.
        segmentChosen = f.segment() != Segment.impliedBy(f.occupationCode());
        funder.set(fundersByCode.get(f.funderCode()));
        attempted = true;
        recheck();
    }

    /** The form as entered; unparseable months or income become null (and a problem). */
    public EnrollmentForm form() {
        Set<Programme> programmes = EnumSet.of(Programme.JKK, Programme.JKM);
        if (jht.get()) {
            programmes.add(Programme.JHT);
        }
        return new EnrollmentForm(nik.get(), name.get(), sex.get(), birthPlace.get(), birthDate.get(), address.get(),
                region.get() == null ? null : region.get().code(), occupation.get() == null ? null : occupation.get().code(),
                phoneAsSaved(), kpj.get(), funder.get() == null ? null : funder.get().code(), segment.get(), programmes,
                parseRupiah(income.get()), parseMonth(firstMonth.get()), parseMonth(lastMonth.get()), notes.get());
    }

    /** The phone as it will be saved ({@code 08…}); as typed when it cannot be read (then it is a problem). */
    private String phoneAsSaved() {
        return Phones.normalise(phone.get()).orElse(phone.get());
    }

    /** Shows the typed phone the way it will be saved ({@code +62 812-3456-7890} becomes {@code 081234567890}). */
    public void normalisePhone() {
        Phones.normalise(phone.get()).ifPresent(phone::set);
    }

    /** What the enrollment as typed costs, by the rate rules; null while funder, segment or first month is missing. */
    public ReadOnlyObjectProperty<Cost> costProperty() {
        return cost.getReadOnlyProperty();
    }

    private Cost cost(EnrollmentForm f) {
        FundingSource payer = funder.get();
        if (contributions == null || payer == null || f.segment() == null || f.firstMonth() == null
                || f.declaredIncomeRp() == null || (f.lastMonth() != null && f.lastMonth().isBefore(f.firstMonth()))
                || ChronoUnit.MONTHS.between(f.firstMonth(), f.lastMonth() == null ? f.firstMonth() : f.lastMonth())
                        >= EnrollmentRules.MAX_MONTHS) {
            return null;
        }
        Sector sector = occupation.get() == null ? Sector.OTHER : occupation.get().sector();
        long first = contributions.monthly(payer.type(), f.segment(), sector, f.programmes(), f.declaredIncomeRp(),
                f.firstMonth());
        if (f.lastMonth() == null) {
            return new Cost(List.of(new Rate(first, f.firstMonth(), 1)), null);
        }
        long total = 0;
        List<Rate> rates = new ArrayList<>();
        for (YearMonth m = f.firstMonth(); !m.isAfter(f.lastMonth()); m = m.plusMonths(1)) {
            long month = contributions.monthly(payer.type(), f.segment(), sector, f.programmes(), f.declaredIncomeRp(), m);
            total += month;
            Rate last = rates.isEmpty() ? null : rates.get(rates.size() - 1);
            if (last != null && last.monthlyRp() == month) {
                rates.set(rates.size() - 1, new Rate(month, last.from(), last.months() + 1));
            } else {
                rates.add(new Rate(month, m, 1));
            }
        }
        return new Cost(rates, total);
    }

    private void recheck() {
        EnrollmentForm f = form();
        cost.set(cost(f));
        List<FormProblem> all = new ArrayList<>();
        if (!firstMonth.get().isBlank() && f.firstMonth() == null) {
            all.add(FormProblem.error(Field.FIRST_MONTH, "MONTH_FORMAT"));
        }
        if (!lastMonth.get().isBlank() && f.lastMonth() == null) {
            all.add(FormProblem.error(Field.LAST_MONTH, "MONTH_FORMAT"));
        }
        String typedBirth = birthDateText.get();
        if (typedBirth != null && !typedBirth.isBlank() && DatePickers.parseDate(typedBirth) == null) {
            all.add(FormProblem.error(Field.BIRTH_DATE, "DATE_FORMAT", typedBirth.strip()));
        }
        if (!income.get().isBlank() && f.declaredIncomeRp() == null) {
            all.add(FormProblem.error(Field.INCOME, "NUMBER_FORMAT"));
        }
        String m = months.get() == null ? "" : months.get().strip();
        // A correction is judged against the period it loaded, by the rule the service asks (EnrollmentRules
        // .periodProblem): six years of self-paying, ended, is a fact, and its phone must stay correctable.
        boolean correcting = editingId.get() != 0 && enrollmentBaseline != null;
        YearMonth savedFirst = correcting ? parseMonth(enrollmentBaseline.firstMonth()) : null;
        YearMonth savedLast = correcting ? parseMonth(enrollmentBaseline.lastMonth()) : null;
        boolean savedPeriod = correcting
                && EnrollmentRules.keepsSavedPeriod(f.firstMonth(), f.lastMonth(), savedFirst, savedLast);
        long typed = typedMonths(m);
        // A count beyond the limit that is the count of the period typed by its ends ("Sampai" fills it in) is that
        // period's: the period rule speaks for it (refused while it runs on, said once ended), as the service judges
        // it, not the rule of a count typed (a saved 2019–2025 shortened to 06/2025 was refused as "1–60").
        boolean countOfPeriod = f.firstMonth() != null && f.lastMonth() != null && !EnrollmentRules.monthsAllowed(typed)
                && typed == id.payung.domain.Periods.months(f.firstMonth(), f.lastMonth());
        if (!m.isEmpty() && !savedPeriod && !countOfPeriod) {
            // What the rules say of the typed count (not a whole number: out of range too); the period it gives is
            // checked again by EnrollmentRules.check below, whose word on this field then stays unsaid.
            EnrollmentRules.monthsProblem(typed).ifPresent(all::add);
        }
        // A value the form could not read (a date, month, number or count typed wrong) is said by that, not as the
        // rules' "required": those fields are the ones named so far. The rules' own problems all stand, several on one
        // field too: a NIK that disagrees with the birth date is said beside the "under working age" warning of a
        // valid birth date (new-user trial: the child was hidden until the NIK was mended).
        java.util.Set<Field> unread = all.stream().map(FormProblem::field)
                .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(Field.class)));
        for (FormProblem p : EnrollmentRules.check(f, regionPrefix, RegionList.codesIfRead(), LocalDate.now(clock),
                savedFirst, savedLast)) {
            if (!unread.contains(p.field()) && !keptRegisteredName(p)) {
                all.add(p);
            }
        }
        String typedWork = occupationTyped.get();
        if (occupation.get() == null && typedWork != null && !typedWork.isBlank()) {
            List<String> nearest = nearestOccupations(typedWork.strip()).stream().map(occupationName).toList();
            all.add(nearest.isEmpty() ? FormProblem.error(Field.OCCUPATION, "OCCUPATION_TYPED_UNKNOWN_NONE", typedWork.strip())
                    : FormProblem.error(Field.OCCUPATION, "OCCUPATION_TYPED_UNKNOWN", typedWork.strip(),
                            String.join(", ", nearest)));
        }
        String typedDesa = regionTyped.get();
        if (region.get() == null && typedDesa != null && !typedDesa.isBlank()) {
            // Said at once, not as "wajib diisi" on saving (trial 20c M3), with the import's nearest names.
            all.removeIf(p -> p.field() == Field.REGION && p.code().equals("REQUIRED"));
            List<String> nearest = id.payung.service.importing.RegionNames.nearestVillages(
                    List.copyOf(regionsByCode.values()), typedDesa);
            all.add(nearest.isEmpty() ? FormProblem.error(Field.REGION, "REGION_TYPED_UNKNOWN_NONE", typedDesa.strip())
                    : FormProblem.error(Field.REGION, "REGION_TYPED_UNKNOWN", typedDesa.strip(), String.join(", ", nearest)));
        }
        String[] office = otherOffice;
        if (office != null && editingId.get() == 0 && office[0].equals(f.cleanNik())
                && serverProblems.stream().noneMatch(p -> p.code().equals("NIK_OTHER_OFFICE_NAMED"))) {
            all.add(EnrollmentService.otherOfficeProblem(office[1]));
        }
        all.addAll(serverProblems);
        NikNews news = nikNews(f);
        nikNews.set(news);
        if (news != null && serverProblems.stream().noneMatch(p -> p.code().equals("OVERLAP"))) {
            all.add(news.said());
        }
        List<PersonChange> changes = new ArrayList<>(baseline == null ? List.of() : baseline.changesTo(values()));
        if (typedBirth != null && !typedBirth.isBlank() && DatePickers.parseDate(typedBirth) == null) {
            // A birth date typed that is no date is refused above, not a change to "(empty)" (trial 13b).
            changes.removeIf(c -> c.labelKey().equals("form.birthDate"));
        }
        nikChange(f).ifPresent(c -> changes.add(0, c));
        if (enrollmentBaseline != null && editingId.get() != 0) {
            changes.addAll(enrollmentBaseline.changesTo(enrollmentValues()));
        }
        if (editingId.get() == 0 && knownPerson.get() != null) {
            changes.removeIf(RegisteredChanges::keptAsRegistered); // "KORNELIS JEHAUT" is saved as registered
        }
        personChanges.setAll(changes);
        keptStill.set(keptStill());
        keptSegmentStill.set(keptSegment != null && editingId.get() == 0 && segment.get() == keptSegment ? keptSegment : null);
        // Until the first save, say nothing about fields the user has not reached yet.
        problems.setAll(attempted ? all : all.stream()
                .filter(p -> !p.code().equals("REQUIRED") && !p.code().equals("NIK_EMPTY")).toList());
    }

    private void syncLastFromMonths() {
        if (syncing) {
            return;
        }
        YearMonth first = parseMonth(firstMonth.get());
        String m = months.get() == null ? "" : months.get().strip();
        int count = monthsCount(m);
        if (first != null && count > 0) {
            syncing = true;
            lastMonth.set(DatePickers.formatMonth(first.plusMonths(count - 1L)));
            syncing = false;
        } else if (!m.isEmpty() && count == 0) {
            // "0", "01/" or "120": refused by name; the last month of another number must not stand beside it.
            syncing = true;
            lastMonth.set("");
            syncing = false;
        }
    }

    /**
     * Months typed as a whole number the rules allow ({@link EnrollmentRules#monthsAllowed}; "01" is 1); 0 for
     * anything else ("01/", "1a/", "0", "120"), which used to be read as its leading digits (trial 14 F6).
     */
    static int monthsCount(String typed) {
        long n = typedMonths(typed);
        return EnrollmentRules.monthsAllowed(n) ? (int) n : 0;
    }

    /** Months typed as a whole number (up to nine digits; "01" is 1); -1 for anything else, which no rule allows. */
    private static long typedMonths(String typed) {
        String m = typed == null ? "" : typed.strip();
        return m.matches("\\d{1,9}") ? Long.parseLong(m) : -1;
    }

    /**
     * What this form hands on to the next new entry (funder, desa, start month, months), as they are now. The
     * window keeps it for the working session, so a form closed with Enter hands on what Ctrl+Enter does.
     */
    public Kept kept() {
        return new Kept(funder.get() == null ? null : funder.get().code(),
                region.get() == null ? null : region.get().code(), blankToNull(firstMonth.get()),
                monthsCount(months.get()) > 0 ? months.get().strip() : null);
    }

    /**
     * Starts a new entry from what the previous one handed on ({@link #kept()}); a funder or desa no longer offered
     * is left empty. The form then says in a line what was kept ({@link #keptStillProperty()}).
     */
    public void startFrom(Kept previous) {
        if (previous == null || editingId.get() != 0) {
            return;
        }
        boolean funderOffered = previous.funderCode() != null && fundersByCode.containsKey(previous.funderCode());
        boolean regionOffered = previous.regionCode() != null && regionsByCode.containsKey(previous.regionCode());
        boolean monthRead = previous.firstMonth() != null && parseMonth(previous.firstMonth()) != null;
        boolean monthsRead = monthsCount(previous.months()) > 0;
        if (funderOffered) {
            funder.set(fundersByCode.get(previous.funderCode()));
        }
        if (regionOffered) {
            region.set(regionsByCode.get(previous.regionCode()));
        }
        if (monthRead) {
            firstMonth.set(previous.firstMonth());
        }
        if (monthsRead) {
            months.set(previous.months());
        }
        // Only what was handed on is said to be kept: today's month by default is no carried-over start.
        Kept applied = new Kept(funderOffered ? previous.funderCode() : null, regionOffered ? previous.regionCode() : null,
                monthRead ? previous.firstMonth() : null, monthsRead ? previous.months() : null);
        keptFrom = applied.isEmpty() ? null : applied;
        recheck();
        clean = form();
    }

    /** The parts of what was kept from the previous entry that still stand; null when none (or nothing kept). */
    private Kept keptStill() {
        if (keptFrom == null || editingId.get() != 0) {
            return null;
        }
        Kept now = kept();
        Kept still = new Kept(same(keptFrom.funderCode(), now.funderCode()), same(keptFrom.regionCode(), now.regionCode()),
                same(keptFrom.firstMonth(), now.firstMonth()), same(keptFrom.months(), now.months()));
        return still.isEmpty() ? null : still;
    }

    private static String same(String kept, String now) {
        return kept != null && kept.equals(now) ? kept : null;
    }

    /**
     * Whether the form holds input that is not saved: anything typed since it was opened empty (beyond what was
     * kept from the previous entry), loaded for a correction, or saved. Esc then asks before discarding it.
     */
    public boolean hasUnsavedInput() {
        String typedBirth = birthDateText.get();
        return !Objects.equals(form(), clean) || typedBirth != null && !typedBirth.isBlank();
    }

    private void syncMonthsFromLast() {
        if (syncing) {
            return;
        }
        YearMonth first = parseMonth(firstMonth.get());
        YearMonth last = parseMonth(lastMonth.get());
        syncing = true;
        if (first != null && last != null && !last.isBefore(first)) {
            months.set(String.valueOf(id.payung.domain.Periods.months(first, last)));
        } else if (lastMonth.get().isBlank()) {
            months.set("");
        }
        syncing = false;
    }

    static YearMonth parseMonth(String text) {
        return DatePickers.parseMonth(text);
    }

    /** The income as {@link id.payung.domain.Rupiah#parse} reads it; blank or unreadable → null. */
    static Long parseRupiah(String text) {
        return id.payung.domain.Rupiah.parse(text).orElse(null);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public StringProperty nikProperty() { return nik; }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<Sex> sexProperty() { return sex; }
    public StringProperty birthPlaceProperty() { return birthPlace; }
    public ObjectProperty<LocalDate> birthDateProperty() { return birthDate; }
    public StringProperty birthDateTextProperty() { return birthDateText; }
    public StringProperty addressProperty() { return address; }
    public ObjectProperty<Region> regionProperty() { return region; }
    /** A desa typed that names none, the field left empty (the view sets it as the list closes); else null. */
    public StringProperty regionTypedProperty() { return regionTyped; }
    public StringProperty occupationTypedProperty() { return occupationTyped; }

    /** Names occupations in messages as the form shows them (its language). */
    public void setOccupationName(Function<Occupation, String> name) {
        this.occupationName = name == null ? Occupation::name : name;
        recheck();
    }

    /**
     * The occupations nearest to a text that names none, at most three: what the search offers ({@link
     * OccupationWords#startedBy}, the one rule) for the text shortened by a letter or two ("Nelayn": Nelayan).
     */
    private List<Occupation> nearestOccupations(String typed) {
        int fewest = Math.max(OccupationWords.FEWEST_LETTERS + 1, typed.length() - 2);
        for (int n = typed.length(); n >= fewest; n--) {
            List<Occupation> found = occupationWords.startedBy(typed.substring(0, n));
            if (!found.isEmpty()) {
                return found.stream().limit(3).toList();
            }
        }
        return List.of();
    }
    public ObjectProperty<Occupation> occupationProperty() { return occupation; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty kpjProperty() { return kpj; }
    public ObjectProperty<FundingSource> funderProperty() { return funder; }
    public ObjectProperty<Segment> segmentProperty() { return segment; }
    public BooleanProperty jhtProperty() { return jht; }
    public StringProperty incomeProperty() { return income; }
    public StringProperty firstMonthProperty() { return firstMonth; }
    public StringProperty monthsProperty() { return months; }
    public StringProperty lastMonthProperty() { return lastMonth; }
    public StringProperty notesProperty() { return notes; }

    /** Problems to show now (errors and warnings). */
    public ObservableList<FormProblem> problems() {
        return problemsView;
    }

    /**
     * What saving will change in the person's details: against their registered data (a known NIK) or
     * against the enrollment being corrected. Empty when nothing changes or the person is new.
     */
    public ObservableList<PersonChange> personChanges() {
        return personChangesView;
    }

    /** Whose details, filled in from a registered NIK, were removed when the NIK changed to another; else null. */
    public javafx.beans.property.ReadOnlyStringProperty clearedFromNikProperty() {
        return clearedFrom.getReadOnlyProperty();
    }

    /**
     * What this entry kept from the previous one and still holds (funder, desa, start month, months; a part changed
     * since is null), or null: the form says it in a line, so a start month carried over is not saved unseen.
     */
    public ReadOnlyObjectProperty<Kept> keptStillProperty() {
        return keptStill.getReadOnlyProperty();
    }

    /**
     * The segment the clerk picked by hand for the previous entry, handed on by save-and-new and still as it was
     * (null otherwise, and never the BPU every new person starts with): the kept line names it (trial 23a H1).
     */
    public ReadOnlyObjectProperty<Segment> keptSegmentStillProperty() {
        return keptSegmentStill.getReadOnlyProperty();
    }

    /** Counts the times a registered NIK filled the form in (the fields then hold the person's registered data). */
    public javafx.beans.property.ReadOnlyIntegerProperty fillsFromNikProperty() {
        return fillsFromNik;
    }

    /**
     * What the NIK's look-ups found that is said beside the NIK (trial 20c): a registered person of the same name and
     * birth date under another NIK, or the recognised person's enrollment in the form's months; null when nothing.
     */
    public ReadOnlyObjectProperty<NikNews> nikNewsProperty() {
        return nikNews.getReadOnlyProperty();
    }

    /** The person already registered under the typed NIK, or null. */
    public ReadOnlyObjectProperty<Person> knownPersonProperty() {
        return knownPerson.getReadOnlyProperty();
    }

    /** The existing enrollment a save collided with (0 when none). */
    public LongProperty conflictingEnrollmentProperty() {
        return conflictingEnrollment;
    }

    /** How many saves this form has made: listen to it to refresh what shows the register. */
    public javafx.beans.property.ReadOnlyIntegerProperty savedCountProperty() {
        return savedCount;
    }

    /** The enrollment being corrected (0 while entering a new one). */
    public LongProperty editingIdProperty() {
        return editingId;
    }
}
