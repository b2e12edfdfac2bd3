package io.github.camelcalendly;

import java.util.List;
import java.util.Map;

/**
 * An OAuth connection can no longer get access tokens: Calendly refused its refresh token ({@code invalid_grant}:
 * already used, or the user disconnected the app), or refused a token it had just issued. Every call through the
 * connection fails with this at once, without calling Calendly, until new tokens are saved for its connection id:
 * send the user through {@code calendly:oauth?op=authorizeUrl} and {@code op=exchangeCode} again.
 */
public class CalendlyConnectionRevokedException extends CalendlyUnauthorizedException {

    private static final long serialVersionUID = 1L;

    private final String connectionId;

    /**
     * @param connectionId the connection's id
     * @param operation    the operation that found the connection revoked, as {@code resource/op}
     * @param reason       why the connection is revoked, without any token
     * @param statusCode   the HTTP status Calendly answered when it was revoked (400 for invalid_grant, 401)
     * @param title        the OAuth error code Calendly gave, or null
     */
    public CalendlyConnectionRevokedException(
            String connectionId, String operation, String reason, int statusCode, String title) {
        super("Calendly connection '" + connectionId + "' is revoked: " + reason + ". Calls through it fail until"
              + " the user authorizes the app again: send them to the URL of calendly:oauth?op=authorizeUrl and"
              + " exchange the code with calendly:oauth?op=exchangeCode&connectionId=" + connectionId
              + " (or save new tokens for '" + connectionId + "' in the token store)",
              new ErrorInfo(statusCode, title, reason, List.of(), List.of(), operation, null, null, false, Map.of()));
        this.connectionId = connectionId;
    }

    /** The id of the revoked connection. */
    public String getConnectionId() {
        return connectionId;
    }
}
