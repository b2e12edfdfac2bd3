package io.github.camelcalendly.oauth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Whether granted OAuth scopes cover the ones an operation needs. Calendly's scopes are {@code resource:action}, and
 * {@code resource:write} implies {@code resource:read}.
 */
public final class GrantedScopes {

    private GrantedScopes() {
    }

    /** Whether {@code granted} covers {@code needed} ({@code -} or blank needs nothing). */
    public static boolean covers(Set<String> granted, String needed) {
        if (needed == null || needed.isBlank() || "-".equals(needed)) {
            return true;
        }
        if (granted.contains(needed)) {
            return true;
        }
        return needed.endsWith(":read")
               && granted.contains(needed.substring(0, needed.length() - ":read".length()) + ":write");
    }

    /** The scopes of {@code needed} that {@code granted} does not cover, in order. */
    public static List<String> missing(Set<String> granted, Collection<String> needed) {
        List<String> missing = new ArrayList<>();
        for (String scope : needed) {
            if (!covers(granted, scope)) {
                missing.add(scope);
            }
        }
        return missing;
    }
}
