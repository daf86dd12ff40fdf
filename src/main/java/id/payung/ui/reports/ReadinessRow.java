package id.payung.ui.reports;

import java.util.List;

/**
 * One line of the readiness summary on screen: an aspect and its value, each an i18n key with its
 * arguments (already formatted the id-ID way), so the view model needs no bundle.
 */
public record ReadinessRow(String aspectKey, List<Object> aspectArgs, String valueKey, List<Object> valueArgs) {
    public ReadinessRow {
        aspectArgs = List.copyOf(aspectArgs);
        valueArgs = List.copyOf(valueArgs);
    }
}
