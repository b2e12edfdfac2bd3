package io.github.camelcalendly.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * The results as a Markdown table: metric | calendly | plain | ratio | goal | met?
 */
public final class ResultTable {

    private ResultTable() {
    }

    public static String render(List<Comparison> rows) {
        StringBuilder out = new StringBuilder("| metric | calendly | plain | ratio | goal | met? |\n")
                .append("| --- | ---: | ---: | ---: | --- | --- |\n");
        for (Comparison row : rows) {
            out.append("| ").append(row.suite()).append(": ").append(row.metric())
                    .append(" | ").append(number(row.calendly()))
                    .append(" | ").append(number(row.plain()))
                    .append(" | ").append(Double.isNaN(row.ratio()) ? "-" : String.format(Locale.ROOT, "%.2f", row.ratio()))
                    .append(" | ").append(row.goal())
                    .append(" | ").append(row.met() ? "yes" : "**no**").append(" |\n");
        }
        return out.toString();
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        if (Math.abs(value) >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
