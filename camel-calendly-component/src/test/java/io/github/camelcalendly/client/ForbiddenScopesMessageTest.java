package io.github.camelcalendly.client;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.CalendlyApiException;
import io.github.camelcalendly.CalendlyForbiddenException;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 403's message compares the scope Calendly asks for with the scopes granted to the token, when an OAuth token
 * response or introspection named them.
 */
class ForbiddenScopesMessageTest {

    private static final Operation GET_EVENT = OperationRegistry.resolve("scheduledEvents", "get");
    private static final String PATH = "/scheduled_events/E1";
    private final ErrorMapper errors = new ErrorMapper(new ObjectMapper());

    private static CalendlyResponse forbidden(String body) {
        return new CalendlyResponse(403, Map.of(), body.getBytes(StandardCharsets.UTF_8), 1);
    }

    private static final String NEEDS_READ = "{\"title\":\"Permission Denied\",\"message\":\"You do not have"
            + " permission\",\"required_scopes\":[\"scheduled_events:read\"]}";

    @Test
    void grantedScopesThatIncludeTheRequiredOneSaySo() {
        CalendlyApiException e = errors.toException(GET_EVENT, "GET", PATH, forbidden(NEEDS_READ),
                Set.of("scheduled_events:read"));

        assertThat(e).isInstanceOf(CalendlyForbiddenException.class);
        assertThat(e.getMessage()).isEqualTo("Calendly scheduledEvents/get (GET /scheduled_events/E1) failed with"
                + " HTTP 403 Permission Denied: You do not have permission. The token lacks scope"
                + " scheduled_events:read; the scopes granted to the token (scheduled_events:read) include it, and some"
                + " actions also need an admin role or a paid plan");
    }

    @Test
    void noGrantedScopeAtAllIsNamedNone() {
        CalendlyApiException e = errors.toException(GET_EVENT, "GET", PATH, forbidden(NEEDS_READ), Set.of());

        assertThat(e.getMessage()).contains("The token lacks scope scheduled_events:read; the scopes granted to the"
                + " token (none) do not include scheduled_events:read: authorize the app again asking for it");
    }

    @Test
    void withoutRequiredScopesTheOperationsScopeIsComparedWithTheGrantedOnesInOrder() {
        Set<String> granted = new LinkedHashSet<>(List.of("users:read", "event_types:read"));

        CalendlyApiException e = errors.toException(GET_EVENT, "GET", PATH,
                forbidden("{\"title\":\"Permission Denied\",\"message\":\"No access\"}"), granted);

        assertThat(e.getMessage()).contains("scheduledEvents/get needs scope scheduled_events:read; the scopes granted"
                + " to the token (event_types:read users:read) do not include scheduled_events:read");
        assertThat(e.getRequiredScopes()).isEmpty();
    }

    @Test
    void unknownGrantedScopesAddNothing() {
        CalendlyApiException e = errors.toException(GET_EVENT, "GET", PATH, forbidden(NEEDS_READ), null);

        assertThat(e.getMessage()).contains("The token lacks scope scheduled_events:read, and some actions")
                .doesNotContain("granted");
    }
}
