package io.github.camelcalendly.client;

/**
 * What a connection's last answer from Calendly says about its token. Connections of other kinds add their own
 * states here (an OAuth connection whose refresh token was revoked, for one); {@link #tokenAccepted()} says which
 * states leave the connection usable.
 */
public enum ConnectionState {

    /** No call has been answered yet. */
    NOT_USED_YET(true),

    /** Calendly's last answer was not a 401: the token was accepted. */
    ACTIVE(true),

    /** Calendly's last answer was 401 Unauthorized: the token is missing, expired or revoked. */
    UNAUTHORIZED(false),

    /**
     * An OAuth connection whose grant Calendly revoked (its refresh token was refused with invalid_grant, or a token
     * it had just issued was refused): it stays so until new tokens are saved for it.
     */
    REVOKED(false);

    private final boolean tokenAccepted;

    ConnectionState(boolean tokenAccepted) {
        this.tokenAccepted = tokenAccepted;
    }

    /** False when calls through the connection cannot succeed until its token is replaced. */
    public boolean tokenAccepted() {
        return tokenAccepted;
    }
}
