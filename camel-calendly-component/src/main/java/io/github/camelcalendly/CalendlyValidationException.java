package io.github.camelcalendly;

/**
 * A route asked for something Calendly cannot be sent: a missing or malformed option, an unknown operation, or a
 * destructive action without confirmation. Raised before any HTTP call.
 */
public class CalendlyValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final String option;

    public CalendlyValidationException(String operation, String option, String message) {
        super(message);
        this.operation = operation;
        this.option = option;
    }

    /** The operation as {@code resource/op}. */
    public String getOperation() {
        return operation;
    }

    /** The option that was wrong, or null when the problem is not one option's. */
    public String getOption() {
        return option;
    }
}
