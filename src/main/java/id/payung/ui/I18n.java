package id.payung.ui;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The UI's languages. Indonesian is the base bundle ({@code messages.properties}); English is
 * {@code messages_en.properties}. No fallback to the JVM's locale: an English-speaking PC still
 * starts in Indonesian unless the user chooses otherwise.
 */
public final class I18n {
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String BUNDLE = "i18n.messages";

    private I18n() {
    }

    /** The bundle for a locale: English for "en", Indonesian for anything else. */
    public static ResourceBundle bundle(Locale locale) {
        Locale chosen = ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** "en" → English, anything else (including null) → Indonesian. */
    public static Locale fromTag(String tag) {
        return tag != null && tag.strip().toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : INDONESIAN;
    }
}
