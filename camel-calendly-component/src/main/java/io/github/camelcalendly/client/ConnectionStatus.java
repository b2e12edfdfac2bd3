package io.github.camelcalendly.client;

import java.time.Instant;

/**
 * Where a connection stands after its last answer from Calendly. Immutable; carries no token.
 *
 * @param state        what the last answer says about the token
 * @param lastStatus   the HTTP status of the last answer, or 0 before the first
 * @param lastAnswerAt when the last answer arrived, or null before the first
 */
public record ConnectionStatus(ConnectionState state, int lastStatus, Instant lastAnswerAt) {

    /** A connection that has not been answered yet. */
    public static final ConnectionStatus NOT_USED_YET = new ConnectionStatus(ConnectionState.NOT_USED_YET, 0, null);

    /** The status after Calendly answered {@code httpStatus} at {@code at}. */
    public static ConnectionStatus answered(int httpStatus, Instant at) {
        return new ConnectionStatus(httpStatus == 401 ? ConnectionState.UNAUTHORIZED : ConnectionState.ACTIVE,
                httpStatus, at);
    }
}
