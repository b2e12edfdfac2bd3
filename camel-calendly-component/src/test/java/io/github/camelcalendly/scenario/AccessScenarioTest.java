package io.github.camelcalendly.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.CalendlyApiException;
import io.github.camelcalendly.CalendlyForbiddenException;
import io.github.camelcalendly.CalendlyUnauthorizedException;

class AccessScenarioTest extends SandboxScenarioSupport {

    @Test
    void aTokenWithoutTheOperationsScopeFailsNamingTheScope() {
        String narrow = sandbox.issueToken("users:read");

        Exchange out = call("calendly:scheduledEvents?op=list&accessToken=RAW(" + narrow + ")", null);

        CalendlyForbiddenException error = out.getException(CalendlyForbiddenException.class);
        assertThat(error).isNotNull();
        assertThat(error.getRequiredScopes()).containsExactly("scheduled_events:read");
        assertThat(error.getMessage()).contains("scheduled_events:read").doesNotContain(narrow);
    }

    @Test
    void anUnknownTokenIsUnauthorized() {
        Exchange out = call("calendly:users?op=me&accessToken=RAW(not-a-sandbox-token)", null);

        assertThat(out.getException()).isInstanceOf(CalendlyUnauthorizedException.class);
    }

    @Test
    void aWriteScopeAlsoGrantsReading() {
        String writer = sandbox.issueToken("event_types:write", "users:read");

        Exchange out = call("calendly:eventTypes?op=list&accessToken=RAW(" + writer + ")", null);

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(java.util.List.class)).isNotEmpty();
    }

    @Test
    void anUnknownResourceIsNotFound() {
        Exchange out = call("calendly:scheduledEvents?op=get&uuid=NOSUCHEVENT00000", null);

        assertThat(out.getException(CalendlyApiException.class).getStatusCode()).isEqualTo(404);
    }
}
