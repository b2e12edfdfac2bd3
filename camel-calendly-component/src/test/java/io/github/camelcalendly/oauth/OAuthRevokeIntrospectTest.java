package io.github.camelcalendly.oauth;

import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.CalendlyUnauthorizedException;
import io.github.camelcalendly.CalendlyValidationException;
import io.github.camelcalendly.auth.StoredTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code calendly:oauth?op=revoke} ends a connection at Calendly and forgets it; {@code op=introspect} tells what
 * Calendly knows of a token.
 */
class OAuthRevokeIntrospectTest extends OAuthTestSupport {

    @Test
    void revokingAConnectionEndsItsTokensAtCalendlyAndForgetsThem() {
        String owner = connect(sandbox.seeded().owner(), "users:read");
        StoredTokens tokens = store.load(owner).orElseThrow();
        assertThat(callAs(owner, "calendly:users?op=me").getException()).isNull();

        Exchange revoked = callAs(owner, "calendly:oauth?op=revoke");

        assertThat(revoked.getException()).isNull();
        assertThat(revoked.getMessage().getBody(Map.class)).containsEntry("connectionId", owner)
                .containsEntry("revoked", true).containsEntry("forgotten", true);
        assertThat(store.load(owner)).isEmpty();
        assertThat(callAs(owner, "calendly:users?op=me").getException())
                .isInstanceOf(CalendlyValidationException.class).hasMessageContaining("No Calendly OAuth tokens");
        assertThat(template.request("calendly:users?op=me&clientId=&accessToken=RAW(" + tokens.accessToken() + ")",
                e -> { }).getException()).as("the access token died with its refresh token")
                .isInstanceOf(CalendlyUnauthorizedException.class);
    }

    @Test
    void aRevokedConnectionsDeadTokensCanStillBeRevokedAndForgotten() {
        String owner = connect(sandbox.seeded().owner(), "users:read");
        assertThat(callAs(owner, "calendly:users?op=me").getException()).isNull();
        sandbox.revokeGrantsOf(owner);
        assertThat(callAs(owner, "calendly:users?op=me").getException())
                .isInstanceOf(io.github.camelcalendly.CalendlyConnectionRevokedException.class);

        Exchange revoked = callAs(owner, "calendly:oauth?op=revoke");

        assertThat(revoked.getException()).isNull();
        assertThat(revoked.getMessage().getBody(Map.class)).containsEntry("forgotten", true);
        assertThat(store.load(owner)).isEmpty();
    }

    @Test
    void revokingAConnectionWithoutTokensNamesIt() {
        Exchange out = callAs("nobody", "calendly:oauth?op=revoke");

        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("connection id 'nobody': there is nothing to revoke");
    }

    @Test
    void revokingAnotherTokenLeavesTheConnectionAsItIs() {
        String owner = connect(sandbox.seeded().owner(), "users:read");
        String member = connect(sandbox.seeded().member(), "users:read");
        String membersToken = store.load(member).orElseThrow().refreshToken();

        Exchange revoked = template.request("calendly:oauth?op=revoke", e -> {
            e.getMessage().setHeader(CalendlyConstants.CONNECTION_ID, owner);
            e.getMessage().setHeader("CamelCalendly.token", membersToken);
        });

        assertThat(revoked.getMessage().getBody(Map.class)).containsEntry("forgotten", false);
        assertThat(store.load(owner)).isPresent();
        assertThat(callAs(owner, "calendly:users?op=me").getException()).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void introspectingTheConnectionsTokenReportsItActiveWithItsScopes() {
        String owner = connect(sandbox.seeded().owner(), "users:read", "event_types:read");

        Exchange out = callAs(owner, "calendly:oauth?op=introspect");

        assertThat(out.getException()).isNull();
        Map<String, Object> answer = out.getMessage().getBody(Map.class);
        assertThat(answer).containsEntry("active", true).containsEntry("owner", owner)
                .containsEntry("client_id", sandbox.options().oauthClient().clientId());
        assertThat(String.valueOf(answer.get("scope")).split(" ")).containsExactlyInAnyOrder("users:read",
                "event_types:read");
        assertThat(out.getMessage().getHeader(CalendlyConstants.CONNECTION_ID)).isEqualTo(owner);
    }

    @Test
    void introspectingARevokedTokenReportsItInactive() {
        String owner = connect(sandbox.seeded().owner(), "users:read");
        String old = store.load(owner).orElseThrow().accessToken();
        assertThat(callAs(owner, "calendly:oauth?op=revoke").getException()).isNull();
        String member = connect(sandbox.seeded().member(), "users:read");

        Exchange out = template.request("calendly:oauth?op=introspect", e -> {
            e.getMessage().setHeader(CalendlyConstants.CONNECTION_ID, member);
            e.getMessage().setHeader("CamelCalendly.token", old);
        });

        assertThat(out.getMessage().getBody(Map.class)).containsEntry("active", false);
    }

    @Test
    void anOAuthOperationWithoutAnOAuthClientFailsWhenItsProducerStarts() {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                () -> template.request("calendly:oauth?op=refresh&clientId=", e -> { }));

        assertThat(failure).isInstanceOf(org.apache.camel.FailedToCreateProducerException.class)
                .hasRootCauseInstanceOf(CalendlyValidationException.class)
                .hasRootCauseMessage("Calendly oauth/refresh needs an OAuth client: set clientId (and clientSecret)"
                        + " on the calendly component or endpoint");
    }
}
