package io.github.camelcalendly.health;

import io.github.camelcalendly.client.CalendlyConnection;
import io.github.camelcalendly.client.ConnectionState;
import io.github.camelcalendly.client.ConnectionStatus;
import io.github.camelcalendly.oauth.OAuthSession;
import io.github.camelcalendly.operation.ConnectionIdentity;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Reports one connection (a token and a base URL) from Calendly's last answer to it, without calling Calendly: DOWN
 * once Calendly answered 401 (the token expired or was revoked), UP otherwise. The connection is named by its user
 * and organization when a call already looked them up, and always by its short id, never by its token.
 */
public final class ConnectionHealthCheck extends CalendlyHealthCheck {

    /** The prefix of every connection check's id; the connection's short id follows. */
    public static final String ID_PREFIX = "calendly-connection-";

    private final CalendlyConnection connection;

    public ConnectionHealthCheck(CalendlyConnection connection) {
        super(ID_PREFIX + connection.id());
        this.connection = connection;
    }

    @Override
    protected void check(HealthCheckResultBuilder builder) {
        ConnectionStatus status = connection.status();
        ConnectionIdentity identity = connection.knownIdentity().orElse(null);
        builder.detail("calendly.connection.id", connection.id());
        builder.detail("calendly.base.url", connection.baseUrl());
        if (connection.tokens() instanceof OAuthSession session) {
            checkOAuth(builder, session, identity);
            return;
        }
        if (identity != null) {
            builder.detail("calendly.user", identity.userUri());
            builder.detail("calendly.organization", identity.organizationUri());
        }
        builder.detail("calendly.connection.state", status.state().name());
        if (status.lastAnswerAt() != null) {
            builder.detail("calendly.last.status", status.lastStatus());
            builder.detail("calendly.last.answer.time", status.lastAnswerAt().toString());
        }
        if (status.state().tokenAccepted()) {
            builder.up();
            return;
        }
        builder.detail(HTTP_RESPONSE_CODE, status.lastStatus());
        builder.message(refusal(status, identity)).down();
    }

    /**
     * An OAuth connection: DOWN while REVOKED (until new tokens are saved for it), UP otherwise; reports its connection id, state, expiry and granted scopes, never a token.
     */
    private void checkOAuth(HealthCheckResultBuilder builder, OAuthSession session, ConnectionIdentity identity) {
        ConnectionState state = session.state();
        ConnectionStatus status = connection.status();
        builder.detail("calendly.oauth.connection.id", session.connectionId());
        builder.detail("calendly.oauth.client.id", session.endpoint().client().clientId());
        if (identity != null) {
            builder.detail("calendly.user", identity.userUri());
            builder.detail("calendly.organization", identity.organizationUri());
        }
        session.accessTokenExpiresAt().ifPresent(at -> builder.detail("calendly.oauth.access.token.expires.at",
                at.toString()));
        session.grantedScopes().ifPresent(scopes -> builder.detail("calendly.oauth.scopes",
                String.join(" ", scopes)));
        builder.detail("calendly.oauth.refresh.count", session.refreshCount());
        if (status.lastAnswerAt() != null) {
            builder.detail("calendly.last.status", status.lastStatus());
            builder.detail("calendly.last.answer.time", status.lastAnswerAt().toString());
        }
        if (state == ConnectionState.REVOKED) {
            builder.detail("calendly.connection.state", state.name());
            builder.message("Calendly OAuth connection '" + session.connectionId() + "' is revoked: "
                            + session.revocationReason().orElse("no reason recorded") + ". It recovers when new"
                            + " tokens are saved for it (calendly:oauth?op=exchangeCode&connectionId="
                            + session.connectionId() + ")").down();
            return;
        }
        // a 401 is either cured by a refresh or ends in REVOKED: an OAuth connection that is not revoked is usable
        builder.detail("calendly.connection.state", state.name());
        builder.up();
    }

    private String refusal(ConnectionStatus status, ConnectionIdentity identity) {
        String who = "Calendly connection " + connection.id()
                     + (identity == null ? "" : " (" + identity.userUri() + ")") + " to " + connection.baseUrl();
        return switch (status.state()) {
            case UNAUTHORIZED -> who + " was refused with HTTP 401 Unauthorized at " + status.lastAnswerAt()
                                 + ": its access token expired or was revoked. Give the calendly component or"
                                 + " endpoint a valid accessToken";
            default -> who + " cannot be used (" + status.state() + ", last HTTP status " + status.lastStatus() + ")";
        };
    }
}
