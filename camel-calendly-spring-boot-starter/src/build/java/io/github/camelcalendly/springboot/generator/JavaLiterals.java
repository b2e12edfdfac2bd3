package io.github.camelcalendly.springboot.generator;

/** Java source literals for default values read from the component JSON. */
public final class JavaLiterals {

    private JavaLiterals() {
    }

    /** A string literal, with quotes, backslashes, control and non-ASCII characters escaped. */
    public static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            out.append(escaped(value.charAt(i), '"'));
        }
        return out.append('"').toString();
    }

    /** {@code true} or {@code false}; anything else is refused. */
    public static String bool(String value) {
        String trimmed = value.trim();
        if (!"true".equalsIgnoreCase(trimmed) && !"false".equalsIgnoreCase(trimmed)) {
            throw new IllegalArgumentException("expected true or false");
        }
        return trimmed.toLowerCase(java.util.Locale.ROOT);
    }

    /** A char literal for a one-character value. */
    public static String character(String value) {
        if (value.length() != 1) {
            throw new IllegalArgumentException("expected one character");
        }
        return "'" + escaped(value.charAt(0), '\'') + "'";
    }

    private static String escaped(char c, char quote) {
        if (c == quote || c == '\\') {
            return "\\" + c;
        } else if (c == '\n') {
            return "\\n";
        } else if (c == '\t') {
            return "\\t";
        } else if (c < 0x20 || c > 0x7e) {
            return String.format("\\u%04x", (int) c);
        }
        return String.valueOf(c);
    }
}
