package io.github.camelcalendly.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.CalendlyApiException;
import io.github.camelcalendly.CalendlyConflictException;
import io.github.camelcalendly.CalendlyForbiddenException;
import io.github.camelcalendly.CalendlyNotFoundException;
import io.github.camelcalendly.CalendlyRateLimitException;
import io.github.camelcalendly.CalendlyUnauthorizedException;
import io.github.camelcalendly.operation.Operation;

/**
 * Turns an error response into the matching {@link CalendlyApiException}, with a message that says what failed and
 * what to do about it. Reads Calendly's {@code title/message/details/required_scopes} and OAuth's
 * {@code error/error_description}; copes with HTML pages and empty bodies. A redirect (3xx), which the component
 * never follows, fails too, naming the host it pointed to but nothing else of its location.
 */
public final class ErrorMapper {

    private static final int MAX_TEXT = 300;

    private final ObjectMapper mapper;

    public ErrorMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public CalendlyApiException toException(Operation op, String method, String path, CalendlyResponse response) {
        return toException(op, method, path, response, null);
    }

    /**
     * The exception for an error answer.
     *
     * @param grantedScopes the scopes granted to the token when known (an OAuth token response or introspection
     *                      named them), else null; a 403 then says whether they include the scope Calendly asks for
     */
    public CalendlyApiException toException(Operation op, String method, String path, CalendlyResponse response,
            java.util.Set<String> grantedScopes) {
        if (response.statusCode() < 400) {
            return redirect(op, method, path, response);
        }
        JsonNode json = parse(response);
        String title = text(json, "title", "error");
        String apiMessage = text(json, "message", "error_description");
        if (json == null && response.hasBody() && apiMessage == null) {
            apiMessage = "non-JSON response: " + abbreviate(response.bodyText().replaceAll("\\s+", " ").trim());
        }
        List<CalendlyApiException.Detail> details = details(json);
        List<String> requiredScopes = strings(json == null ? null : json.get("required_scopes"));
        int status = response.statusCode();
        CalendlyApiException.ErrorInfo info = new CalendlyApiException.ErrorInfo(status, title, apiMessage, details,
                requiredScopes, op.id(), method, path, response.attempts() > 1, response.headers());
        String message = message(op, method, path, status, title, apiMessage, details, requiredScopes, response,
                grantedScopes);
        return switch (status) {
            case 401 -> new CalendlyUnauthorizedException(message, info);
            case 403 -> new CalendlyForbiddenException(message, info);
            case 404 -> new CalendlyNotFoundException(message, info);
            case 409 -> new CalendlyConflictException(message, info);
            case 429 -> new CalendlyRateLimitException(message, info);
            default -> new CalendlyApiException(message, info);
        };
    }

    /**
     * A redirect, which is not followed: the token is only ever sent to the configured base URL. The message names
     * where it pointed by host alone, since the rest of a location may carry session ids or tokens.
     */
    private static CalendlyApiException redirect(Operation op, String method, String path, CalendlyResponse response) {
        CalendlyApiException.ErrorInfo info = new CalendlyApiException.ErrorInfo(response.statusCode(), null, null,
                List.of(), List.of(), op.id(), method, path, response.attempts() > 1, response.headers());
        return new CalendlyApiException("Calendly " + op.id() + " (" + method + " " + path + ") answered HTTP "
                + response.statusCode() + " " + target(response.headers().get(CalendlyResponse.LOCATION))
                + ", which is not followed: the access token is only sent to baseUrl. Check baseUrl and any proxy"
                + " between this route and Calendly", info);
    }

    private static String target(String location) {
        if (location == null || location.isBlank()) {
            return "without a Location header";
        }
        URI uri;
        try {
            uri = new URI(location.trim());
        } catch (URISyntaxException e) {
            return "redirecting to a Location that is not a valid URL";
        }
        if (uri.getHost() != null) {
            return "redirecting to " + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        }
        return uri.isAbsolute() ? "redirecting to a Location that is not a valid URL"
                : "redirecting to another path of the same host";
    }

    private static String message(
            Operation op, String method, String path, int status, String title, String apiMessage,
            List<CalendlyApiException.Detail> details, List<String> requiredScopes, CalendlyResponse response,
            java.util.Set<String> grantedScopes) {
        StringBuilder sb = new StringBuilder("Calendly ").append(op.id()).append(" (").append(method).append(' ')
                .append(path).append(") failed with HTTP ").append(status);
        if (title != null) {
            sb.append(' ').append(title);
        }
        if (apiMessage != null) {
            sb.append(": ").append(apiMessage);
        } else if (!response.hasBody()) {
            sb.append(" (empty response body)");
        }
        for (CalendlyApiException.Detail d : details) {
            sb.append("; ").append(d.parameter() != null ? d.parameter() + ": " : "").append(d.message());
        }
        switch (status) {
            case 401 -> nextSentence(sb).append("Check the access token: it is missing, expired or revoked");
            case 403 -> {
                if (!requiredScopes.isEmpty()) {
                    nextSentence(sb).append("The token lacks scope ").append(String.join(", ", requiredScopes))
                            .append(grantedScopes(grantedScopes, requiredScopes));
                } else if (!"-".equals(op.scope())) {
                    nextSentence(sb).append(op.id()).append(" needs scope ").append(op.scope())
                            .append(grantedScopes(grantedScopes, List.of(op.scope())));
                }
                if (apiMessage != null && apiMessage.toLowerCase().contains("upgrade")) {
                    nextSentence(sb).append("The Calendly plan of this account does not include this feature");
                } else {
                    sb.append(", and some actions also need an admin role or a paid plan");
                }
            }
            case 429 -> {
                long reset = RateLimitHeaders.secondsUntilReset(response.headers());
                if (reset >= 0) {
                    nextSentence(sb).append("The rate limit resets in ").append(reset).append(" s");
                }
            }
            default -> {
                // the status line and Calendly's message say enough
            }
        }
        if (response.attempts() > 1) {
            sb.append(" (after ").append(response.attempts()).append(" attempts)");
        }
        return sb.toString();
    }

    /**
     * Whether the scopes granted to the token cover {@code needed}, as a clause; nothing when they are not known (a
     * personal access token's never are).
     */
    private static String grantedScopes(java.util.Set<String> granted, List<String> needed) {
        if (granted == null) {
            return "";
        }
        List<String> missing = io.github.camelcalendly.oauth.GrantedScopes.missing(granted, needed);
        String list = granted.isEmpty() ? "none" : String.join(" ", new java.util.TreeSet<>(granted));
        if (missing.isEmpty()) {
            return "; the scopes granted to the token (" + list + ") include it";
        }
        return "; the scopes granted to the token (" + list + ") do not include " + String.join(", ", missing)
               + ": authorize the app again asking for it";
    }

    /** Ends the sentence so far with one full stop (Calendly's own, if its message has one) and a space. */
    private static StringBuilder nextSentence(StringBuilder sb) {
        if (sb.charAt(sb.length() - 1) != '.') {
            sb.append('.');
        }
        return sb.append(' ');
    }

    private JsonNode parse(CalendlyResponse response) {
        if (!response.hasBody()) {
            return null;
        }
        try {
            JsonNode node = mapper.readTree(response.body());
            return node != null && node.isObject() ? node : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String text(JsonNode json, String field, String alternative) {
        if (json == null) {
            return null;
        }
        JsonNode node = json.hasNonNull(field) ? json.get(field) : json.get(alternative);
        return node == null || node.isNull() ? null : abbreviate(node.asText());
    }

    private static List<CalendlyApiException.Detail> details(JsonNode json) {
        List<CalendlyApiException.Detail> details = new ArrayList<>();
        JsonNode array = json == null ? null : json.get("details");
        if (array != null && array.isArray()) {
            for (JsonNode d : array) {
                details.add(new CalendlyApiException.Detail(
                        d.hasNonNull("parameter") ? d.get("parameter").asText() : null,
                        d.hasNonNull("message") ? d.get("message").asText() : d.toString(),
                        d.hasNonNull("code") ? d.get("code").asText() : null));
            }
        }
        return details;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    private static String abbreviate(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "...";
    }
}
