package io.github.camelcalendly.sandbox.oauth;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What an OAuth endpoint answers: a status, headers and an optional JSON body. JSON answers are never cached.
 */
record OAuthAnswer(int status, Map<String, String> headers, ObjectNode body) {

    OAuthAnswer {
        headers = Map.copyOf(headers);
    }

    static OAuthAnswer json(int status, ObjectNode body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cache-Control", "no-store");
        headers.put("Pragma", "no-cache");
        return new OAuthAnswer(status, headers, body);
    }

    static OAuthAnswer error(OAuthError error) {
        OAuthAnswer answer = json(error.status(), error.toJson());
        Map<String, String> headers = new LinkedHashMap<>(answer.headers());
        if (error.status() == 401) {
            headers.put("WWW-Authenticate", "Basic realm=\"calendly-sandbox\"");
        }
        error.retryAfterSeconds().ifPresent(seconds -> headers.put("Retry-After", Long.toString(seconds)));
        return new OAuthAnswer(error.status(), headers, answer.body());
    }

    static OAuthAnswer redirect(String location) {
        return new OAuthAnswer(302, Map.of("Location", location, "Cache-Control", "no-store"), null);
    }

    @Override
    public String toString() {
        return "OAuthAnswer[status=" + status + "]";
    }
}
