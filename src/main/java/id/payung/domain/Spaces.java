package id.payung.domain;

/**
 * What counts as a space in what people type or paste: Java's white space and also the no-break spaces
 * (U+00A0, U+2007, U+202F) that PDFs, web pages and spreadsheets put between digit groups, the zero-width
 * space and the byte-order mark. The one definition: NIKs, amounts, phones and the masking of messages use it.
 */
public final class Spaces {
    /**
     * The same characters as a regular-expression class body (to put inside {@code [...]}), for patterns
     * that must see a space where {@link #isSpace} does.
     */
    public static final String REGEX_CLASS = "\\p{javaWhitespace}\\p{javaSpaceChar}\\uFEFF\\u200B";

    private Spaces() {
    }

    /** True for any kind of space, visible or not. */
    public static boolean isSpace(char ch) {
        return Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\uFEFF' || ch == '\u200B';
    }

    /** The text without any kind of space; null → "". A plain loop: it runs for every cell of a large import. */
    public static String removed(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean space = isSpace(ch);
            if (space && b == null) {
                b = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!space && b != null) {
                b.append(ch);
            }
        }
        return b == null ? text : b.toString();
    }
}
