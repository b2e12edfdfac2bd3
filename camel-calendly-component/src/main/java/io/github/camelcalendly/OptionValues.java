package io.github.camelcalendly;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.Parameter;
import org.apache.camel.Message;

/**
 * The option values one exchange runs with: the endpoint's options, with {@code CamelCalendly.<option>} headers laid
 * over them. Security options (accessToken, baseUrl, confirmDestructive) never come from headers.
 */
final class OptionValues {

    static final String URI = "uri";
    static final String PAGINATE = "paginate";
    static final String MAX_RESULTS = "maxResults";
    static final String STREAMING = "streaming";
    static final String METHOD = "method";

    private OptionValues() {
    }

    /**
     * The request options an exchange's {@code CamelCalendly.<option>} headers set for {@code op}, plus {@code uri};
     * they are laid over the endpoint's own.
     */
    static Map<String, Object> headerOptions(Operation op, Message message) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Parameter p : op.parameters()) {
            Object value = header(message, p.name(), null);
            if (value != null) {
                values.put(p.name(), value);
            }
        }
        Object uri = header(message, URI, null);
        if (uri != null) {
            values.put(URI, uri);
        }
        return values;
    }

    /** The exchange's CamelCalendlyConnectionId, or null; a blank one is refused. */
    static String connectionId(Operation op, Message message) {
        Object value = message.getHeader(CalendlyConstants.CONNECTION_ID);
        if (value == null) {
            return null;
        }
        String id = value.toString();
        if (id.isBlank()) {
            throw new CalendlyValidationException(op.id(), CalendlyConstants.CONNECTION_ID, "Header "
                    + CalendlyConstants.CONNECTION_ID + " is blank: name the OAuth connection the exchange acts for,"
                    + " or remove the header to use the endpoint's");
        }
        return id;
    }

    static boolean paginate(Operation op, CalendlyRequestOptions config, Message message) {
        return toBoolean(op, PAGINATE, header(message, PAGINATE, config.isPaginate()));
    }

    static boolean streaming(Operation op, CalendlyRequestOptions config, Message message) {
        return toBoolean(op, STREAMING, header(message, STREAMING, config.isStreaming()));
    }

    static long maxResults(Operation op, CalendlyRequestOptions config, Message message) {
        Object value = header(message, MAX_RESULTS, config.getMaxResults());
        try {
            long max = value instanceof Number n ? n.longValue() : Long.parseLong(value.toString().trim());
            if (max < 0) {
                throw new NumberFormatException();
            }
            return max;
        } catch (NumberFormatException e) {
            throw new CalendlyValidationException(op.id(), MAX_RESULTS,
                    "Option 'maxResults' of " + op.id() + " must be a whole number of 0 or more, got '" + value + "'");
        }
    }

    static String method(CalendlyRequestOptions config, Message message) {
        Object value = header(message, METHOD, config.getMethod());
        return value == null ? null : value.toString();
    }

    /** The header {@code CamelCalendly.<option>} if set, else {@code fallback}. */
    static Object header(Message message, String option, Object fallback) {
        Object value = message.getHeader(CalendlyConstants.OPTION_HEADER_PREFIX + option);
        return value != null ? value : fallback;
    }

    private static boolean toBoolean(Operation op, String option, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        String text = String.valueOf(value).trim();
        if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
            return Boolean.parseBoolean(text);
        }
        throw new CalendlyValidationException(op.id(), option,
                "Option '" + option + "' of " + op.id() + " must be true or false, got '" + value + "'");
    }
}
