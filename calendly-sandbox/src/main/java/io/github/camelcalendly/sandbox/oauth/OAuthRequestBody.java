package io.github.camelcalendly.sandbox.oauth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.github.camelcalendly.sandbox.http.UrlParts;

/**
 * Reads the parameters of a {@code POST} to the OAuth host. Calendly documents {@code
 * application/x-www-form-urlencoded}; its authorization server also takes the same fields as a JSON object
 * ({@code application/json}), which public integrations rely on, so the sandbox reads both into the same
 * {@link FormParams}. In a JSON body every field must be a string; {@code null} counts as absent (like an empty form
 * value), and a field given twice is refused, as in a form.
 */
final class OAuthRequestBody {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private OAuthRequestBody() {
    }

    /** The parameters of a body sent with {@code contentType}; any other media type is refused. */
    static FormParams parse(String contentType, byte[] body) {
        byte[] bytes = body == null ? new byte[0] : body;
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return switch (mediaType) {
            case "application/x-www-form-urlencoded" ->
                new FormParams(UrlParts.decodeForm(new String(bytes, StandardCharsets.UTF_8)));
            case "application/json" -> json(bytes);
            default -> throw OAuthError.invalidRequest(
                    "The request body must be application/x-www-form-urlencoded or application/json.");
        };
    }

    private static FormParams json(byte[] body) {
        JsonNode node;
        try {
            node = STRICT.readTree(body);
        } catch (JsonProcessingException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Duplicate field")) {
                throw OAuthError.invalidRequest("Parameter " + duplicateName(e) + " must not be repeated.");
            }
            throw OAuthError.invalidRequest("The request body is not valid JSON.");
        } catch (IOException e) {
            throw OAuthError.invalidRequest("The request body could not be read as JSON.");
        }
        if (node == null || !node.isObject()) {
            throw OAuthError.invalidRequest("The JSON request body must be an object of parameters.");
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            if (!value.isTextual()) {
                throw OAuthError.invalidRequest("Parameter " + field.getKey() + " must be a string, not "
                        + value.getNodeType().name().toLowerCase(Locale.ROOT) + ".");
            }
            values.put(field.getKey(), List.of(value.textValue()));
        }
        return new FormParams(values);
    }

    /** The field named in Jackson's duplicate-field message ({@code Duplicate field 'code'}). */
    private static String duplicateName(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int open = message.indexOf('\'');
        int close = message.indexOf('\'', open + 1);
        return open >= 0 && close > open ? message.substring(open + 1, close) : "(unnamed)";
    }
}
