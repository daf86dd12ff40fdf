package id.payung.ui.settings;

import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.domain.FormProblem;
import id.payung.service.InvalidInputException;
import id.payung.service.OfficeLogo;
import id.payung.service.ReferenceService;
import id.payung.service.facade.PayungServices;
import id.payung.service.Settings;
import id.payung.ui.BackgroundTask;
import id.payung.ui.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The office's settings (name, regency, town, address, logo, language, default year, backup folder), the region list, and what the user needs to know about this installation. */
public final class SettingsViewModel {
    private final PayungServices services;
    private final TaskExecutor tasks;
    private final StringProperty officeName = new SimpleStringProperty("");
    private final StringProperty regencyCode = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty headName = new SimpleStringProperty("");
    private final StringProperty headTitle = new SimpleStringProperty("");
    private final StringProperty headNip = new SimpleStringProperty("");
    /** "id" or "en": the language the window starts in. */
    private final StringProperty language = new SimpleStringProperty("id");
    /** The year screens open on, as typed ("" for the latest year with data). */
    private final StringProperty defaultYear = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<OfficeLogo> logo = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> backupFolder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<long[]> regionCounts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Object> outcome = new ReadOnlyObjectWrapper<>();

    /** The office's town as the seeds know it for the regency typed ("Ruteng" for 53.10), else null. */
    private final javafx.beans.value.ObservableValue<String> knownPlace =
            regencyCode.map(code -> id.payung.service.SeedLoader.officeSetting(code, "office_place").orElse(null));
    /** The head's title as the seeds know it for the regency typed (Manggarai's Dinas), else null. */
    private final javafx.beans.value.ObservableValue<String> knownHeadTitle =
            regencyCode.map(code -> id.payung.service.SeedLoader.officeSetting(code, "head_title").orElse(null));

    /**
     * The fields Simpan saves as they were last read or saved (null before the first read): anything else typed is
     * unsaved. The logo and the backup folder are not among them: they are stored as soon as they are chosen.
     */
    private List<String> savedValues;
    private final javafx.beans.property.ReadOnlyBooleanWrapper unsaved = new javafx.beans.property.ReadOnlyBooleanWrapper();

    public SettingsViewModel(PayungServices services, TaskExecutor tasks) {
        this.services = services;
        this.tasks = tasks;
        for (StringProperty p : fields()) {
            p.addListener((obs, old, now) -> recheck());
        }
    }

    /** The fields Simpan saves, as typed now. */
    private List<String> values() {
        return fields().stream().map(p -> p.get() == null ? "" : p.get()).toList();
    }

    /** The fields Simpan saves. */
    private List<StringProperty> fields() {
        return List.of(officeName, regencyCode, place, address, headName, headTitle, headNip, language, defaultYear);
    }

    /** Changes not saved, carried from the page of a frame replaced (another language) to the new page's. */
    public record Draft(List<String> values) {
    }

    /** What was changed and not saved, or null when nothing was: for {@link #carryOver}. */
    public Draft draft() {
        return hasUnsavedChanges() ? new Draft(values()) : null;
    }

    private Draft carried;

    /** The next {@link #load()} shows {@code draft} over what it read, still unsaved (the language switched meanwhile). */
    public void carryOver(Draft draft) {
        this.carried = draft;
    }

    private void recheck() {
        unsaved.set(savedValues != null && !values().equals(savedValues));
    }

    /**
     * Whether a field Simpan saves was changed since it was read or saved (trial 18 #1: the office's address and the
     * head's NIP were lost without a word as Payung closed).
     */
    public javafx.beans.property.ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    /** {@link #unsavedProperty()}'s value. */
    public boolean hasUnsavedChanges() {
        return unsaved.get();
    }

    /** The province of a provincial reader ("53"); null for an office of one regency. Read by {@link #load()}. */
    private final javafx.beans.property.ReadOnlyStringWrapper province = new javafx.beans.property.ReadOnlyStringWrapper();

    /**
     * The province a provincial reader reads, shown where a regency's office has its regency code (trial 20a: the
     * reader's empty field showed the example "53.10" under "Kode kabupaten/kota"); null otherwise.
     */
    public javafx.beans.property.ReadOnlyStringProperty provinceProperty() {
        return province.getReadOnlyProperty();
    }

    /** Reads the settings and counts the regions. */
    public void load() {
        savedValues = null;
        province.set(services.reference().provinceOfLogin().orElse(null));
        Settings s = services.settings();
        officeName.set(s.officeName() == null ? "" : s.officeName());
        regencyCode.set(s.regencyCode() == null ? "" : s.regencyCode());
        place.set(s.place() == null ? "" : s.place());
        address.set(s.address() == null ? "" : s.address());
        headName.set(s.headName() == null ? "" : s.headName());
        headTitle.set(s.headTitle() == null ? "" : s.headTitle());
        headNip.set(s.headNip() == null ? "" : id.payung.domain.Nip.grouped(s.headNip()));
        language.set(s.languageOrDefault());
        defaultYear.set(s.defaultYear() == null ? "" : String.valueOf(s.defaultYear()));
        savedValues = values();
        if (carried != null) {
            List<StringProperty> fields = fields();
            for (int i = 0; i < fields.size(); i++) {
                fields.get(i).set(carried.values().get(i));
            }
            carried = null;
        }
        recheck();
        tasks.read(() -> services.reference().localRegions(), this::count);
        tasks.read(() -> services.reference().officeLogo().orElse(null), logo::set);
        if (services.server() == null) { // a server keeps no backup folder on this PC (pg_dump: docs/SERVER.md)
            tasks.read(() -> services.backups().folder(), backupFolder::set);
        }
    }

    private void count(List<Region> regions) {
        long kec = regions.stream().filter(r -> r.level() == RegionLevel.KECAMATAN).count();
        regionCounts.set(new long[] {kec, regions.size() - kec});
    }

    /** The settings as saved: a new object every time, so listeners hear every save. */
    public record Saved(Settings settings) {
    }

    /** Saves the settings; the outcome is {@link Saved}, or the refusal. */
    public void save() {
        String year = defaultYear.get() == null ? "" : defaultYear.get().strip();
        if (!year.isEmpty() && !year.matches("\\d{1,4}")) {
            outcome.set(new InvalidInputException(List.of(FormProblem.error(FormProblem.Field.YEAR, "DEFAULT_YEAR",
                    ReferenceService.MIN_YEAR, ReferenceService.MAX_YEAR)), 0));
            return;
        }
        Settings changed = new Settings(officeName.get(), regencyCode.get(), place.get(), address.get(), language.get(),
                year.isEmpty() ? null : Integer.valueOf(year), blankToNull(headName.get()), blankToNull(headTitle.get()),
                blankToNull(headNip.get()));
        List<String> saving = values(); // typed on while the save runs: that typing stays unsaved
        BackgroundTask.wrap(() -> {
            services.saveSettings(changed); // a new regency loads its kecamatan and desa here, off the window's thread
            return new Saved(changed);
        }).onFailure(InvalidInputException.class, outcome::set).onSuccess(saved -> {
            savedValues = saving;
            recheck();
            outcome.set(saved);
            tasks.read(() -> services.reference().localRegions(), this::count);
        }).executeWith(tasks);
    }

    /** Loads a region list; the outcome is the result, or the refusal. */
    public void importRegions(Path file) {
        BackgroundTask.wrap(() -> services.regionImport().importCsv(file))
                .onFailure(InvalidInputException.class, outcome::set).onSuccess(result -> {
                    outcome.set(result);
                    tasks.read(() -> services.reference().localRegions(), this::count);
                }).executeWith(tasks);
    }

    /** Stores the logo in this file; the outcome is the logo, or the refusal (too large, not PNG/JPEG). */
    public void chooseLogo(Path file) {
        BackgroundTask.wrap(() -> services.reference().saveOfficeLogo(java.nio.file.Files.readAllBytes(file)))
                .onFailure(InvalidInputException.class, outcome::set).onSuccess(saved -> {
                    outcome.set(saved);
                    logo.set(saved);
                }).executeWith(tasks);
    }

    /** Removes the logo. */
    public void removeLogo() {
        tasks.run(() -> {
            services.reference().removeOfficeLogo();
            return Boolean.TRUE;
        }, r -> {
            logo.set(null);
            outcome.set(r);
        });
    }

    /** Backups go to this folder from now on (how many are kept stays as it is). */
    public void chooseBackupFolder(Path folder) {
        tasks.run(() -> {
            services.backups().configure(folder, services.backups().keep());
            return services.backups().folder();
        }, f -> {
            backupFolder.set(f);
            outcome.set(Boolean.TRUE);
        });
    }

    public StringProperty officeNameProperty() { return officeName; }
    public StringProperty addressProperty() { return address; }
    /** The head of office who signs the year report, and the title under the name. */
    public StringProperty headNameProperty() { return headName; }
    public StringProperty headTitleProperty() { return headTitle; }
    /** The head's NIP as typed (shown in its groups, 19700101 199503 1 002); checked when saved. */
    public StringProperty headNipProperty() { return headNip; }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
    public StringProperty languageProperty() { return language; }
    public StringProperty defaultYearProperty() { return defaultYear; }
    /** The stored logo, or null. */
    public ReadOnlyObjectProperty<OfficeLogo> logoProperty() { return logo.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Path> backupFolderProperty() { return backupFolder.getReadOnlyProperty(); }
    public StringProperty regencyCodeProperty() { return regencyCode; }
    /** An example town for the place hint: the regency's own when the seeds know it, else null (a neutral hint). */
    public javafx.beans.value.ObservableValue<String> knownPlaceProperty() { return knownPlace; }
    /** An example title for the head's hint: the regency's own office's when the seeds know it, else null. */
    public javafx.beans.value.ObservableValue<String> knownHeadTitleProperty() { return knownHeadTitle; }
    public StringProperty placeProperty() { return place; }
    /** {kecamatan, desa and kelurahan} known. */
    public ReadOnlyObjectProperty<long[]> regionCountsProperty() { return regionCounts.getReadOnlyProperty(); }
    /** The last change: TRUE, an OfficeLogo, a RegionImportService.Result, or an InvalidInputException. */
    public ReadOnlyObjectProperty<Object> outcomeProperty() { return outcome.getReadOnlyProperty(); }
}
