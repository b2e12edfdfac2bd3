package io.github.camelcalendly.oauth;

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.CalendlyConnectionRevokedException;
import io.github.camelcalendly.auth.StoredTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user disconnects the app in Calendly: the connection turns REVOKED, its readiness check goes DOWN saying what to
 * do, and both recover once the user authorizes the app again.
 */
class OAuthRevocationHealthTest extends OAuthTestSupport {

    private HealthCheck.Result connectionHealth(String connectionId) {
        List<HealthCheck.Result> results = List.copyOf(HealthCheckHelper.invoke(context,
                check -> Map.of(HealthCheck.CHECK_KIND, HealthCheck.Kind.READINESS), check -> false, "full"));
        return results.stream()
                .filter(r -> connectionId.equals(r.getDetails().get("calendly.oauth.connection.id")))
                .findFirst().orElseThrow(() -> new AssertionError("no readiness check for " + connectionId + " among "
                        + results.stream().map(r -> r.getCheck().getId()).toList()));
    }

    @Test
    void aRevokedGrantTurnsTheConnectionDownUntilTheUserAuthorizesAgain() {
        String owner = connect(sandbox.seeded().owner(), "users:read");
        assertThat(callAs(owner, "calendly:users?op=me").getException()).isNull();
        assertThat(connectionHealth(owner).getState()).isEqualTo(HealthCheck.State.UP);
        StoredTokens revoked = store.load(owner).orElseThrow();

        sandbox.revokeGrantsOf(owner);
        Exchange refused = callAs(owner, "calendly:users?op=me");

        assertThat(refused.getException()).isInstanceOf(CalendlyConnectionRevokedException.class);
        HealthCheck.Result down = connectionHealth(owner);
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage()).hasValueSatisfying(message -> assertThat(message)
                .contains("'" + owner + "' is revoked", "invalid_grant", "op=exchangeCode&connectionId=" + owner));
        assertThat(down.getDetails()).containsEntry("calendly.connection.state", "REVOKED")
                .containsEntry("calendly.oauth.scopes", "users:read");
        assertThat(down.getDetails().values().toString() + down.getMessage().orElse(""))
                .doesNotContain(revoked.accessToken(), revoked.refreshToken(),
                        sandbox.options().oauthClient().clientSecret());

        connect(owner, "users:read");

        assertThat(connectionHealth(owner).getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(callAs(owner, "calendly:users?op=me").getException()).isNull();
    }

    @Test
    void forgettingARevokedConnectionWithRevokeBringsItsCheckBackUp() {
        String owner = connect(sandbox.seeded().owner(), "users:read");
        assertThat(callAs(owner, "calendly:users?op=me").getException()).isNull();
        sandbox.revokeGrantsOf(owner);
        assertThat(callAs(owner, "calendly:users?op=me").getException())
                .isInstanceOf(CalendlyConnectionRevokedException.class);
        assertThat(connectionHealth(owner).getState()).isEqualTo(HealthCheck.State.DOWN);

        assertThat(callAs(owner, "calendly:oauth?op=revoke").getException()).isNull();

        assertThat(connectionHealth(owner).getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(connectionHealth(owner).getDetails()).containsEntry("calendly.connection.state", "NOT_USED_YET");
        assertThat(store.load(owner)).isEmpty();
    }

    @Test
    void tokensSavedInTheStoreByAnotherProcessEndTheRevocation() {
        String owner = connect(sandbox.seeded().owner(), "users:read");
        assertThat(callAs(owner, "calendly:users?op=me").getException()).isNull();
        sandbox.revokeGrantsOf(owner);
        assertThat(callAs(owner, "calendly:users?op=me").getException())
                .isInstanceOf(CalendlyConnectionRevokedException.class);

        // another instance of the application completed a new authorization and saved its tokens
        String elsewhere = connectInAnotherStore(owner);
        store.save(owner, store.load(elsewhere).orElseThrow());

        assertThat(connectionHealth(owner).getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(callAs(owner, "calendly:users?op=me").getException()).isNull();
    }

    /** Tokens for {@code user} saved under another id of this test's store, as if another process had got them. */
    private String connectInAnotherStore(String user) {
        return connectUnder("elsewhere", user, "users:read");
    }
}
