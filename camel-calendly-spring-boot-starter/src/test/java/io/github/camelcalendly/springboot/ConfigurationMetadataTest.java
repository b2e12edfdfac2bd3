package io.github.camelcalendly.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.springboot.generator.ComponentModel;
import io.github.camelcalendly.springboot.generator.ComponentOption;
import io.github.camelcalendly.springboot.generator.PropertyNames;
import org.apache.camel.util.TimeUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code META-INF/spring-configuration-metadata.json} that the configuration processor wrote at compile time,
 * which IDEs read to complete the properties: every component option is in it with its type, description and
 * default, checked against the component JSON.
 */
class ConfigurationMetadataTest {

    private static final String PREFIX = "camel.component.calendly.";

    private static Map<String, JsonNode> properties;

    @BeforeAll
    static void readMetadata() throws IOException {
        properties = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (URL url : Collections.list(ConfigurationMetadataTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    if (property.path("name").asText().startsWith(PREFIX)) {
                        properties.put(property.path("name").asText(), property);
                    }
                }
            }
        }
    }

    @Test
    void everyComponentOptionHasItsTypeDescriptionAndDefault() {
        ComponentModel calendly = ComponentModel.calendly();
        assertThat(calendly.options()).isNotEmpty();
        for (ComponentOption option : calendly.options()) {
            String name = PREFIX + PropertyNames.kebab(option.name());
            assertThat(properties).as("metadata for %s", name).containsKey(name);
            JsonNode property = properties.get(name);

            assertThat(property.path("type").asText()).as("type of %s", name).isEqualTo(expectedType(option));
            assertThat(unescaped(property.path("description").asText())).as("description of %s", name)
                    .startsWith(plain(option.description()));
            if (option.defaultValue() == null) {
                assertThat(property.has("defaultValue")).as("%s has no default", name).isFalse();
            } else {
                assertThat(property.has("defaultValue")).as("%s has a default", name).isTrue();
                assertSameDefault(option, property.get("defaultValue"), name);
            }
        }
    }

    @Test
    void theSecretTellsWhereToSetItAndTheBeanOptionHowToReferToABean() {
        assertThat(properties.get(PREFIX + "access-token").path("description").asText())
                .contains("A secret").contains("CAMEL_COMPONENT_CALENDLY_ACCESSTOKEN");
        assertThat(properties.get(PREFIX + "ssl-context-parameters").path("description").asText())
                .contains("#bean:name");
    }

    @Test
    void theOAuthSecretsTellWhereToSetThemAndTheTokenStoreHowToReferToABean() {
        assertThat(properties.get(PREFIX + "client-secret").path("description").asText())
                .contains("A secret").contains("CAMEL_COMPONENT_CALENDLY_CLIENTSECRET");
        assertThat(properties.get(PREFIX + "refresh-token").path("description").asText())
                .contains("A secret").contains("CAMEL_COMPONENT_CALENDLY_REFRESHTOKEN");
        for (String notSecret : new String[] {"client-id", "connection-id", "auth-base-url"}) {
            assertThat(properties.get(PREFIX + notSecret).path("description").asText())
                    .as("description of %s", notSecret).doesNotContain("A secret");
        }
        assertThat(properties.get(PREFIX + "token-store").path("description").asText())
                .contains("io.github.camelcalendly.auth.TokenStore").contains("#bean:name");
    }

    @Test
    void theSwitchOfTheWholeStarterIsDocumentedAndOnByDefault() {
        JsonNode enabled = properties.get(PREFIX + "enabled");

        assertThat(enabled).isNotNull();
        assertThat(enabled.path("defaultValue").asBoolean(false)).isTrue();
        assertThat(enabled.path("description").asText()).startsWith("Whether to configure the calendly component");
    }

    /** The Java type an option should have in Spring Boot, from Camel's own kind of value. */
    private static String expectedType(ComponentOption option) {
        return switch (option.type()) {
            case "duration" -> "java.time.Duration";
            case "boolean" -> "java.lang.Boolean";
            case "integer" -> option.javaType().equals("long") || option.javaType().equals("java.lang.Long")
                    ? "java.lang.Long" : "java.lang.Integer";
            case "number" -> option.javaType().equals("float") || option.javaType().equals("java.lang.Float")
                    ? "java.lang.Float" : "java.lang.Double";
            default -> option.javaType();
        };
    }

    private static void assertSameDefault(ComponentOption option, JsonNode actual, String name) {
        String expected = option.defaultValue();
        switch (option.type()) {
            case "duration" -> assertThat(DurationStyle.detectAndParse(actual.asText()).toMillis())
                    .as("default of %s", name).isEqualTo(TimeUtils.toMilliSeconds(expected));
            case "boolean" -> assertThat(actual.isBoolean() && actual.asBoolean() == Boolean.parseBoolean(expected))
                    .as("default of %s is %s, got %s", name, expected, actual).isTrue();
            case "integer", "number" -> assertThat(actual.isNumber()
                    && actual.decimalValue().compareTo(new java.math.BigDecimal(expected)) == 0)
                    .as("default of %s is %s, got %s", name, expected, actual).isTrue();
            default -> assertThat(actual.asText()).as("default of %s", name).isEqualToIgnoringCase(expected);
        }
    }

    /** A description as javadoc shows it: inline tags, with or without their {@code @}, reduced to their text. */
    private static String plain(String description) {
        return description.replaceAll("\\{@?(?:code|link|literal) ([^}]*)}", "$1").replaceAll("\\s+", " ").trim();
    }

    private static String unescaped(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&#64;", "@").replace("&#92;", "\\")
                .replace("&#47;", "/").replace("&amp;", "&");
    }
}
