package io.github.camelcalendly.sandbox.oauth;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of an OAuth request (query string or form body). An empty value counts as absent, and a parameter
 * given twice is refused, as RFC 6749 asks.
 */
record FormParams(Map<String, List<String>> values) {

    FormParams {
        values = Map.copyOf(values);
    }

    Optional<String> optional(String name) {
        List<String> given = values.get(name);
        if (given == null) {
            return Optional.empty();
        }
        if (given.size() > 1) {
            throw OAuthError.invalidRequest("Parameter " + name + " must not be repeated.");
        }
        String value = given.get(0);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    String required(String name) {
        return optional(name).orElseThrow(() -> OAuthError.missingParameter(name));
    }

    @Override
    public String toString() {
        return "FormParams" + values.keySet();
    }
}
