package io.github.camelcalendly.validation;

import java.util.Map;
import java.util.Set;

import io.github.camelcalendly.CalendlyValidationException;
import io.github.camelcalendly.operation.OptionCatalog;
import io.github.camelcalendly.operation.ParameterType;

/**
 * Camel binds text such as {@code ten} to a whole-number option as 0 (it reads it as a time pattern); a Calendly
 * option given that way must fail instead, naming the option.
 */
public final class WholeNumberOptions {

    /** Whole-number options that are not request options of an operation. */
    private static final Set<String> OWN = Set.of("maxResults", "maxRetries", "requestsPerMinute",
            "maxMessagesPerPoll");

    private WholeNumberOptions() {
    }

    /**
     * Checks the URI options before Camel binds them.
     *
     * @throws CalendlyValidationException naming the first whole-number option whose value is not a whole number
     */
    public static void check(Map<String, Object> parameters) {
        for (Map.Entry<String, Object> e : parameters.entrySet()) {
            boolean wholeNumber = OWN.contains(e.getKey()) || OptionCatalog.find(e.getKey())
                    .map(def -> def.type() == ParameterType.INTEGER).orElse(false);
            if (wholeNumber && e.getValue() instanceof String text && !text.trim().matches("-?\\d+")
                    && !text.trim().startsWith("{{")) {
                throw new CalendlyValidationException(null, e.getKey(),
                        "Option '" + e.getKey() + "' must be a whole number, got '" + text + "'");
            }
        }
    }
}
