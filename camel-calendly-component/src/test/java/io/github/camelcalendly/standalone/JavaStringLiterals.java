package io.github.camelcalendly.standalone;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The string literals of a Java source file, grouped into runs: literals separated only by a comma, as in
 * {@code Path.of(dir, "..", "README.md")}, form one run because they are most likely the segments of one path.
 * Comments and char literals are skipped; a text block is a run of its own.
 */
final class JavaStringLiterals {

    private static final Pattern SAME_RUN = Pattern.compile("\\s*,\\s*");
    private static final int CONTEXT = 80;

    /**
     * One run of literals.
     *
     * @param line   the line (from 1) where the run's first literal starts
     * @param parts  the literals' values, escapes resolved
     * @param before up to 80 characters of code just before the run, comments left out
     */
    record Run(int line, List<String> parts, String before) {

        /** The parts joined as path segments, e.g. {@code ../README.md}. */
        String joined() {
            return joinedFrom(0);
        }

        /** The parts from the given index on, joined as path segments. */
        String joinedFrom(int from) {
            return String.join("/", parts.subList(from, parts.size()));
        }
    }

    private final String source;
    private final List<Run> runs = new ArrayList<>();
    private final StringBuilder code = new StringBuilder();
    private int pos;
    private int line = 1;
    private boolean lastWasPlainLiteral;

    private JavaStringLiterals(String source) {
        this.source = source;
    }

    /** The runs of a source file, in order. */
    static List<Run> runs(String source) {
        JavaStringLiterals scanner = new JavaStringLiterals(source);
        scanner.scan();
        return scanner.runs;
    }

    private void scan() {
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (source.startsWith("//", pos)) {
                skipTo("\n", false);
            } else if (source.startsWith("/*", pos)) {
                pos += 2;
                skipTo("*/", true);
            } else if (source.startsWith("\"\"\"", pos)) {
                textBlock();
            } else if (c == '"') {
                plainLiteral();
            } else if (c == '\'') {
                charLiteral();
            } else {
                if (c == '\n') {
                    line++;
                }
                code.append(c);
                pos++;
            }
        }
    }

    private void skipTo(String end, boolean consumeEnd) {
        int found = source.indexOf(end, pos);
        int stop = found < 0 ? source.length() : found + (consumeEnd ? end.length() : 0);
        countLines(pos, stop);
        pos = stop;
    }

    private void charLiteral() {
        pos++;
        if (pos < source.length() && source.charAt(pos) == '\\') {
            pos++;
        }
        int close = source.indexOf('\'', pos + 1);
        pos = close < 0 ? source.length() : close + 1;
        code.append("' '");
    }

    private void plainLiteral() {
        int startLine = line;
        StringBuilder value = new StringBuilder();
        pos++;
        while (pos < source.length() && source.charAt(pos) != '"' && source.charAt(pos) != '\n') {
            char c = source.charAt(pos);
            if (c == '\\' && pos + 1 < source.length()) {
                value.append(unescape(source.charAt(pos + 1)));
                pos += 2;
            } else {
                value.append(c);
                pos++;
            }
        }
        pos++;
        boolean continuesRun = lastWasPlainLiteral && SAME_RUN.matcher(code).matches();
        if (continuesRun) {
            runs.get(runs.size() - 1).parts().add(value.toString());
        } else {
            List<String> parts = new ArrayList<>();
            parts.add(value.toString());
            runs.add(new Run(startLine, parts, context()));
        }
        code.setLength(0);
        lastWasPlainLiteral = true;
    }

    private void textBlock() {
        int startLine = line;
        int contentStart = source.indexOf('\n', pos + 3);
        contentStart = contentStart < 0 ? source.length() : contentStart + 1;
        int close = contentStart;
        while (close < source.length() && !(source.startsWith("\"\"\"", close) && source.charAt(close - 1) != '\\')) {
            close++;
        }
        String content = source.substring(contentStart, Math.min(close, source.length()));
        countLines(pos, Math.min(close, source.length()));
        List<String> parts = new ArrayList<>();
        parts.add(content);
        // the content starts on the line after the opening quotes
        runs.add(new Run(startLine + 1, parts, context()));
        pos = Math.min(close + 3, source.length());
        code.setLength(0);
        lastWasPlainLiteral = false;
    }

    private String context() {
        String before = code.toString();
        return before.length() <= CONTEXT ? before : before.substring(before.length() - CONTEXT);
    }

    private void countLines(int from, int to) {
        for (int i = from; i < to; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
    }

    private static char unescape(char escaped) {
        return switch (escaped) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            default -> escaped;
        };
    }
}
