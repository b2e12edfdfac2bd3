package io.github.camelcalendly.health;

import io.github.camelcalendly.client.CalendlyConnection;
import io.github.camelcalendly.client.ConnectionStatus;
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
