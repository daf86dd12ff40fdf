package id.payung.ui;

import id.payung.service.PayungServices;
import id.payung.ui.awards.AwardsView;
import id.payung.ui.awards.AwardsViewModel;
import id.payung.ui.dashboard.DashboardView;
import id.payung.ui.dashboard.DashboardViewModel;
import id.payung.ui.enrollments.EnrollmentsView;
import id.payung.ui.enrollments.EnrollmentsViewModel;
import id.payung.ui.funders.FundingSourcesView;
import id.payung.ui.funders.FundingSourcesViewModel;
import id.payung.ui.main.MainView;
import id.payung.ui.main.Screen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Builds the window from FXML, giving every View its ViewModel and every ViewModel its service.
 * Switching the language rebuilds the views (with new view models) on the same services.
 */
public final class MainWindow {
    private final Stage stage;
    private final PayungServices services;
    private final TaskRunner tasks;
    private final Clock clock;
    private final String version;
    private Locale locale;

    public MainWindow(Stage stage, PayungServices services, TaskRunner tasks, Clock clock, Locale locale, String version) {
        this.stage = stage;
        this.services = services;
        this.tasks = tasks;
        this.clock = clock;
        this.locale = locale;
        this.version = version;
    }

    /** Builds the scene and shows the window. */
    public void show() {
        Scene scene = new Scene(buildRoot(), 1200, 760);
        scene.getStylesheets().add(MainWindow.class.getResource("/theme/payung.css").toExternalForm());
        stage.setTitle("Payung");
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.show();
    }

    /** The bundle of the language now shown. */
    public ResourceBundle bundle() {
        return I18n.bundle(locale);
    }

    /** Shows a failure to the user in the current language. */
    public void showError(Throwable error) {
        ResourceBundle bundle = bundle();
        ErrorDialog.show(stage, bundle, UserMessages.describe(bundle, error), error);
    }

    private void switchLanguage(Locale newLocale) {
        if (!newLocale.equals(locale)) {
            locale = newLocale;
            stage.getScene().setRoot(buildRoot());
        }
    }

    private Parent buildRoot() {
        return load("main/MainView.fxml");
    }

    private Parent load(String fxml) {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource(fxml), bundle());
        loader.setControllerFactory(this::controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }

    private Object controller(Class<?> type) {
        if (type == MainView.class) {
            return new MainView((Screen s) -> load(s.fxml()), this::switchLanguage, locale, tasks.busyProperty(),
                    services.databaseFile(), version);
        }
        if (type == DashboardView.class) {
            return new DashboardView(new DashboardViewModel(services.dashboard(), tasks));
        }
        if (type == EnrollmentsView.class) {
            return new EnrollmentsView(new EnrollmentsViewModel(services.register(), tasks, clock));
        }
        if (type == AwardsView.class) {
            return new AwardsView(new AwardsViewModel(services.reference(), tasks));
        }
        if (type == FundingSourcesView.class) {
            return new FundingSourcesView(new FundingSourcesViewModel(services.reference(), tasks));
        }
        throw new IllegalArgumentException("no controller for " + type);
    }
}
