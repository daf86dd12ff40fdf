package id.payung.service.exporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import id.payung.service.AuditService;
import id.payung.service.facade.PayungServices;
import org.junit.jupiter.api.Test;

/**
 * The audit export pages through the audit reader the facade made (its actor, its office time zone), handed in,
 * not one of its own: only the composition root makes an {@link AuditService}.
 */
class ExportWiringTest {
    @Test
    void onlyTheFacadeMakesTheAuditReader() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.payung.service", "id.payung.cli", "id.payung.ui", "id.payung.app");
        classes().that().doNotHaveFullyQualifiedName(PayungServices.class.getName())
                .and().doNotHaveFullyQualifiedName(AuditService.class.getName()) // its constructors call each other
                .should(new ArchCondition<JavaClass>("not construct an AuditService (the facade hands its own in)") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        for (JavaConstructorCall call : c.getConstructorCallsFromSelf()) {
                            if (call.getTargetOwner().isEquivalentTo(AuditService.class)) {
                                events.add(SimpleConditionEvent.violated(c, call.getDescription()));
                            }
                        }
                    }
                }).check(main);
    }
}
