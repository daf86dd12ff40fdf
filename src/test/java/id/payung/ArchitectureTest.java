package id.payung;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of docs/ARCHITECTURE.md, enforced. */
@AnalyzeClasses(packages = "id.payung", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Root").definedBy("id.payung.app..")
            .layer("Domain").definedBy("id.payung.domain..")
            .layer("Store").definedBy("id.payung.store..")
            .layer("Service").definedBy("id.payung.service..")
            .layer("Ui").definedBy("id.payung.ui..")
            .layer("Cli").definedBy("id.payung.cli..")
            .whereLayer("Root").mayNotBeAccessedByAnyLayer()
            .ignoreDependency(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("id.payung.ui.bench"),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("id.payung.app"))
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Root")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Root")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Ui", "Cli", "Root")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Service", "Ui", "Cli", "Root")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Store", "Service", "Ui", "Cli", "Root");

    @ArchTest
    static final ArchRule domainIsPure = noClasses().that().resideInAPackage("id.payung.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..", "id.payung.store..",
                    "id.payung.service..", "id.payung.ui..", "id.payung.cli..");

    @ArchTest
    static final ArchRule onlyStoreTouchesSql = noClasses().that().resideOutsideOfPackage("id.payung.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule viewModelsDoNotTouchTheSceneGraph = classes().that().haveSimpleNameEndingWith("ViewModel")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "javafx.stage..", "javafx.fxml..");

    @ArchTest
    static final ArchRule servicesAndCliKnowNoJavaFx = noClasses().that()
            .resideInAnyPackage("id.payung.service..", "id.payung.store..", "id.payung.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule uiAndCliGoThroughServicesNotRepositories = noClasses().that()
            .resideInAnyPackage("id.payung.ui..", "id.payung.cli..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository");
}
