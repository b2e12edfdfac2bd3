package io.github.camelcalendly.sandbox.enterprise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendly's activity log {@code search_term}, matched case-insensitively against an entry's text: alternatives
 * separated by {@code |} or {@code OR}; within one, every term must match ({@code +}, {@code AND} or a space
 * between them); {@code "exact phrase"}; {@code -term} excludes; a {@code *} matches any run of characters (a prefix
 * search). Parentheses only group and are ignored, so {@code (a + b) | c} reads as written; nesting beyond that is
 * not modelled.
 */
final class SearchTerm {

    /** Calendly's limit on the length of {@code search_term}. */
    static final int MAX_LENGTH = 300;

    private static final Pattern TOKEN = Pattern.compile("-?\"[^\"]*\"|\\S+");

    private final List<List<Term>> alternatives;

    private SearchTerm(List<List<Term>> alternatives) {
        this.alternatives = alternatives;
    }

    static SearchTerm parse(String text) {
        String normalised = text.replace('(', ' ').replace(')', ' ').replaceAll("\\s+OR\\s+", " | ")
                .replaceAll("\\s+AND\\s+", " + ").replace('+', ' ');
        List<List<Term>> alternatives = new ArrayList<>();
        for (String alternative : normalised.split("\\|")) {
            List<Term> terms = new ArrayList<>();
            Matcher matcher = TOKEN.matcher(alternative);
            while (matcher.find()) {
                String token = matcher.group();
                boolean negated = token.startsWith("-") && token.length() > 1;
                String body = negated ? token.substring(1) : token;
                if (body.startsWith("\"") && body.endsWith("\"") && body.length() >= 2) {
                    body = body.substring(1, body.length() - 1);
                }
                if (!body.isBlank()) {
                    terms.add(new Term(pattern(body), negated));
                }
            }
            if (!terms.isEmpty()) {
                alternatives.add(terms);
            }
        }
        return new SearchTerm(alternatives);
    }

    /** Whether {@code text} matches; a term with nothing to search for matches everything. */
    boolean matches(String text) {
        if (alternatives.isEmpty()) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return alternatives.stream().anyMatch(terms -> terms.stream()
                .allMatch(term -> term.pattern().matcher(lower).find() != term.negated()));
    }

    private static Pattern pattern(String term) {
        StringBuilder regex = new StringBuilder();
        for (String part : term.toLowerCase(Locale.ROOT).split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    private record Term(Pattern pattern, boolean negated) {
    }
}
