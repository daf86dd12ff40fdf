package id.payung.ui.backup;

import id.payung.service.BackupService;
import id.payung.service.facade.CheckedBackup;
import id.payung.ui.BackgroundTask;
import id.payung.ui.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the backup screen: where backups go, how many are kept, the list, and the last result. */
public final class BackupViewModel {
    private final BackupService service;
    private final TaskExecutor tasks;
    private final java.util.function.Function<Path, CheckedBackup> check;
    private final Consumer<CheckedBackup> restore;
    private final ObservableList<BackupService.Backup> backups = FXCollections.observableArrayList();
    private final ObservableList<BackupService.Backup> backupsView = FXCollections.unmodifiableObservableList(backups);
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final IntegerProperty keep = new SimpleIntegerProperty(BackupService.DEFAULT_KEEP);
    private final ReadOnlyObjectWrapper<Path> lastBackup = new ReadOnlyObjectWrapper<>();
    private java.util.function.UnaryOperator<Path> offlineCopy;
    private java.util.function.Supplier<String> offlineName;

    /**
     * @param check   checks a backup and copies it for a restore, replacing nothing
     * @param restore replaces the open database with a checked backup (the window reopens on the result)
     */
    public BackupViewModel(BackupService service, TaskExecutor tasks,
                           java.util.function.Function<Path, CheckedBackup> check, Consumer<CheckedBackup> restore) {
        this.service = service;
        this.tasks = tasks;
        this.check = check;
        this.restore = restore;
    }

    /** Reads the settings and the list of backups. */
    public void load() {
        record State(Path folder, int keep, List<BackupService.Backup> list) { }
        tasks.read(() -> new State(service.folder(), service.keep(), service.list()), s -> {
            folder.set(s.folder());
            keep.set(s.keep());
            backups.setAll(s.list());
        });
    }

    /**
     * On a server: how the clerk's offline copy is written (a target file in, the file written out) and the name it is
     * proposed under. Without it (a file) {@link #offlineCopyName} is null.
     */
    public BackupViewModel onServer(java.util.function.UnaryOperator<Path> copy, java.util.function.Supplier<String> name) {
        this.offlineCopy = copy;
        this.offlineName = name;
        return this;
    }

    /** The name the offline copy is proposed under; null for a file (no offline copy). */
    public String offlineCopyName() {
        return offlineName == null ? null : offlineName.get();
    }

    /** Writes the clerk's offline copy to {@code target} in the background and shows the file written. */
    public void offlineCopy(Path target) {
        BackgroundTask.<Path>of(task -> offlineCopy.apply(target)).withTitle("task.offlineCopy")
                .onSuccess(lastBackup::set).executeWith(tasks);
    }

    /** Backs up now and shows the new file. */
    public void backupNow() {
        BackgroundTask.<Path>of(task -> service.backupNow(task.steps())).withTitle("task.backup").onSuccess(file -> {
            lastBackup.set(file);
            load();
        }).executeWith(tasks);
    }

    /** Stores a new folder and count. */
    public void configure(Path newFolder, int newKeep) {
        tasks.run(() -> {
            service.configure(newFolder, newKeep);
            return newFolder;
        }, f -> load());
    }

    /**
     * Checks the chosen file first (a wrong one is refused before anyone is asked to replace their data), then
     * asks {@code confirm} with what it holds; replaces the database with it only on yes, else removes the copy.
     */
    public void restore(Path file, java.util.function.Predicate<Holds> confirm) {
        BackgroundTask.<CheckedBackup>of(task -> check.apply(file)).withTitle("task.checkBackup").onSuccess(checked -> {
            if (confirm.test(Holds.of(checked))) {
                restore.accept(checked);
            } else {
                tasks.run(() -> {
                    checked.discard();
                    return checked;
                }, c -> { });
            }
        }).executeWith(tasks);
    }

    /**
     * What a checked backup holds beside the data now, as the question before a restore says it: what comes back and
     * what goes (the data now, and how many of its changes came after the backup's last one).
     */
    public record Holds(String fileName, String officeName, long people, long enrollments, java.time.Instant lastChange,
                        String lastActor, CheckedBackup.Current current) {
        /** What {@code checked} holds, as the question says it. */
        public static Holds of(CheckedBackup checked) {
            return new Holds(checked.backup().getFileName().toString(), checked.officeName(), checked.people(),
                    checked.enrollments(), checked.lastChange(), checked.lastActor(), checked.current());
        }
    }

    public ObservableList<BackupService.Backup> backups() {
        return backupsView;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public IntegerProperty keepProperty() {
        return keep;
    }

    public ReadOnlyObjectProperty<Path> lastBackupProperty() {
        return lastBackup.getReadOnlyProperty();
    }
}
