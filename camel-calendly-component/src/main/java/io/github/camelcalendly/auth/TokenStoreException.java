package io.github.camelcalendly.auth;

/**
 * A {@link TokenStore} could not read or write a connection's tokens. The message names the connection id and what
 * failed, never a token.
 */
public class TokenStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TokenStoreException(String message) {
        super(message);
    }

    public TokenStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
