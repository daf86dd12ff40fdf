package id.payung.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Indonesian mobile numbers in one form, {@code 08…}: the one rule the form, the command line and the
 * import all apply, so a person's phone reads the same however it came in.
 */
public final class Phones {
    private static final Pattern MOBILE = Pattern.compile("08\\d{7,11}");

    private Phones() {
    }

    /**
     * The number as {@code 08…}, from how people write it: {@code 0812-3456-7890}, {@code +62 812 3456 7890},
     * {@code 62812…}, {@code (0812) 345 678}, or {@code 812…} (a spreadsheet drops the leading 0 of a number).
     * Empty when the text is not one mobile number (letters, two numbers, too short or long).
     */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '+' && b.isEmpty() || ch >= '0' && ch <= '9') {
                b.append(ch);
            } else if (".-()/".indexOf(ch) < 0 && !Spaces.isSpace(ch)) {
                return Optional.empty(); // letters, a second number after a comma …: not one phone number
            }
        }
        String t = b.toString();
        if (t.startsWith("+62")) {
            t = "0" + t.substring(3);
        } else if (t.startsWith("62") && t.length() >= 11) {
            t = "0" + t.substring(2);
        } else if (t.startsWith("8")) {
            t = "0" + t;
        }
        return MOBILE.matcher(t).matches() ? Optional.of(t) : Optional.empty();
    }
}
