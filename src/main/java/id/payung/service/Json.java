package id.payung.service;

import java.util.Map;
import java.util.stream.Collectors;

/** The small JSON the audit log stores: flat objects of strings, numbers, booleans and nulls. */
public final class Json {
    private Json() {
    }

    /** A JSON object of the map's entries, in the map's order. */
    public static String object(Map<String, ?> fields) {
        return fields.entrySet().stream()
                .map(e -> quote(e.getKey()) + ":" + value(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return quote(v.toString());
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** The audit log's flat JSON object (strings, numbers, booleans, nulls); empty for null or unreadable. */
    public static Map<String, Object> parse(String json) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        int[] at = {json.indexOf('{') + 1};
        try {
            while (true) {
                skipBlank(json, at);
                if (json.charAt(at[0]) == '}') {
                    return out;
                }
                String key = string(json, at);
                skipBlank(json, at);
                at[0]++; // ':'
                skipBlank(json, at);
                out.put(key, scalar(json, at));
                skipBlank(json, at);
                if (json.charAt(at[0]) == ',') {
                    at[0]++;
                }
            }
        } catch (RuntimeException unreadable) {
            return out;
        }
    }

    private static Object scalar(String json, int[] at) {
        char c = json.charAt(at[0]);
        if (c == '"') {
            return string(json, at);
        }
        int start = at[0];
        while (at[0] < json.length() && ",} \n\r\t".indexOf(json.charAt(at[0])) < 0) {
            at[0]++;
        }
        String word = json.substring(start, at[0]);
        return switch (word) {
            case "null" -> null;
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> word.contains(".") ? (Object) Double.valueOf(word) : (Object) Long.valueOf(word);
        };
    }

    private static String string(String json, int[] at) {
        StringBuilder b = new StringBuilder();
        at[0]++; // opening quote
        while (true) {
            char c = json.charAt(at[0]++);
            if (c == '"') {
                return b.toString();
            }
            if (c == '\\') {
                char e = json.charAt(at[0]++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(json.substring(at[0], at[0] + 4), 16));
                        at[0] += 4;
                    }
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
    }

    private static void skipBlank(String json, int[] at) {
        while (Character.isWhitespace(json.charAt(at[0]))) {
            at[0]++;
        }
    }
}
