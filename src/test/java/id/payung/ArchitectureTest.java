package id.payung;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import id.payung.architecture.AllowedToUseCompositionRoot;
import id.payung.architecture.AllowedToUseStore;
import java.lang.annotation.Annotation;
import java.util.Optional;
import java.util.Set;

/**
 * The package structure of docs/ARCHITECTURE.md, enforced. Exemptions are visible and named: a class may break
 * a rule only with an {@code id.payung.architecture.AllowedTo…("reason")} annotation, which these rules honour
 * (for the class and its nested classes) and whose reason must be given.
 */
@AnalyzeClasses(packages = "id.payung", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String APP = "id.payung.app..";
    private static final String UI = "id.payung.ui..";
    private static final String CLI = "id.payung.cli..";
    private static final String SERVICE = "id.payung.service..";
    private static final String STORE = "id.payung.store..";
    private static final String DOMAIN = "id.payung.domain..";

    /**
     * Types of the service packages a View may name: values it shows or hands to its ViewModel, never a
     * service it could call. (A service's nested records and enums, e.g. {@code BackupService.Backup}, are
     * values too and allowed without being listed.)
     */
    private static final Set<String> VALUE_TYPES_FOR_VIEWS = Set.of(
            "id.payung.service.Settings",
            "id.payung.service.OfficeLogo",
            "id.payung.service.PersonHistory",
            "id.payung.service.AuditRecord",
            "id.payung.service.AuditFilter",
            "id.payung.service.AuditWords", // an entry in the screen's words, from a bundle: no data behind it
            "id.payung.service.InvalidInputException",
            "id.payung.service.LogFile", // where the log is written, for the error dialog to name: no data behind it
            "id.payung.service.importing.RowProblem",
            "id.payung.service.importing.Column",
            "id.payung.service.importing.ImportFileException");

    /** No cycle between any two of Payung's packages (each package its own slice, sub-packages included). */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("id.payung.(**)").should().beFreeOfCycles();

    /**
     * The screens' packages (ui.dashboard, ui.enrollments, …) use none of one another's classes: what two screens
     * share lives in id.payung.ui itself (TypeToSelect, once of ui.enrollments, was used by the dashboard).
     */
    @ArchTest
    static final ArchRule screensShareOnlyTheUiPackage = slices().matching("id.payung.ui.(*)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("App").definedBy(APP)
            .layer("Ui").definedBy(UI)
            .layer("Cli").definedBy(CLI)
            .layer("Service").definedBy(SERVICE)
            .layer("Store").definedBy(STORE)
            .layer("Domain").definedBy(DOMAIN)
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Ui", "Cli", "App")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Store", "Service", "Ui", "Cli", "App")
            .ignoreDependency(exempt(AllowedToUseStore.class), resideInAPackage(STORE))
            .ignoreDependency(exempt(AllowedToUseCompositionRoot.class), resideInAPackage(APP));

    /** ui and cli reach data only through service. */
    @ArchTest
    static final ArchRule uiAndCliNeverTouchTheStore = noClasses().that().resideInAnyPackage(UI, CLI)
            .and(not(exempt(AllowedToUseStore.class)))
            .should().dependOnClassesThat().resideInAPackage(STORE);

    /** The core services know nothing of the façade that wires them, nor of the exporting and importing above them. */
    @ArchTest
    static final ArchRule coreServicesDoNotReachUp = noClasses().that().resideInAPackage("id.payung.service")
            .should().dependOnClassesThat().resideInAnyPackage("id.payung.service.facade..",
                    "id.payung.service.exporting..", "id.payung.service.importing..");

    /** Views (FXML controllers, dialogs, panes, windows) hold no services: their ViewModels do. */
    @ArchTest
    static final ArchRule viewsHoldNoServices = noClasses().that(views())
            .should().dependOnClassesThat(serviceOtherThanValues());

    @ArchTest
    static final ArchRule viewModelsDoNotTouchTheSceneGraph = classes().that().haveSimpleNameEndingWith("ViewModel")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "javafx.stage..", "javafx.fxml..");

    @ArchTest
    static final ArchRule domainDependsOnNothingOfOurs = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat(resideInAPackage("id.payung..").and(not(resideInAPackage(DOMAIN))))
            .orShould().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule onlyStoreTouchesSql = noClasses().that().resideOutsideOfPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule servicesAndCliKnowNoJavaFx = noClasses().that().resideInAnyPackage(SERVICE, STORE, CLI)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule exemptionsGiveTheirReason = classes()
            .that().areAnnotatedWith(AllowedToUseStore.class).or().areAnnotatedWith(AllowedToUseCompositionRoot.class)
            .should(giveAReason())
            // The app itself needs none today (the bench and the window probe, which had them, are test code):
            // the rule stays for the next exemption.
            .allowEmptyShould(true);

    /** The class, or a class it is nested in, carries the exemption. */
    private static DescribedPredicate<JavaClass> exempt(Class<? extends Annotation> exemption) {
        return DescribedPredicate.describe("exempt by @" + exemption.getSimpleName(), c -> {
            for (Optional<JavaClass> k = Optional.of(c); k.isPresent(); k = k.get().getEnclosingClass()) {
                if (k.get().isAnnotatedWith(exemption)) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * A class of ui whose name (or that of the class it is nested in) ends with View, Dialog, Pane or Window:
     * the FXML controllers, dialogs, the dashboard's panes, the manual's window. Not their ViewModels.
     */
    private static DescribedPredicate<JavaClass> views() {
        return DescribedPredicate.describe("are views (ui classes named …View, …Dialog, …Pane, …Window)", c -> {
            JavaClass top = c;
            while (top.getEnclosingClass().isPresent()) {
                top = top.getEnclosingClass().get();
            }
            return resideInAPackage(UI).test(c) && top.getSimpleName().matches(".*(View|Dialog|Pane|Window)");
        });
    }

    /** A class of the service packages that is not a value type (see {@link #VALUE_TYPES_FOR_VIEWS}). */
    private static DescribedPredicate<JavaClass> serviceOtherThanValues() {
        return DescribedPredicate.describe("are services (not value types)", c -> resideInAnyPackage(SERVICE).test(c)
                && c.getEnclosingClass().isEmpty() && !VALUE_TYPES_FOR_VIEWS.contains(c.getName()));
    }

    private static ArchCondition<JavaClass> giveAReason() {
        return new ArchCondition<>("give a reason") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                String reason = c.getAnnotations().stream()
                        .filter(a -> a.getRawType().isEquivalentTo(AllowedToUseStore.class)
                                || a.getRawType().isEquivalentTo(AllowedToUseCompositionRoot.class))
                        .map(a -> String.valueOf(a.get("value").orElse(""))).findFirst().orElse("");
                events.add(new SimpleConditionEvent(c, !reason.isBlank(), c.getName() + " names no reason for its exemption"));
            }
        };
    }
}
