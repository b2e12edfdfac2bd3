package io.github.camelcalendly.catalog.kaoto;

import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * One entry of a Kaoto aggregated catalog: a component as Camel's component JSON plus its
 * {@link ComponentPropertiesSchema}, a Kamelet as the Kamelet in JSON plus its {@link KameletPropertiesSchema}.
 */
public final class KaotoEntries {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private KaotoEntries() {
    }

    /** Camel's component JSON with {@code propertiesSchema} added after its own sections. */
    public static ObjectNode component(JsonNode componentJson) {
        ObjectNode entry = componentJson.deepCopy();
        entry.set("propertiesSchema", ComponentPropertiesSchema.of(componentJson));
        return entry;
    }

    /** The Kamelet (YAML) as JSON with {@code propertiesSchema} added after {@code spec}. */
    public static ObjectNode kamelet(String kameletYaml) {
        JsonNode kamelet;
        try {
            kamelet = YAML.readTree(kameletYaml);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a Kamelet in YAML: " + e.getOriginalMessage(), e);
        }
        if (kamelet == null || !kamelet.isObject()) {
            throw new IllegalArgumentException("Not a Kamelet: the YAML is not a mapping");
        }
        ObjectNode entry = (ObjectNode) kamelet;
        entry.set("propertiesSchema", KameletPropertiesSchema.of(entry));
        return entry;
    }

    /** The key of a Kamelet in Kaoto's Kamelets catalog: its name in lower case. */
    public static String kameletKey(JsonNode kamelet) {
        JsonNode name = kamelet.path("metadata").path("name");
        if (!name.isTextual() || name.asText().isBlank()) {
            throw new IllegalArgumentException("The Kamelet has no metadata.name");
        }
        return name.asText().toLowerCase(Locale.ROOT);
    }
}
