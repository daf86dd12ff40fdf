package id.payung.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little Markdown the manual uses, read into blocks as Markdown means them: consecutive non-blank lines are
 * one paragraph (the source's line ends are not the reader's), a list item runs on over its indented lines,
 * headings, images, tables and fenced code stand alone. Inline marks ({@code **}, {@code *}, {@code `}) are
 * dropped from the text shown.
 */
final class ManualText {
    private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+(.*)");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^]]*)]\\(([^)]+)\\)");
    private static final Pattern ITEM = Pattern.compile("(\\s*)([-*+]|\\d+\\.)\\s+(.*)");
    private static final Pattern TABLE_RULE = Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?");

    /** One block of the manual. */
    sealed interface Block permits Heading, Paragraph, Item, Image, Table, Code {
    }

    /** A heading; level 1 for "#". */
    record Heading(int level, String text) implements Block {
    }

    /** A paragraph: its lines joined by a space. */
    record Paragraph(String text) implements Block {
    }

    /** A list item; marker "1." for a numbered one, "•" for a bullet; depth 0 at the margin. */
    record Item(String marker, int depth, String text) implements Block {
    }

    /** A picture, by its path beside the manual. */
    record Image(String caption, String path) implements Block {
    }

    /** A table; the first row is its header. */
    record Table(List<List<String>> rows) implements Block {
    }

    /** Fenced code, its lines as written. */
    record Code(String text) implements Block {
    }

    private ManualText() {
    }

    /** The blocks of a Markdown text, in order. */
    static List<Block> blocks(String markdown) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder running = null; // the paragraph or item being read
        Item item = null;
        List<List<String>> table = null;
        StringBuilder code = null;
        for (String line : markdown.split("\\R", -1)) {
            if (code != null) {
                if (line.strip().startsWith("```")) {
                    blocks.add(new Code(code.toString()));
                    code = null;
                } else {
                    code.append(code.isEmpty() ? "" : "\n").append(line);
                }
                continue;
            }
            String trimmed = line.strip();
            boolean tableLine = trimmed.startsWith("|");
            if (table != null && !tableLine) {
                blocks.add(new Table(table));
                table = null;
            }
            Matcher heading = HEADING.matcher(trimmed);
            Matcher image = IMAGE.matcher(trimmed);
            Matcher listItem = ITEM.matcher(line);
            boolean starts = trimmed.isEmpty() || trimmed.startsWith("```") || tableLine || heading.matches()
                    || image.matches() || listItem.matches();
            if (starts && running != null) {
                blocks.add(item == null ? new Paragraph(plain(running.toString()))
                        : new Item(item.marker(), item.depth(), plain(running.toString())));
                running = null;
                item = null;
            }
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith("```")) {
                code = new StringBuilder();
            } else if (tableLine) {
                if (!TABLE_RULE.matcher(trimmed).matches()) {
                    if (table == null) {
                        table = new ArrayList<>();
                    }
                    table.add(cells(trimmed));
                }
            } else if (heading.matches()) {
                blocks.add(new Heading(heading.group(1).length(), plain(heading.group(2))));
            } else if (image.matches()) {
                blocks.add(new Image(image.group(1), image.group(2)));
            } else if (listItem.matches()) {
                String marker = listItem.group(2).endsWith(".") ? listItem.group(2) : "•";
                item = new Item(marker, listItem.group(1).length() / 2, "");
                running = new StringBuilder(listItem.group(3).strip());
            } else if (running != null) {
                running.append(' ').append(trimmed);
            } else {
                running = new StringBuilder(trimmed);
            }
        }
        if (running != null) {
            blocks.add(item == null ? new Paragraph(plain(running.toString()))
                    : new Item(item.marker(), item.depth(), plain(running.toString())));
        }
        if (table != null) {
            blocks.add(new Table(table));
        }
        if (code != null) {
            blocks.add(new Code(code.toString()));
        }
        return blocks;
    }

    private static List<String> cells(String row) {
        String inner = row.replaceFirst("^\\|", "").replaceFirst("\\|$", "");
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(plain(cell.strip()));
        }
        return cells;
    }

    /** Text without its inline marks: bold, italic and code as plain words. */
    static String plain(String text) {
        return text.replace("**", "").replace("`", "").replaceAll("(?<![\\w*])\\*([^*\\s](?:[^*]*[^*\\s])?)\\*(?![\\w*])", "$1");
    }
}
