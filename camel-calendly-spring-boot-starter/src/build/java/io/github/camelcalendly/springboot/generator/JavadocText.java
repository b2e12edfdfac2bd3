package io.github.camelcalendly.springboot.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a description from the component JSON into javadoc text: inline tags become their plain text (the JSON keeps
 * {@code {@code x}} from the component's javadoc, sometimes without its {@code @}), characters that javadoc or javac
 * would read as markup are escaped, and the text is wrapped into comment lines.
 */
public final class JavadocText {

    /** {@code {@code x}}, {@code {@link x}}, {@code {@literal x}} and their forms without {@code @}. */
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@?(?:code|link|linkplain|literal|value)\\s+([^{}]*)}");
    private static final int WIDTH = 120;

    private JavadocText() {
    }

    /** The description as plain text: inline tags unwrapped, white space collapsed. */
    public static String plain(String description) {
        String text = description == null ? "" : description;
        String previous;
        do {
            previous = text;
            text = INLINE_TAG.matcher(text).replaceAll(match -> java.util.regex.Matcher.quoteReplacement(
                    match.group(1).trim()));
        } while (!text.equals(previous));
        return text.replaceAll("\\s+", " ").trim();
    }

    /** Plain text made safe inside a doc comment: HTML specials, {@code @}, backslashes and comment ends escaped. */
    public static String escape(String plain) {
        StringBuilder out = new StringBuilder(plain.length() + 16);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(i > 0 && plain.charAt(i - 1) == '*' ? "&#47;" : "/");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A doc comment holding {@code text} (already escaped), indented by {@code indent} spaces. */
    public static String comment(int indent, String text) {
        String pad = " ".repeat(indent);
        StringBuilder out = new StringBuilder(pad).append("/**\n");
        for (String line : wrap(text, WIDTH - indent - 3)) {
            out.append(pad).append(line.isEmpty() ? " *" : " * " + line).append('\n');
        }
        return out.append(pad).append(" */\n").toString();
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
