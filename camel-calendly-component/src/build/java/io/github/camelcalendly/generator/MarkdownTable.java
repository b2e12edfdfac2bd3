package io.github.camelcalendly.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * A GitHub-flavoured Markdown table whose cells are escaped so that descriptions never break the layout.
 */
final class MarkdownTable {

    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();

    MarkdownTable(String... columns) {
        this.columns = List.of(columns);
    }

    MarkdownTable row(String... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("Expected " + columns.size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    String render() {
        StringBuilder out = new StringBuilder();
        line(out, columns);
        line(out, columns.stream().map(c -> "---").toList());
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    /** Text in a cell: pipes escaped, line breaks folded into spaces. */
    static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ").trim();
    }

    /** Inline code, for names and values. */
    static String code(String text) {
        return "`" + text + "`";
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String c : cells) {
            out.append(' ').append(c).append(" |");
        }
        out.append('\n');
    }
}
