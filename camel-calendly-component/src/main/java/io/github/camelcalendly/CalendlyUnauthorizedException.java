package io.github.camelcalendly;

/**
 * Calendly answered HTTP 401: the token is missing, expired or revoked.
 */
public class CalendlyUnauthorizedException extends CalendlyApiException {

    private static final long serialVersionUID = 1L;

    public CalendlyUnauthorizedException(String message, ErrorInfo info) {
        super(message, info);
    }
}
