package io.github.camelcalendly.oauth;

/**
 * A {@link PendingAuthorizationStore} could not remember or hand out an authorization request: its database failed,
 * or what it holds was changed behind its back. The message names the store and what failed, never a state or a code
 * verifier.
 */
public class PendingAuthorizationStoreException extends RuntimeException {

    public PendingAuthorizationStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public PendingAuthorizationStoreException(String message) {
        super(message);
    }
}
