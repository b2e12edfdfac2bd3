package io.github.camelcalendly.validation;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Works out which option a route meant by a name the component does not know: the same option in another spelling
 * ({@code access_token}, {@code ACCESS_TOKEN}), a name people give the access token, or the known option nearest by
 * edit distance when it is close.
 */
final class OptionSuggestions {

    static final String ACCESS_TOKEN = "accessToken";

    /** Names other APIs and tools give a bearer token, folded. */
    private static final Set<String> ACCESS_TOKEN_ALIASES =
            Set.of("token", "apitoken", "apikey", "authtoken", "bearertoken", "personalaccesstoken");

    /** Known options by folded name; sorted, so that of two equally near options the same one is always named. */
    private final Map<String, String> known = new TreeMap<>();

    OptionSuggestions(Collection<String> knownOptions) {
        knownOptions.forEach(option -> known.put(OptionNames.folded(option), option));
    }

    /** What to tell the route about {@code unknown}, e.g. {@code did you mean 'accessToken'?}; empty for no idea. */
    Optional<String> adviceFor(String unknown) {
        String folded = OptionNames.folded(unknown);
        if (ACCESS_TOKEN_ALIASES.contains(folded) && known.containsValue(ACCESS_TOKEN)) {
            return Optional.of(meant(ACCESS_TOKEN));
        }
        String same = known.get(folded);
        if (same != null) {
            return Optional.of(meant(same));
        }
        return nearest(folded).map(OptionSuggestions::meant);
    }

    private Optional<String> nearest(String folded) {
        int limit = folded.length() <= 4 ? 1 : folded.length() <= 8 ? 2 : 3;
        String best = null;
        int bestDistance = limit + 1;
        for (Map.Entry<String, String> option : known.entrySet()) {
            int distance = distance(folded, option.getKey());
            if (distance < bestDistance) {
                best = option.getValue();
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String meant(String option) {
        return "did you mean '" + option + "'?";
    }

    /** The Levenshtein distance: how many single-character insertions, deletions or changes turn a into b. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
