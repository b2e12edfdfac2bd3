package io.github.camelcalendly.springboot.generator;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the generator types, initializes and documents each kind of option the component JSON can hold, including
 * kinds the calendly component does not use today.
 */
class SpringPropertyTest {

    private static final String PREFIX = "camel.component.calendly";

    private static ComponentOption option(String name, String type, String javaType, String defaultValue,
            String description, List<String> enums, boolean secret) {
        return new ComponentOption(name, type, javaType, defaultValue, description, enums, secret, false);
    }

    @Test
    void primitivesBecomeWrappersWithTheirDefaultAsALiteral() {
        assertThat(SpringProperty.of(option("maxRetries", "integer", "int", "3", "Retries.", List.of(), false), PREFIX))
                .satisfies(p -> {
                    assertThat(p.type()).isEqualTo("java.lang.Integer");
                    assertThat(p.initializer()).isEqualTo("3");
                });
        assertThat(SpringProperty.of(option("limit", "integer", "long", "20", "Limit.", List.of(), false), PREFIX)
                .initializer()).isEqualTo("20L");
        assertThat(SpringProperty.of(option("lazy", "boolean", "boolean", "false", "Lazy.", List.of(), false), PREFIX)
                .initializer()).isEqualTo("false");
    }

    @Test
    void durationsBecomeDurationsInTheLargestWholeUnit() {
        SpringProperty property = SpringProperty.of(option("pollLookback", "duration", "long", "86400000",
                "Lookback.", List.of(), false), PREFIX);

        assertThat(property.type()).isEqualTo("java.time.Duration");
        assertThat(property.initializer()).isEqualTo("java.time.Duration.ofDays(1)");
        assertThat(SpringProperty.of(option("delay", "duration", "long", "5s", "Delay.", List.of(), false), PREFIX)
                .initializer()).isEqualTo("java.time.Duration.ofSeconds(5)");
        assertThat(SpringProperty.of(option("delay", "duration", "long", "1500", "Delay.", List.of(), false), PREFIX)
                .initializer()).isEqualTo("java.time.Duration.ofMillis(1500)");
    }

    @Test
    void anEnumClassIsKeptAndItsDefaultIsTheConstant() {
        SpringProperty property = SpringProperty.of(option("exchangePattern", "enum", "org.apache.camel.ExchangePattern",
                "InOut", "The pattern.", List.of("InOnly", "InOut"), false), PREFIX);

        assertThat(property.type()).isEqualTo("org.apache.camel.ExchangePattern");
        assertThat(property.initializer()).isEqualTo("org.apache.camel.ExchangePattern.InOut");
        assertThat(property.isBeanReference()).isFalse();
    }

    @Test
    void aStringWithAllowedValuesListsThemInItsJavadoc() {
        SpringProperty property = SpringProperty.of(option("scope", "enum", "java.lang.String", "user",
                "Subscription scope", List.of("organization", "user"), false), PREFIX);

        assertThat(property.initializer()).isEqualTo("\"user\"");
        assertThat(property.javadoc()).isEqualTo("Subscription scope. One of: organization, user.");
    }

    @Test
    void aSecretNamesItsEnvironmentVariable() {
        SpringProperty property = SpringProperty.of(option("clientSecret", "string", "java.lang.String", null,
                "The OAuth client secret.", List.of(), true), PREFIX);

        assertThat(property.initializer()).isNull();
        assertThat(property.javadoc()).contains("A secret").contains("CAMEL_COMPONENT_CALENDLY_CLIENTSECRET");
    }

    @Test
    void anObjectIsABeanReferenceButCollectionsAreNot() {
        assertThat(SpringProperty.of(option("repository", "object", "org.apache.camel.spi.StateRepository",
                null, "Where.", List.of(), false), PREFIX).isBeanReference()).isTrue();
        assertThat(SpringProperty.of(option("extra", "object", "java.util.Map<java.lang.String, java.lang.Object>",
                null, "More.", List.of(), false), PREFIX).isBeanReference()).isFalse();
    }

    @Test
    void inlineTagsAndMarkupInADescriptionDoNotReachTheJavadocRaw() {
        SpringProperty property = SpringProperty.of(option("events", "string", "java.lang.String", null,
                "In {code from(...)}: {@code calendly:webhook} takes a List<String> & more @here \\u0041 */",
                List.of(), false), PREFIX);

        assertThat(property.javadoc()).isEqualTo("In from(...): calendly:webhook takes a List&lt;String&gt; &amp; more"
                                                + " &#64;here &#92;u0041 *&#47;.");
    }

    @Test
    void aDefaultThatDoesNotFitTheTypeIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> SpringProperty.of(option("maxRetries", "integer", "int", "three", "Retries.",
                List.of(), false), PREFIX)).hasMessageContaining("maxRetries").hasMessageContaining("three");
    }
}
