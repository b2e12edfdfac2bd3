package io.github.camelcalendly.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import javax.crypto.AEADBadTagException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns one connection's {@link StoredTokens} into the bytes of its token file and back, in plain JSON or, with a
 * {@link TokenCipher}, with the tokens sealed by AES-GCM. Every file is a JSON object that says what it is:
 *
 * <pre>
 * {
 *   "format" : "camel-calendly-tokens",
 *   "version" : 1,
 *   "encryption" : "none",
 *   "connectionId" : "https://api.calendly.com/users/ABC",
 *   "tokens" : { "accessToken" : "...", "refreshToken" : "...", "expiresAt" : "2026-03-01T10:00:00Z",
 *                "scopes" : [ "..." ], "owner" : "...", "organization" : "..." }
 * }
 * </pre>
 *
 * An encrypted file has {@code "encryption" : "AES-GCM"}, the {@code keyId} of its key, the Base64 {@code iv}, and
 * {@code tokens} as Base64 text: the same tokens object, encrypted with the format, version and connection id as
 * associated data. Reading checks each of these in turn, so that every failure says which case it is; no message
 * quotes the file's content.
 */
final class TokenFileCodec {

    static final String FORMAT = "camel-calendly-tokens";
    static final int VERSION = 1;
    static final String PLAIN = "none";
    static final String AES_GCM = "AES-GCM";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** The cipher of an encrypted store, or null for plain files. */
    private final TokenCipher cipher;

    TokenFileCodec(TokenCipher cipher) {
        this.cipher = cipher;
    }

    boolean encrypted() {
        return cipher != null;
    }

    /** The whole file content for {@code tokens} of {@code connectionId}. */
    byte[] encode(String connectionId, StoredTokens tokens) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("encryption", cipher == null ? PLAIN : AES_GCM);
        root.put("connectionId", connectionId);
        ObjectNode body = StoredTokensJson.write(tokens);
        if (cipher == null) {
            root.set("tokens", body);
        } else {
            TokenCipher.Sealed sealed = cipher.seal(bytes(body), associatedData(connectionId));
            root.put("keyId", cipher.keyId());
            root.put("iv", Base64.getEncoder().encodeToString(sealed.iv()));
            root.put("tokens", Base64.getEncoder().encodeToString(sealed.ciphertext()));
        }
        return bytes(root);
    }

    /**
     * The tokens in {@code content}, the file {@code file} kept for {@code connectionId}.
     *
     * @throws TokenStoreException when the content is not a token file of this connection that this store can read;
     *                             the message names the connection id, the file and the case
     */
    StoredTokens decode(String connectionId, Path file, byte[] content) {
        Problems problems = new Problems(connectionId, file);
        JsonNode root = parse(content, problems, "is not JSON");
        if (!root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw problems.of("is not a camel-calendly token file (no \"format\": \"" + FORMAT + "\")");
        }
        JsonNode version = root.path("version");
        if (!version.isNumber()) {
            throw problems.of("has no format version");
        }
        if (!version.isInt() || version.intValue() != VERSION) {
            throw problems.of("has format version " + version.asText() + "; this version of the component reads"
                              + " version " + VERSION);
        }
        JsonNode storedId = root.path("connectionId");
        if (!storedId.isTextual()) {
            throw problems.of("names no connection id");
        }
        if (!connectionId.equals(storedId.textValue())) {
            throw problems.of("holds the tokens of another connection id: it was copied or renamed from another"
                              + " connection's file");
        }
        String encryption = root.path("encryption").asText("");
        if (PLAIN.equals(encryption)) {
            if (cipher != null) {
                throw problems.of("is in plain text, but this store has a key and reads only encrypted files;"
                                  + " read it with a FileTokenStore without a key, or delete it and authorize again");
            }
            return tokensOf(root.path("tokens"), problems);
        }
        if (AES_GCM.equals(encryption)) {
            if (cipher == null) {
                throw problems.of("is encrypted, but this store has no key; create it with the key the file was"
                                  + " written with (FileTokenStore.encrypted)");
            }
            return tokensOf(open(root, connectionId, problems), problems);
        }
        throw problems.of("names an encryption this version of the component does not know (it knows \"" + PLAIN
                          + "\" and \"" + AES_GCM + "\")");
    }

    private JsonNode open(JsonNode root, String connectionId, Problems problems) {
        if (!cipher.keyId().equals(root.path("keyId").asText(null))) {
            throw problems.of("was encrypted under another key than this store's");
        }
        byte[] iv = base64(root.path("iv"), "iv", problems);
        if (iv.length != TokenCipher.IV_BYTES) {
            throw problems.of("has an iv of " + iv.length + " bytes instead of " + TokenCipher.IV_BYTES);
        }
        byte[] sealed = base64(root.path("tokens"), "tokens", problems);
        byte[] plain;
        try {
            plain = cipher.open(new TokenCipher.Sealed(iv, sealed), associatedData(connectionId));
        } catch (AEADBadTagException e) {
            throw problems.of("failed its integrity check: it was altered or damaged after it was written", e);
        }
        return parse(plain, problems, "decrypts to something that is not JSON");
    }

    private static StoredTokens tokensOf(JsonNode node, Problems problems) {
        if (!node.isObject()) {
            throw problems.of("has no \"tokens\" object");
        }
        return StoredTokensJson.read(node, problems::of);
    }

    /** The format, its version and the connection id: a file opens only as the connection it was written for. */
    private static byte[] associatedData(String connectionId) {
        return (FORMAT + "\n" + VERSION + "\n" + connectionId).getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode parse(byte[] content, Problems problems, String notJson) {
        try {
            JsonNode node = MAPPER.readTree(content);
            if (node == null || node.isMissingNode()) {
                throw problems.of("is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            // Not chained: the parser's message quotes the text around the error, which may be a token.
            JsonLocation at = e.getLocation();
            throw problems.of(notJson + (at == null ? "" : " (line " + at.getLineNr() + ", column "
                                                           + at.getColumnNr() + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a byte array does no I/O
        }
    }

    private static byte[] base64(JsonNode node, String field, Problems problems) {
        if (!node.isTextual()) {
            throw problems.of("has no \"" + field + "\" text");
        }
        try {
            return Base64.getDecoder().decode(node.textValue());
        } catch (IllegalArgumentException e) {
            // Not chained: the decoder's message quotes a character of the content.
            throw problems.of("has \"" + field + "\" that is not Base64");
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree of texts could not be written", e);
        }
    }

    /** Builds the exceptions of one read, all naming the connection and the file. */
    private record Problems(String connectionId, Path file) {

        TokenStoreException of(String problem) {
            return new TokenStoreException(prefix() + problem);
        }

        TokenStoreException of(String problem, Throwable cause) {
            return new TokenStoreException(prefix() + problem, cause);
        }

        private String prefix() {
            return "The token file of connection '" + connectionId + "' (" + file + ") ";
        }
    }
}
