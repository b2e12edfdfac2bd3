package io.github.camelcalendly.catalog.kamelet;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.camelcalendly.catalog.CatalogSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

import static io.github.camelcalendly.catalog.kamelet.GeneratedKamelets.definition;
import static io.github.camelcalendly.catalog.kamelet.GeneratedKamelets.fieldNames;
import static io.github.camelcalendly.catalog.kamelet.GeneratedKamelets.name;
import static io.github.camelcalendly.catalog.kamelet.GeneratedKamelets.texts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of Apache Camel's Kamelet catalog, checked on the generated Kamelet files: names, types, annotations,
 * definitions, credentials, dependencies, and properties that are exactly the placeholders the template uses.
 */
class KameletRulesTest {

    /** A placeholder of a Kamelet property in a template, {{name}} or {{?name}}, perhaps with a default after ':'. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\?)?([A-Za-z0-9-._]+)(?::[^}]*)?}}");
    private static final Set<String> CREDENTIALS = Set.of("accessToken", "clientSecret", "refreshToken", "signingKey");
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "and", "by", "for", "in", "of", "on", "or",
            "the", "to", "with");
    private static final String VERSION = System.getProperty("calendly.version", "0.1.0-SNAPSHOT");

    static Stream<Arguments> kamelets() {
        return GeneratedKamelets.byFileName().entrySet().stream()
                .map(file -> Arguments.of(file.getKey(), file.getValue()));
    }

    @Test
    void theCatalogHasTheFourCalendlyKamelets() {
        assertThat(GeneratedKamelets.byFileName().keySet()).containsExactly("calendly-action.kamelet.yaml",
                "calendly-poll-source.kamelet.yaml", "calendly-sink.kamelet.yaml", "calendly-source.kamelet.yaml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kamelets")
    void isAKameletNamedAfterItsFile(String file, JsonNode kamelet) {
        assertThat(kamelet.path("apiVersion").asText()).isEqualTo("camel.apache.org/v1");
        assertThat(kamelet.path("kind").asText()).isEqualTo("Kamelet");
        assertThat(name(kamelet) + GeneratedKamelets.SUFFIX).isEqualTo(file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kamelets")
    void itsNameAndTitleEndInItsType(String file, JsonNode kamelet) {
        String type = kamelet.path("metadata").path("labels").path("camel.apache.org/kamelet.type").asText();

        assertThat(type).isIn("source", "sink", "action");
        assertThat(name(kamelet)).endsWith("-" + type);
        assertThat(definition(kamelet).path("title").asText())
                .endsWith(Character.toUpperCase(type.charAt(0)) + type.substring(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kamelets")
    void itCarriesTheCatalogAnnotations(String file, JsonNode kamelet) throws Exception {
        JsonNode annotations = kamelet.path("metadata").path("annotations");
        JsonNode component = CatalogSources.fromClasspath(VERSION).componentJson().path("component");

        assertThat(annotations.path("camel.apache.org/provider").asText()).isNotBlank()
                .isNotEqualTo("Apache Software Foundation");
        assertThat(annotations.path("camel.apache.org/kamelet.support.level").asText())
                .isEqualTo(component.path("supportLevel").asText());
        assertThat(annotations.path("camel.apache.org/catalog.version").asText()).isEqualTo(VERSION);
        String icon = annotations.path("camel.apache.org/kamelet.icon").asText();
        assertThat(icon).startsWith("data:image/svg+xml;base64,");
        byte[] svg = Base64.getDecoder().decode(icon.substring(icon.indexOf(',') + 1));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kamelets")
    void itsDefinitionIsAnObjectWhoseRequiredPropertiesAreDeclared(String file, JsonNode kamelet) {
        JsonNode definition = definition(kamelet);
        List<String> required = texts(definition.path("required"));

        assertThat(definition.path("title").asText()).isNotBlank();
        assertThat(definition.path("description").asText()).isNotBlank();
        assertThat(definition.path("type").asText()).isEqualTo("object");
        assertThat(required).doesNotHaveDuplicates();
        assertThat(fieldNames(definition.path("properties"))).isNotEmpty().containsAll(required);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kamelets")
    void everyPropertyHasACapitalizedTitleADescriptionAndAType(String file, JsonNode kamelet) {
        definition(kamelet).path("properties").fields().forEachRemaining(property -> {
            JsonNode schema = property.getValue();
            String title = schema.path("title").asText();
            assertThat(title).as(property.getKey()).isNotBlank().doesNotStartWith("The ").doesNotStartWith("A ")
                    .doesNotStartWith("An ");
            for (String word : title.split(" ")) {
                if (!TITLE_SMALL_WORDS.contains(word.toLowerCase())) {
                    assertThat(Character.isUpperCase(word.charAt(0))).as("'" + word + "' of " + property.getKey())
                            .isTrue();
                }
            }
            assertThat(schema.path("description").asText()).as(property.getKey()).isNotBlank();
            assertThat(schema.path("type").asText()).as(property.getKey()).isIn("string", "integer", "boolean");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kamelets")
    void defaultsAndExamplesAreValuesThePropertyTakes(String file, JsonNode kamelet) {
        definition(kamelet).path("properties").fields().forEachRemaining(property -> {
            JsonNode schema = property.getValue();
            List<String> accepted = texts(schema.path("enum"));
            for (String key : List.of("default", "example")) {
                JsonNode value = schema.get(key);
                if (value == null) {
                    continue;
                }
                String what = key + " of " + property.getKey();
                switch (schema.path("type").asText()) {
                    case "integer" -> assertThat(value.isIntegralNumber()).as(what).isTrue();
                    case "boolean" -> assertThat(value.isBoolean()).as(what).isTrue();
                    default -> assertThat(value.isTextual()).as(what).isTrue();
                }
                if (!accepted.isEmpty()) {
                    assertThat(accepted).as(what).contains(value.asText());
                }
                if (schema.has("pattern")) {
                    assertThat(value.asText()).as(what).matches(schema.path("pattern").asText());
                }
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kamelets")
    void credentialsArePasswordsInTheCredentialsGroup(String file, JsonNode kamelet) {
        JsonNode options = CatalogSources.fromClasspath(VERSION).componentJson().path("properties");
        definition(kamelet).path("properties").fields().forEachRemaining(property -> {
            JsonNode schema = property.getValue();
            boolean password = "password".equals(schema.path("format").asText());
            boolean secretOption = options.path(property.getKey()).path("secret").asBoolean(false);
            assertThat(password).as(property.getKey() + " is a password")
                    .isEqualTo(CREDENTIALS.contains(property.getKey()) || secretOption);
            if (password) {
                assertThat(texts(schema.path("x-descriptors"))).as(property.getKey())
                        .contains("urn:alm:descriptor:com.tectonic.ui:password", "urn:camel:group:credentials");
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kamelets")
    void itDependsOnTheComponentOfThisVersionAndWhatItsTemplateUses(String file, JsonNode kamelet) {
        List<String> dependencies = texts(kamelet.path("spec").path("dependencies"));
        JsonNode template = kamelet.path("spec").path("template");
        List<String> uris = new ArrayList<>();
        collectUris(template, uris);

        assertThat(dependencies).doesNotHaveDuplicates()
                .contains("mvn:io.github.camelcalendly:camel-calendly:" + VERSION, "camel:kamelet");
        assertThat(uris).anyMatch(uri -> uri.startsWith("calendly:")).anyMatch(uri -> uri.startsWith("kamelet:"));
        if (template.toString().contains("\"marshal\":{\"json\"")) {
            assertThat(dependencies).contains("camel:jackson");
        }
        if (uris.contains("calendly:webhook")) {
            assertThat(dependencies).contains("camel:platform-http");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kamelets")
    void itDeclaresExactlyThePropertiesItsTemplateUses(String file, JsonNode kamelet) {
        JsonNode properties = definition(kamelet).path("properties");
        List<String> required = texts(definition(kamelet).path("required"));
        Set<String> used = new TreeSet<>();
        Set<String> usedAsOptional = new TreeSet<>();
        collectPlaceholders(kamelet.path("spec").path("template"), used, usedAsOptional);

        assertThat(used).isEqualTo(new TreeSet<>(fieldNames(properties)));
        for (String name : used) {
            boolean mayBeUnset = !required.contains(name) && !properties.path(name).has("default");
            assertThat(usedAsOptional.contains(name)).as("{{?" + name + "}} in the template").isEqualTo(mayBeUnset);
        }
    }

    @Test
    void titlesAndDescriptionsDifferFromKameletToKamelet() {
        Set<String> titles = new HashSet<>();
        Set<String> descriptions = new HashSet<>();
        for (JsonNode kamelet : GeneratedKamelets.byFileName().values()) {
            assertThat(titles.add(definition(kamelet).path("title").asText())).as(name(kamelet)).isTrue();
            assertThat(descriptions.add(definition(kamelet).path("description").asText())).as(name(kamelet)).isTrue();
        }
    }

    /** Every endpoint URI of a template: the values of uri and of to/from written as text. */
    private static void collectUris(JsonNode node, List<String> uris) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isTextual() && List.of("uri", "to", "from").contains(field.getKey())) {
                    uris.add(field.getValue().asText());
                }
                collectUris(field.getValue(), uris);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectUris(child, uris));
        }
    }

    private static void collectPlaceholders(JsonNode node, Set<String> used, Set<String> optional) {
        if (node.isTextual()) {
            Matcher matcher = PLACEHOLDER.matcher(node.asText());
            while (matcher.find()) {
                used.add(matcher.group(2));
                if (matcher.group(1) != null) {
                    optional.add(matcher.group(2));
                }
            }
        }
        node.forEach(child -> collectPlaceholders(child, used, optional));
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(key -> collectPlaceholders(TextNode.valueOf(key), used, optional));
        }
    }
}
