package io.github.camelcalendly.oauth;

import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.CalendlyForbiddenException;
import io.github.camelcalendly.CalendlyValidationException;
import io.github.camelcalendly.auth.StoredTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The scopes a user granted: a 403 says whether they include the one Calendly asks for, and validateScopes=true
 * checks them when the route starts.
 */
class OAuthScopesTest extends OAuthTestSupport {

    private Throwable startRoute(String uri) {
        return catchThrowable(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:scoped-" + System.nanoTime()).to(uri);
            }
        }));
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Test
    void aForbiddenCallSaysTheGrantedScopesDoNotIncludeTheOneCalendlyAsksFor() {
        String owner = connect(sandbox.seeded().owner(), "users:read");

        Exchange out = callAs(owner, "calendly:eventTypes?op=list&user=" + owner);

        assertThat(out.getException()).isInstanceOf(CalendlyForbiddenException.class)
                .hasMessageContaining("lacks scope event_types:read")
                .hasMessageContaining("the scopes granted to the token (users:read) do not include event_types:read");
    }

    @Test
    void aRouteWhoseGrantLacksTheOperationsScopeFailsToStartNamingIt() {
        String owner = connect(sandbox.seeded().owner(), "users:read");

        Throwable failure = startRoute("calendly:eventTypes?op=list&validateScopes=true&connectionId=" + owner);

        assertThat(rootCause(failure)).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("eventTypes/list needs scope event_types:read")
                .hasMessageContaining("connection '" + owner + "' was not granted (granted: users:read)");
    }

    @Test
    void aWriteScopeCoversTheReadScopeOfItsResource() {
        String owner = connect(sandbox.seeded().owner(), "event_types:write");

        Throwable failure = startRoute("calendly:eventTypes?op=list&validateScopes=true&connectionId=" + owner);

        assertThat(failure).isNull();
    }

    @Test
    void scopesTheStoreDoesNotKnowAreAskedOfCalendlyByIntrospection() {
        String owner = connect(sandbox.seeded().owner(), "users:read");
        StoredTokens known = store.load(owner).orElseThrow();
        store.save("no-scopes", new StoredTokens(known.accessToken(), known.refreshToken(), known.expiresAt(),
                List.of(), known.owner(), known.organization()));

        Throwable refused = startRoute("calendly:eventTypes?op=list&validateScopes=true&connectionId=no-scopes");
        Throwable accepted = startRoute("calendly:users?op=me&validateScopes=true&connectionId=no-scopes");

        assertThat(rootCause(refused)).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("granted: users:read");
        assertThat(accepted).isNull();
        assertThat(store.load("no-scopes").orElseThrow().scopes()).containsExactly("users:read");
    }

    @Test
    void validateScopesNeedsAnOAuthConnection() {
        context.getComponent("calendly", io.github.camelcalendly.CalendlyComponent.class).getConfiguration()
                .setClientId(null);
        context.getComponent("calendly", io.github.camelcalendly.CalendlyComponent.class)
                .setAccessToken(sandbox.issueToken());

        Throwable failure = startRoute("calendly:users?op=me&validateScopes=true");

        assertThat(rootCause(failure)).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("validateScopes=true needs an OAuth connection");
    }
}
