package io.github.camelcalendly.operation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.CalendlyValidationException;

/**
 * Turns the value a route gave for a parameter into what Calendly expects on the wire, or explains what was wrong.
 * Results are plain Java values Jackson writes as JSON: String, Long, Boolean, List or JsonNode.
 */
public final class ValueConverter {

    private static final DateTimeFormatter UTC_MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    private final ObjectMapper mapper;

    public ValueConverter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Converts {@code value} for parameter {@code p} of {@code op}. References become full URIs under
     * {@code baseUrl}.
     */
    public Object convert(Operation op, Parameter p, Object value, String baseUrl) {
        Object converted = switch (p.type()) {
            case STRING -> reference(p, baseUrl, scalarText(op, p, value));
            case URI -> fullUri(op, p, scalarText(op, p, value));
            case INTEGER -> toLong(op, p, value);
            case BOOLEAN -> toBoolean(op, p, value);
            case DATE_TIME -> toDateTime(op, p, value);
            case DATE -> toDate(op, p, value);
            case STRING_LIST -> toList(op, p, value).stream().map(v -> (Object) reference(p, baseUrl, v)).toList();
            case INTEGER_LIST -> toList(op, p, value).stream().map(v -> (Object) toLong(op, p, v)).toList();
            case JSON_OBJECT, JSON_ARRAY -> toJson(op, p, value);
        };
        checkEnum(op, p, converted);
        return converted;
    }

    private static String reference(Parameter p, String baseUrl, String value) {
        return p.reference() == null ? value : ResourceIdentifiers.toReferenceUri(baseUrl, p.reference(), value);
    }

    private static String fullUri(Operation op, Parameter p, String value) {
        if (!ResourceIdentifiers.isUri(value)) {
            throw invalid(op, p, "must be the full resource URI (a bare UUID such as '" + value
                                 + "' cannot name it); use the uri Calendly returned for it");
        }
        return value;
    }

    private static String scalarText(Operation op, Parameter p, Object value) {
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?>) {
            String text = value.toString();
            if (text.isBlank()) {
                throw invalid(op, p, "is empty");
            }
            return text.trim();
        }
        if (value instanceof JsonNode node && node.isValueNode()) {
            return scalarText(op, p, node.asText());
        }
        throw invalid(op, p, "must be text, got a " + value.getClass().getSimpleName());
    }

    private static Long toLong(Operation op, Parameter p, Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        String text = value instanceof JsonNode node ? node.asText() : String.valueOf(value).trim();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw invalid(op, p, "must be a whole number, got '" + text + "'");
        }
    }

    private static Boolean toBoolean(Operation op, Parameter p, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value instanceof JsonNode node ? node.asText() : String.valueOf(value).trim();
        if ("true".equalsIgnoreCase(text)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(text)) {
            return Boolean.FALSE;
        }
        throw invalid(op, p, "must be true or false, got '" + text + "'");
    }

    private static String toDateTime(Operation op, Parameter p, Object value) {
        Instant instant;
        if (value instanceof Instant i) {
            instant = i;
        } else if (value instanceof OffsetDateTime odt) {
            instant = odt.toInstant();
        } else if (value instanceof ZonedDateTime zdt) {
            instant = zdt.toInstant();
        } else if (value instanceof Date d) {
            instant = d.toInstant();
        } else if (value instanceof Calendar c) {
            instant = c.toInstant();
        } else if (value instanceof LocalDateTime || value instanceof LocalDate) {
            throw invalid(op, p, "needs a time zone: give an Instant, OffsetDateTime or ZonedDateTime, or ISO-8601"
                                 + " text with an offset such as 2026-05-01T09:00:00Z");
        } else {
            instant = parseInstant(op, p, scalarText(op, p, value));
        }
        return UTC_MICROS.format(instant.truncatedTo(ChronoUnit.MICROS));
    }

    private static Instant parseInstant(Operation op, Parameter p, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return ZonedDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e2) {
                throw invalid(op, p, "must be an ISO-8601 date-time with an offset, such as 2026-05-01T09:00:00Z,"
                                     + " got '" + text + "'");
            }
        }
    }

    private static String toDate(Operation op, Parameter p, Object value) {
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof OffsetDateTime || value instanceof ZonedDateTime || value instanceof LocalDateTime) {
            throw invalid(op, p, "takes a date only: give a LocalDate or yyyy-MM-dd text");
        }
        String text = scalarText(op, p, value);
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeParseException e) {
            throw invalid(op, p, "must be a date as yyyy-MM-dd, got '" + text + "'");
        }
    }

    private List<String> toList(Operation op, Parameter p, Object value) {
        List<String> items = new ArrayList<>();
        if (value instanceof CharSequence text) {
            Arrays.stream(text.toString().split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(items::add);
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(v -> items.add(scalarText(op, p, v)));
        } else if (value instanceof Object[] array) {
            Arrays.stream(array).forEach(v -> items.add(scalarText(op, p, v)));
        } else if (value instanceof JsonNode node && node.isArray()) {
            node.forEach(v -> items.add(scalarText(op, p, v)));
        } else {
            items.add(scalarText(op, p, value));
        }
        if (items.isEmpty()) {
            throw invalid(op, p, "is empty");
        }
        return items;
    }

    private JsonNode toJson(Operation op, Parameter p, Object value) {
        JsonNode node = readJson(op, p, value);
        boolean wantsObject = p.type() == ParameterType.JSON_OBJECT;
        if (wantsObject ? !node.isObject() : !node.isArray()) {
            throw invalid(op, p, "must be a JSON " + (wantsObject ? "object" : "array") + ", got "
                                 + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return node;
    }

    private JsonNode readJson(Operation op, Parameter p, Object value) {
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof CharSequence text) {
            try {
                JsonNode node = mapper.readTree(text.toString().trim());
                if (node == null || node.isMissingNode()) {
                    throw invalid(op, p, "must be JSON; the text given is empty");
                }
                return node;
            } catch (JsonProcessingException e) {
                throw invalid(op, p, "must be JSON; the text given is not valid JSON (" + e.getOriginalMessage() + ")");
            }
        }
        try {
            return mapper.valueToTree(value);
        } catch (IllegalArgumentException e) {
            throw invalid(op, p, "cannot be written as JSON: " + e.getMessage());
        }
    }

    private static void checkEnum(Operation op, Parameter p, Object converted) {
        if (p.enumValues().isEmpty()) {
            return;
        }
        Collection<?> values = converted instanceof Collection<?> c ? c : List.of(converted);
        for (Object v : values) {
            if (!p.enumValues().contains(String.valueOf(v))) {
                throw invalid(op, p, "has value '" + v + "', which " + op.id() + " does not accept. Valid values: "
                                     + String.join(", ", p.enumValues()));
            }
        }
    }

    static CalendlyValidationException invalid(Operation op, Parameter p, String problem) {
        return new CalendlyValidationException(op.id(), p.name(),
                "Option '" + p.name() + "' of " + op.id() + " " + problem);
    }
}
