package io.github.camelcalendly.catalog.kaoto;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.catalog.CatalogSources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The propertiesSchema of a component entry: first against the shapes Kaoto's published catalog (Camel Main 4.18)
 * has for Camel's own components, built here from camel-catalog 4.18.0's component JSON, then for calendly's options.
 */
class ComponentPropertiesSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultCamelCatalog CAMEL = new DefaultCamelCatalog();

    // --- the shapes of Kaoto's published catalog, property by property, in its key order

    @Test
    void aDurationIsAStringWithFormatDurationAndItsDefaultAsText() throws IOException {
        assertThat(compact(camelProperty("timer", "period"))).isEqualTo(compact("""
                {"title": "Period",
                 "description": "Generate periodic events every period. Must be zero or positive value. \
                The default value is 1000.",
                 "type": "string", "$comment": "group:consumer", "format": "duration", "default": "1000"}"""));
    }

    @Test
    void anEnumIsAStringWithItsChoices() throws IOException {
        assertThat(compact(camelProperty("http", "httpMethod"))).isEqualTo(compact("""
                {"title": "Http Method",
                 "description": "Configure the HTTP method to use. \
                The HttpMethod header cannot override this option if set.",
                 "type": "string", "enum": ["GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "TRACE", "PATCH"],
                 "$comment": "group:producer"}"""));
    }

    @Test
    void aBeanOptionIsAStringWithFormatBeanOfItsJavaTypeAndTheAdvancedGroupInTheComment() throws IOException {
        assertThat(compact(camelProperty("http", "headerFilterStrategy"))).isEqualTo(compact("""
                {"title": "Header Filter Strategy",
                 "description": "To use a custom HeaderFilterStrategy to filter header to and from Camel message.",
                 "type": "string", "$comment": "group:common (advanced)",
                 "format": "bean:org.apache.camel.spi.HeaderFilterStrategy"}"""));
    }

    @Test
    void aSecretIsFormatPassword() throws IOException {
        assertThat(compact(camelProperty("http", "authPassword"))).isEqualTo(compact("""
                {"title": "Auth Password", "description": "Authentication password",
                 "type": "string", "$comment": "group:security", "format": "password"}"""));
    }

    @Test
    void aSecretBeanIsFormatBeanAndPassword() throws IOException {
        assertThat(camelProperty("crypto", "privateKey").get("format").asText())
                .isEqualTo("bean:java.security.PrivateKey|password");
    }

    @Test
    void aMapOptionIsAnObject() throws IOException {
        JsonNode property = camelProperty("http", "httpClientOptions");

        assertThat(property.get("type").asText()).isEqualTo("object");
        assertThat(property.has("format")).isFalse();
    }

    @Test
    void anIntegerKeepsItsNumericDefault() throws IOException {
        assertThat(compact(camelProperty("kamelet", "timeout"))).isEqualTo(compact("""
                {"title": "Timeout", "description": "The timeout value to use if block is enabled.",
                 "type": "integer", "$comment": "group:producer (advanced)", "default": 30000}"""));
    }

    @Test
    void theSchemaListsThePropertiesThenDialectTypeAndTheRequiredOptions() throws IOException {
        ObjectNode schema = ComponentPropertiesSchema.of(camelComponent("http"));

        assertThat(schema.properties()).extracting(Map.Entry::getKey)
                .containsExactly("properties", "$schema", "type", "required");
        assertThat(schema.get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(schema.get("required")).containsExactly(MAPPER.getNodeFactory().textNode("httpUri"));
        assertThat(schema.get("properties").properties()).extracting(Map.Entry::getKey)
                .containsExactlyElementsOf(camelComponent("http").get("properties").properties().stream()
                        .map(Map.Entry::getKey).toList());
    }

    // --- calendly's options

    @Test
    void calendlysAccessTokenIsAPasswordInTheSecurityGroup() {
        JsonNode accessToken = calendlyProperty("accessToken");

        assertThat(accessToken.get("title").asText()).isEqualTo("Access Token");
        assertThat(accessToken.get("type").asText()).isEqualTo("string");
        assertThat(accessToken.get("format").asText()).isEqualTo("password");
        assertThat(accessToken.get("$comment").asText()).isEqualTo("group:security");
    }

    @Test
    void calendlysResourceIsTheRequiredPathParameterWithEveryResourceAsChoice() {
        ObjectNode componentJson = CatalogSources.fromClasspath("test").componentJson();
        ObjectNode schema = ComponentPropertiesSchema.of(componentJson);

        assertThat(schema.get("required")).containsExactly(MAPPER.getNodeFactory().textNode("resource"));
        JsonNode resource = schema.get("properties").get("resource");
        assertThat(resource.get("type").asText()).isEqualTo("string");
        assertThat(resource.get("enum")).isEqualTo(componentJson.get("properties").get("resource").get("enum"));
        assertThat(resource.get("enum")).contains(MAPPER.getNodeFactory().textNode("scheduledEvents"));
    }

    @Test
    void calendlysOpIsAnEnumOfTheOperations() {
        JsonNode op = calendlyProperty("op");

        assertThat(op.get("type").asText()).isEqualTo("string");
        assertThat(op.get("enum")).contains(MAPPER.getNodeFactory().textNode("list"),
                MAPPER.getNodeFactory().textNode("cancel"));
        assertThat(op.get("$comment").asText()).isEqualTo("group:common");
    }

    @Test
    void calendlysRetrySettingsKeepTheirDefaults() {
        assertThat(calendlyProperty("maxRetries").get("default").isInt()).isTrue();
        assertThat(calendlyProperty("maxRetries").get("default").asInt()).isEqualTo(3);
        assertThat(calendlyProperty("callTimeout").get("format").asText()).isEqualTo("duration");
        assertThat(calendlyProperty("callTimeout").get("default").asText()).isEqualTo("60000");
        assertThat(calendlyProperty("callTimeout").get("$comment").asText()).isEqualTo("group:advanced");
    }

    @Test
    void calendlysTokenStoreIsABean() {
        assertThat(calendlyProperty("tokenStore").get("format").asText())
                .isEqualTo("bean:io.github.camelcalendly.auth.TokenStore");
        assertThat(calendlyProperty("tokenStore").get("type").asText()).isEqualTo("string");
    }

    @Test
    void calendlysWebhookSigningKeyIsAPassword() {
        assertThat(calendlyProperty("signingKey").get("format").asText()).isEqualTo("password");
    }

    // --- titles and bad input

    @Test
    void anOptionWithoutDisplayNameIsTitledFromItsName() {
        assertThat(ComponentPropertiesSchema.titleOf("lazyStartProducer")).isEqualTo("Lazy Start Producer");
        assertThat(ComponentPropertiesSchema.titleOf("minStartTime")).isEqualTo("Min Start Time");
        assertThat(ComponentPropertiesSchema.titleOf("api-key")).isEqualTo("Api Key");
        assertThat(ComponentPropertiesSchema.titleOf("op")).isEqualTo("Op");
    }

    @Test
    void anOptionOfAnUnknownTypeIsRefusedNamingIt() throws IOException {
        JsonNode option = MAPPER.readTree("{\"displayName\": \"When\", \"group\": \"common\", \"type\": \"date\"}");

        assertThatThrownBy(() -> ComponentPropertiesSchema.property("calendly", "when", option))
                .hasMessageContaining("when").hasMessageContaining("calendly").hasMessageContaining("date");
    }

    @Test
    void anOptionWithoutGroupIsRefusedNamingIt() throws IOException {
        JsonNode option = MAPPER.readTree("{\"displayName\": \"When\", \"type\": \"string\"}");

        assertThatThrownBy(() -> ComponentPropertiesSchema.property("calendly", "when", option))
                .hasMessageContaining("Option when of calendly has no group");
    }

    static ObjectNode camelComponent(String name) throws IOException {
        return (ObjectNode) MAPPER.readTree(CAMEL.componentJSonSchema(name));
    }

    private static JsonNode camelProperty(String component, String option) throws IOException {
        return ComponentPropertiesSchema.of(camelComponent(component)).get("properties").get(option);
    }

    private static JsonNode calendlyProperty(String option) {
        return ComponentPropertiesSchema.of(CatalogSources.fromClasspath("test").componentJson())
                .get("properties").get(option);
    }

    /** The JSON on one line, keys in their order: the order is part of the shape. */
    private static String compact(Object json) throws IOException {
        JsonNode node = json instanceof String text ? MAPPER.readTree(text) : (JsonNode) json;
        return MAPPER.writeValueAsString(node);
    }
}
