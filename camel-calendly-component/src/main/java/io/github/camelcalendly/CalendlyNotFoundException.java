package io.github.camelcalendly;

/**
 * Calendly answered HTTP 404: the resource does not exist or is not visible to this token.
 */
public class CalendlyNotFoundException extends CalendlyApiException {

    private static final long serialVersionUID = 1L;

    public CalendlyNotFoundException(String message, ErrorInfo info) {
        super(message, info);
    }
}
