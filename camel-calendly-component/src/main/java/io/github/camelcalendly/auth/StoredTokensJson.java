package io.github.camelcalendly.auth;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON object the token stores write one connection's {@link StoredTokens} as ({@code accessToken},
 * {@code refreshToken}, {@code expiresAt}, {@code scopes}, {@code owner}, {@code organization}), and its strict
 * reading. A store reports what is wrong with a stored object through its own exception, which names the connection
 * and where the tokens were found; no message quotes a stored value.
 */
public final class StoredTokensJson {

    private StoredTokensJson() {
    }

    /** The JSON object of {@code tokens}. */
    public static ObjectNode write(StoredTokens tokens) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("accessToken", tokens.accessToken());
        node.put("refreshToken", tokens.refreshToken());
        node.put("expiresAt", tokens.expiresAt() == null ? null : tokens.expiresAt().toString());
        ArrayNode scopes = node.putArray("scopes");
        tokens.scopes().forEach(scopes::add);
        node.put("owner", tokens.owner());
        node.put("organization", tokens.organization());
        return node;
    }

    /**
     * The tokens a JSON object holds.
     *
     * @param node    the object
     * @param problem makes the store's exception from what is wrong, phrased to follow "the tokens ..." as in
     *                {@code has "scopes" that are not an array}
     */
    public static StoredTokens read(JsonNode node, Function<String, TokenStoreException> problem) {
        if (node == null || !node.isObject()) {
            throw problem.apply("has no tokens object");
        }
        String accessToken = text(node, "accessToken", problem);
        String refreshToken = text(node, "refreshToken", problem);
        Instant expiresAt = instant(text(node, "expiresAt", problem), problem);
        List<String> scopes = new ArrayList<>();
        JsonNode scopeNodes = node.path("scopes");
        if (!scopeNodes.isMissingNode() && !scopeNodes.isNull()) {
            if (!scopeNodes.isArray()) {
                throw problem.apply("has \"scopes\" that are not an array");
            }
            for (JsonNode scope : scopeNodes) {
                if (!scope.isTextual()) {
                    throw problem.apply("has a scope that is not text");
                }
                scopes.add(scope.textValue());
            }
        }
        if (accessToken == null && refreshToken == null) {
            throw problem.apply("has neither an access token nor a refresh token");
        }
        return new StoredTokens(accessToken, refreshToken, expiresAt, scopes, text(node, "owner", problem),
                text(node, "organization", problem));
    }

    private static String text(JsonNode node, String field, Function<String, TokenStoreException> problem) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw problem.apply("has \"" + field + "\" that is not text");
        }
        return value.textValue();
    }

    private static Instant instant(String text, Function<String, TokenStoreException> problem) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            // Not chained: the parser's message quotes the text.
            throw problem.apply("has an \"expiresAt\" that is not an ISO-8601 instant such as 2026-03-01T10:00:00Z");
        }
    }
}
