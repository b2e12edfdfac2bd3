package io.github.camelcalendly;

/**
 * Calendly answered HTTP 409: the resource already exists.
 */
public class CalendlyConflictException extends CalendlyApiException {

    private static final long serialVersionUID = 1L;

    public CalendlyConflictException(String message, ErrorInfo info) {
        super(message, info);
    }
}
