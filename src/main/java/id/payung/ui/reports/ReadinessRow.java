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

    /**
     * An argument that is itself words from the bundle, worded when shown (a list of funders, each in the bundle's
     * words: {@link id.payung.domain.FunderGap#line}).
     */
    @FunctionalInterface
    public interface Worded {
        String text(java.util.ResourceBundle bundle);
    }

    /** The value in the bundle's words, {@link Worded} arguments worded first (the aspect has none). */
    public String value(java.util.ResourceBundle bundle) {
        Object[] args = valueArgs.stream().map(a -> a instanceof Worded w ? w.text(bundle) : a).toArray();
        return java.text.MessageFormat.format(bundle.getString(valueKey), args);
    }
}
