package io.github.camelcalendly.catalog.kaoto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The files of a Kaoto catalog library: JSON indented with tabs, {@code " : "} between a name and its value and no
 * final line end, as Kaoto writes them; numbers kept as written. A catalog file is named after its content: its
 * name ends with {@code -<hash>.json}, the CRC-32 of its bytes in hexadecimal, so that a changed file gets a new name
 * and no cache serves the old one.
 */
final class KaotoJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("\t", "\n"))
            .withArrayIndenter(new DefaultIndenter("\t", "\n")));
    /** A name Kaoto gave after the content: {@code <base>-<hash>.<extension>}. */
    private static final Pattern HASHED_NAME = Pattern.compile("(.+)-[0-9a-f]{5,32}(\\.[A-Za-z]+)");
    private static final Pattern PLAIN_NAME = Pattern.compile("(.+?)(\\.[A-Za-z]+)?");

    private KaotoJson() {
    }

    /** The JSON object in {@code file}; {@code what} says what it is, for the error naming a missing or bad file. */
    static ObjectNode readObject(Path file, String what) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new KaotoLibraryException(what + ": " + file + " does not exist");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new KaotoLibraryException(what + ": " + file + " is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new KaotoLibraryException(what + ": " + file + " is not a JSON object");
        }
        return (ObjectNode) node;
    }

    /** {@code node} as Kaoto writes its catalog files. */
    static byte[] bytes(JsonNode node) {
        try {
            return WRITER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON", e);
        }
    }

    /** The CRC-32 of {@code content} in hexadecimal, as Kaoto puts it into the names of its catalog files. */
    static String hash(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return Long.toHexString(crc.getValue());
    }

    /**
     * The name of a file that replaces {@code fileName} with {@code content}: the same base name with the hash of the
     * new content ({@code camel-catalog-aggregate-components-2c1f3171.json} becomes
     * {@code camel-catalog-aggregate-components-<hash>.json}, {@code index.json} becomes {@code index-<hash>.json}).
     */
    static String hashedName(String fileName, byte[] content) {
        Matcher hashed = HASHED_NAME.matcher(fileName);
        Matcher plain = PLAIN_NAME.matcher(fileName);
        String base;
        String extension;
        if (hashed.matches()) {
            base = hashed.group(1);
            extension = hashed.group(2);
        } else if (plain.matches()) {
            base = plain.group(1);
            extension = plain.group(2) == null ? "" : plain.group(2);
        } else {
            throw new IllegalArgumentException("Not a file name: " + fileName);
        }
        return base + "-" + hash(content) + extension;
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }
}
