package id.payung.architecture;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A named exemption: the class (with its nested classes) may use {@code id.payung.store} although it lies in
 * {@code ui} or {@code cli}, which otherwise reach data only through {@code service}. {@code ArchitectureTest}
 * and {@code PackageCyclesTest} honour it and require the reason.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AllowedToUseStore {
    /** Why this class needs the store directly (a sentence; never empty). */
    String value();
}
