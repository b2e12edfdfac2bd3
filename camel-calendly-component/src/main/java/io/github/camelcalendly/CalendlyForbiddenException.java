package io.github.camelcalendly;

/**
 * Calendly answered HTTP 403: the token lacks a scope, the user lacks a role, or the plan does not include the feature.
 */
public class CalendlyForbiddenException extends CalendlyApiException {

    private static final long serialVersionUID = 1L;

    public CalendlyForbiddenException(String message, ErrorInfo info) {
        super(message, info);
    }
}
