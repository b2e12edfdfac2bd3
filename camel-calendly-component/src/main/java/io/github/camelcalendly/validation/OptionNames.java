package io.github.camelcalendly.validation;

import java.util.Locale;

/**
 * Converts option names between the spellings routes use: the component's camelCase ({@code accessToken}),
 * Calendly's snake_case ({@code access_token}) and kebab-case ({@code access-token}).
 */
final class OptionNames {

    private OptionNames() {
    }

    /** {@code accessToken} with {@code '_'} gives {@code access_token}. */
    static String separated(String camelCase, char separator) {
        StringBuilder sb = new StringBuilder(camelCase.length() + 4);
        for (char c : camelCase.toCharArray()) {
            if (Character.isUpperCase(c)) {
                sb.append(separator).append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code access_token} or {@code access-token} gives {@code accessToken}. */
    static String camelCase(String separated) {
        StringBuilder sb = new StringBuilder(separated.length());
        boolean upper = false;
        for (char c : separated.toCharArray()) {
            if (c == '_' || c == '-') {
                upper = sb.length() > 0;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    /** The name without case or separators, so that every spelling of one option compares equal. */
    static String folded(String name) {
        return name.replace("_", "").replace("-", "").replace(".", "").toLowerCase(Locale.ROOT);
    }
}
