package id.payung.architecture;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A named exemption: the class (with its nested classes) may use {@code id.payung.app}, the composition root,
 * which no other package otherwise depends on. {@code ArchitectureTest} honours it and requires the reason.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AllowedToUseCompositionRoot {
    /** Why this class needs the composition root (a sentence; never empty). */
    String value();
}
