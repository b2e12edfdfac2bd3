package io.github.camelcalendly.validation;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The option names whose values Camel must mask wherever it prints an endpoint URI: each secret option of the
 * component in camelCase, snake_case and kebab-case (so {@code client_secret} and {@code refresh_token}, Calendly's own
 * spellings, are masked too). Camel masks a name that contains one of these, in any case.
 */
public final class SecretOptionNames {

    private SecretOptionNames() {
    }

    /**
     * Every spelling to mask, in a stable order.
     *
     * @param secretOptions the component's secret options in camelCase, e.g. {@code accessToken}
     */
    public static Set<String> spellings(Collection<String> secretOptions) {
        Set<String> names = new LinkedHashSet<>();
        for (String option : secretOptions) {
            names.add(option);
            names.add(OptionNames.separated(option, '_'));
            names.add(OptionNames.separated(option, '-'));
        }
        return names;
    }

    /**
     * The spellings as one argument to {@code URISupport.addSanitizeKeywords}, which takes a comma-separated list and
     * replaces the keywords of any earlier call.
     */
    public static String sanitizeKeywords(Collection<String> secretOptions) {
        return String.join(",", spellings(secretOptions));
    }

    /**
     * {@code existing} comma-separated keywords (an application's own, as Camel Main's
     * {@code camel.main.additionalSensitiveKeywords} sets them) with {@code ours} added, each once, in order.
     */
    public static String merged(String existing, String ours) {
        Set<String> all = new java.util.LinkedHashSet<>();
        for (String list : new String[] { existing, ours }) {
            if (list != null) {
                for (String keyword : list.split(",")) {
                    if (!keyword.isBlank()) {
                        all.add(keyword.trim());
                    }
                }
            }
        }
        return String.join(",", all);
    }
}
