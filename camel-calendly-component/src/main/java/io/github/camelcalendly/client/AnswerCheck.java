package io.github.camelcalendly.client;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.CalendlyApiException;
import io.github.camelcalendly.operation.AnswerShape;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.ResolvedRequest;

/**
 * Reads a successful (2xx) answer and checks it is what the operation promises ({@link AnswerShape}): JSON that
 * parses whole within the mapper's limits, and holds the {@code resource} object or {@code collection} array of
 * objects the operation answers with; only a 204 stands for "no body". Anything else fails with a
 * {@link CalendlyApiException} naming the operation, the request, the status and what was wrong, with the start of
 * the body; it never hands a route a String, null or empty list in place of Calendly's data.
 * <p>
 * The answer is parsed once, straight into the Maps, Lists and values a route gets; a response that was read already
 * ({@link CalendlyResponse#checked()}) against the same shape is not parsed again.
 * <p>
 * Raw requests take any answer: JSON when the content type says JSON or is missing (a body that does not parse
 * fails), the text as it came when the content type is another one, and null for 204 or an empty body without a
 * JSON content type.
 */
public final class AnswerCheck {

    private static final int EXCERPT_CHARS = 200;

    private final Operation operation;
    private final String method;
    private final String path;
    private final ObjectMapper mapper;

    /**
     * @param operation the operation answered
     * @param method    the HTTP method sent
     * @param path      the request path, without query string, as messages name it
     * @param mapper    the mapper that parses the answer, with its read limits
     */
    public AnswerCheck(Operation operation, String method, String path, ObjectMapper mapper) {
        this.operation = operation;
        this.method = method;
        this.path = path;
        this.mapper = mapper;
    }

    /** The check of the answer to {@code request}. */
    public static AnswerCheck of(ResolvedRequest request, ObjectMapper mapper) {
        return new AnswerCheck(request.operation(), request.method(), pathOf(request.path()), mapper);
    }

    /**
     * The answer's JSON, checked against {@code expected}.
     *
     * @return the parsed JSON (a Map for an object, a List for an array, a String, Number or Boolean); null when the
     *         answer rightly has no body; for a raw request, the text of a body of a non-JSON content type
     * @throws CalendlyApiException when the answer is not of the shape expected
     */
    public Object read(CalendlyResponse response, AnswerShape expected) {
        CheckedAnswer done = response.checked();
        if (done != null && done.shape() == expected) {
            return done.value();
        }
        return switch (expected) {
            case ANY -> readAny(response);
            case RESOURCE, COLLECTION, OBJECT, NO_CONTENT -> readObject(response, expected);
            case NONE -> throw new IllegalStateException(operation.id() + " sends nothing to Calendly, so it has no"
                                                         + " answer to read");
        };
    }

    /** The response with its answer read and checked against {@code expected}, so that it is not parsed again. */
    public CalendlyResponse checked(CalendlyResponse response, AnswerShape expected) {
        return response.withChecked(new CheckedAnswer(expected, read(response, expected)));
    }

    private Object readAny(CalendlyResponse response) {
        if (response.statusCode() == 204) {
            return null;
        }
        String type = response.headers().get(CalendlyResponse.CONTENT_TYPE);
        if (type != null && !isJson(type)) {
            return response.hasBody() ? response.bodyText() : null;
        }
        if (!response.hasBody()) {
            if (type == null) {
                return null;
            }
            throw failure(response, "with an empty body, though its content type " + type + " announces JSON", null);
        }
        return parse(response);
    }

    private Object readObject(CalendlyResponse response, AnswerShape expected) {
        if (response.statusCode() == 204) {
            if (expected == AnswerShape.NO_CONTENT) {
                return null;
            }
            throw failure(response, "without a body, but " + operation.id() + " answers with "
                                    + expected.description(), null);
        }
        if (!response.hasBody()) {
            throw failure(response, "with an empty body, but " + operation.id() + (expected == AnswerShape.NO_CONTENT
                    ? " answers 204 when it has no body" : " answers with " + expected.description()), null);
        }
        if (!startsAsJsonObject(response)) {
            // a proxy's or portal's page must not flow into the route as if it were Calendly's data
            String type = response.headers().getOrDefault(CalendlyResponse.CONTENT_TYPE, "no content type");
            throw failure(response, "with a body that is not a JSON object (" + type + "): " + excerpt(response)
                                    + ". Check baseUrl and any proxy between this route and Calendly",
                    excerpt(response));
        }
        // a body that starts with '{' and parses whole is an object
        Map<?, ?> root = (Map<?, ?>) parse(response);
        if (expected == AnswerShape.RESOURCE) {
            requireMember(response, root, "resource", "object", Map.class);
        } else if (expected == AnswerShape.COLLECTION) {
            requireMember(response, root, "collection", "array", List.class);
            requireObjectItems(response, (List<?>) root.get("collection"));
        }
        return root;
    }

    /** The answer has member {@code name}, and it is an object or array as {@code type} tells. */
    private void requireMember(CalendlyResponse response, Map<?, ?> root, String name, String noun, Class<?> type) {
        if (!root.containsKey(name)) {
            throw failure(response, "without the \"" + name + "\" " + noun + " " + operation.id() + " answers with: "
                                    + excerpt(response), excerpt(response));
        }
        Object member = root.get(name);
        if (!type.isInstance(member)) {
            throw failure(response, "with a body whose \"" + name + "\" is " + kindOf(member) + ", not an " + noun
                                    + ": " + excerpt(response), excerpt(response));
        }
    }

    private void requireObjectItems(CalendlyResponse response, List<?> collection) {
        int index = 0;
        for (Object item : collection) {
            if (!(item instanceof Map)) {
                throw failure(response, "with a body whose item " + index + " of \"collection\" is " + kindOf(item)
                                        + ", not an object: " + excerpt(response), excerpt(response));
            }
            index++;
        }
    }

    private Object parse(CalendlyResponse response) {
        try {
            // the parser checks the document length only when it reads from a stream: check it here for the bytes
            mapper.getFactory().streamReadConstraints().validateDocumentLength(response.body().length);
            return mapper.readerFor(Object.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readValue(response.body());
        } catch (StreamConstraintsException e) {
            throw notValidJson(response, "It exceeds a limit set for Calendly answers: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw notValidJson(response, null);
        }
    }

    private CalendlyApiException notValidJson(CalendlyResponse response, String why) {
        String excerpt = excerpt(response);
        return failure(response, "with a body that is not valid JSON: " + excerpt + (why == null ? "" : ". " + why),
                excerpt);
    }

    private CalendlyApiException failure(CalendlyResponse response, String what, String excerpt) {
        CalendlyApiException.ErrorInfo info = new CalendlyApiException.ErrorInfo(response.statusCode(), null, excerpt,
                List.of(), List.of(), operation.id(), method, path, response.attempts() > 1, response.headers());
        return new CalendlyApiException("Calendly " + operation.id() + " (" + method + " " + path + ") answered HTTP "
                                        + response.statusCode() + " " + what, info);
    }

    private static boolean startsAsJsonObject(CalendlyResponse response) {
        for (byte b : response.body()) {
            if (!Character.isWhitespace(b)) {
                return b == '{';
            }
        }
        return false;
    }

    /** {@code application/json}, or any {@code +json} type such as {@code application/problem+json}. */
    private static boolean isJson(String contentType) {
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.endsWith("+json");
    }

    /** What a parsed JSON value is, as messages name it. */
    private static String kindOf(Object value) {
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        return "null";
    }

    /** The start of the body on one line, decoding no more of it than the excerpt needs. */
    private static String excerpt(CalendlyResponse response) {
        byte[] body = response.body();
        int decoded = Math.min(body.length, EXCERPT_CHARS * 4);
        String start = new String(body, 0, decoded, StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
        if (start.length() > EXCERPT_CHARS) {
            return start.substring(0, EXCERPT_CHARS) + "...";
        }
        return decoded < body.length ? start + "..." : start;
    }

    private static String pathOf(String requestPath) {
        if (requestPath.startsWith("/")) {
            return requestPath;
        }
        try {
            return URI.create(requestPath).getRawPath();
        } catch (IllegalArgumentException e) {
            return requestPath;
        }
    }
}
