package io.github.camelcalendly.jdbc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.AEADBadTagException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.camelcalendly.auth.StoredTokens;
import io.github.camelcalendly.auth.StoredTokensJson;
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
                throw problem(connectionId, "is in plain text, but this store has a key and reads only encrypted"
                                            + " rows; read it with a JdbcTokenStore without a key, or delete the"
                                            + " row and authorize again");
            }
            return tokens(connectionId, row.tokens().getBytes(StandardCharsets.UTF_8));
        }
        if (!AES_GCM.equals(row.encryption())) {
            throw problem(connectionId, "names an encryption this version of the component does not know (it knows '"
                                        + PLAIN + "' and '" + AES_GCM + "')");
        }
        if (encryption == null) {
            throw problem(connectionId, "is encrypted, but this store has no key; give the store the key it was"
                                        + " written with");
        }
        if (!encryption.keyId().equals(row.keyId())) {
            throw problem(connectionId, "was encrypted under another key than this store's");
        }
        try {
            return tokens(connectionId, encryption.open(row.tokens(), associatedData(connectionId)));
        } catch (IllegalArgumentException e) {
            throw problem(connectionId, "is damaged: " + e.getMessage());
        } catch (AEADBadTagException e) {
            throw new TokenStoreException(prefix(connectionId) + "failed its integrity check: it was altered,"
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
        try {
            return MAPPER.writeValueAsBytes(StoredTokensJson.write(tokens));
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
            throw problem(connectionId, "is not JSON");
        }
        if (node == null || !node.isObject()) {
            throw problem(connectionId, "is not a JSON object");
        }
        return StoredTokensJson.read(node, what -> problem(connectionId, what));
    }

    private static byte[] associatedData(String connectionId) {
        return (FORMAT + "\n1\n" + connectionId).getBytes(StandardCharsets.UTF_8);
    }

    private TokenStoreException problem(String connectionId, String what) {
        return new TokenStoreException(prefix(connectionId) + what);
    }

    private String prefix(String connectionId) {
        return "The token row of connection '" + connectionId + "' in table " + table + " ";
    }
}
