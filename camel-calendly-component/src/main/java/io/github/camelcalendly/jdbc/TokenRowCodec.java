package io.github.camelcalendly.jdbc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.AEADBadTagException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcalendly.auth.StoredTokens;
import io.github.camelcalendly.auth.TokenEncryption;
import io.github.camelcalendly.auth.TokenStoreException;

/**
 * Turns one connection's {@link StoredTokens} into the columns of its row in a {@link JdbcTokenStore} table and back:
 * the tokens as JSON, sealed with AES-GCM when the store has a key (the connection id is the associated data, so a
 * row copied to another id does not open), and the SHA-256 of the refresh token that a rotation compares. Every
 * failure to read a row names the connection id, the table and the case, never the row's content.
 */
final class TokenRowCodec {

    static final String PLAIN = "none";
    static final String AES_GCM = "AES-GCM";

    private static final String FORMAT = "camel-calendly-token-row";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** The columns of one row (besides its id and its time of writing). */
    record Row(String encryption, String keyId, String tokens, String refreshTokenSha256) {
    }

    private final TokenEncryption encryption;
    private final String table;

    /**
     * @param encryption the key to seal tokens with, or null to keep them as plain JSON
     * @param table      the table's name, for messages
     */
    TokenRowCodec(TokenEncryption encryption, String table) {
        this.encryption = encryption;
        this.table = table;
    }

    boolean encrypted() {
        return encryption != null;
    }

    Row encode(String connectionId, StoredTokens tokens) {
        byte[] json = json(tokens);
        if (encryption == null) {
            return new Row(PLAIN, null, new String(json, StandardCharsets.UTF_8), sha256(tokens.refreshToken()));
        }
        return new Row(AES_GCM, encryption.keyId(), encryption.seal(json, associatedData(connectionId)),
                sha256(tokens.refreshToken()));
    }

    StoredTokens decode(String connectionId, Row row) {
        if (PLAIN.equals(row.encryption())) {
            if (encryption != null) {
                throw problem(connectionId, "are in plain text, but this store has a key and reads only encrypted"
                                            + " rows; read them with a JdbcTokenStore without a key, or delete the"
                                            + " row and authorize again");
            }
            return tokens(connectionId, row.tokens().getBytes(StandardCharsets.UTF_8));
        }
        if (!AES_GCM.equals(row.encryption())) {
            throw problem(connectionId, "name an encryption this version of the component does not know (it knows '"
                                        + PLAIN + "' and '" + AES_GCM + "')");
        }
        if (encryption == null) {
            throw problem(connectionId, "are encrypted, but this store has no key; give it the key they were"
                                        + " written with");
        }
        if (!encryption.keyId().equals(row.keyId())) {
            throw problem(connectionId, "were encrypted under another key than this store's");
        }
        try {
            return tokens(connectionId, encryption.open(row.tokens(), associatedData(connectionId)));
        } catch (IllegalArgumentException e) {
            throw problem(connectionId, "are damaged: " + e.getMessage());
        } catch (AEADBadTagException e) {
            throw new TokenStoreException(prefix(connectionId) + "failed their integrity check: the row was altered,"
                                          + " or copied from another connection id", e);
        }
    }

    /** The hex SHA-256 of {@code refreshToken}, or null for none. */
    static String sha256(String refreshToken) {
        if (refreshToken == null) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(refreshToken.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-256", e);
        }
    }

    private static byte[] json(StoredTokens tokens) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("accessToken", tokens.accessToken());
        node.put("refreshToken", tokens.refreshToken());
        node.put("expiresAt", tokens.expiresAt() == null ? null : tokens.expiresAt().toString());
        ArrayNode scopes = node.putArray("scopes");
        tokens.scopes().forEach(scopes::add);
        node.put("owner", tokens.owner());
        node.put("organization", tokens.organization());
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree of texts could not be written", e);
        }
    }

    private StoredTokens tokens(String connectionId, byte[] json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (IOException e) {
            // Not chained: the parser's message quotes the text around the error, which may be a token.
            throw problem(connectionId, "are not JSON");
        }
        if (node == null || !node.isObject()) {
            throw problem(connectionId, "are not a JSON object");
        }
        String access = text(connectionId, node, "accessToken");
        String refresh = text(connectionId, node, "refreshToken");
        if (access == null && refresh == null) {
            throw problem(connectionId, "hold neither an access token nor a refresh token");
        }
        List<String> scopes = new ArrayList<>();
        for (JsonNode scope : node.path("scopes")) {
            scopes.add(scope.asText());
        }
        return new StoredTokens(access, refresh, instant(connectionId, text(connectionId, node, "expiresAt")), scopes,
                text(connectionId, node, "owner"), text(connectionId, node, "organization"));
    }

    private String text(String connectionId, JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw problem(connectionId, "have \"" + field + "\" that is not text");
        }
        return value.textValue();
    }

    private Instant instant(String connectionId, String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            // Not chained: the parser's message quotes the text.
            throw problem(connectionId, "have an \"expiresAt\" that is not an ISO-8601 instant");
        }
    }

    private static byte[] associatedData(String connectionId) {
        return (FORMAT + "\n1\n" + connectionId).getBytes(StandardCharsets.UTF_8);
    }

    private TokenStoreException problem(String connectionId, String what) {
        return new TokenStoreException(prefix(connectionId) + what);
    }

    private String prefix(String connectionId) {
        return "The tokens of connection '" + connectionId + "' in table " + table + " ";
    }
}
