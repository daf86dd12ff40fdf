package id.payung.ui.settings;

import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.service.InvalidInputException;
import id.payung.service.PayungServices;
import id.payung.service.RegionImportService;
import id.payung.service.Settings;
import id.payung.ui.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The office's settings, the region list, and what the user needs to know about this installation. */
public final class SettingsViewModel {
    private final PayungServices services;
    private final TaskRunner tasks;
    private final StringProperty officeName = new SimpleStringProperty("");
    private final StringProperty regencyCode = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<long[]> regionCounts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Object> outcome = new ReadOnlyObjectWrapper<>();

    public SettingsViewModel(PayungServices services, TaskRunner tasks) {
        this.services = services;
        this.tasks = tasks;
    }

    /** Reads the settings and counts the regions. */
    public void load() {
        Settings s = services.settings();
        officeName.set(s.officeName() == null ? "" : s.officeName());
        regencyCode.set(s.regencyCode() == null ? "" : s.regencyCode());
        place.set(s.place() == null ? "" : s.place());
        tasks.run(() -> services.reference().localRegions(), this::count);
    }

    private void count(List<Region> regions) {
        long kec = regions.stream().filter(r -> r.level() == RegionLevel.KECAMATAN).count();
        regionCounts.set(new long[] {kec, regions.size() - kec});
    }

    /** Saves the settings; the outcome is true, or the refusal. */
    public void save() {
        Settings changed = new Settings(officeName.get(), regencyCode.get(), place.get());
        tasks.run(() -> {
            try {
                services.saveSettings(changed);
                return Boolean.TRUE;
            } catch (InvalidInputException e) {
                return e;
            }
        }, outcome::set);
    }

    /** Loads a region list; the outcome is the result, or the refusal. */
    public void importRegions(Path file) {
        tasks.run(() -> {
            try {
                return (Object) services.regionImport().importCsv(file);
            } catch (InvalidInputException e) {
                return e;
            }
        }, r -> {
            outcome.set(r);
            if (r instanceof RegionImportService.Result) {
                tasks.run(() -> services.reference().localRegions(), this::count);
            }
        });
    }

    public StringProperty officeNameProperty() { return officeName; }
    public StringProperty regencyCodeProperty() { return regencyCode; }
    public StringProperty placeProperty() { return place; }
    /** {kecamatan, desa and kelurahan} known. */
    public ReadOnlyObjectProperty<long[]> regionCountsProperty() { return regionCounts.getReadOnlyProperty(); }
    /** The last save or import: TRUE, a RegionImportService.Result, or an InvalidInputException. */
    public ReadOnlyObjectProperty<Object> outcomeProperty() { return outcome.getReadOnlyProperty(); }
}
