package io.github.camelcalendly.springboot;

import java.util.List;
import java.util.Map;

import io.github.camelcalendly.CalendlyComponent;
import io.github.camelcalendly.CalendlyConfiguration;
import io.github.camelcalendly.auth.InMemoryTokenStore;
import io.github.camelcalendly.auth.StoredTokens;
import io.github.camelcalendly.auth.TokenStore;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OAuth options as Spring Boot properties, in a small application with nothing but Camel and the starter's
 * auto-configurations: the kebab-case names bind onto the component's configuration, and a token store is a bean
 * the property names.
 */
class CalendlyOAuthPropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, CalendlyComponentConverter.class,
                    CalendlyComponentAutoConfiguration.class));

    private static CalendlyComponent calendly(AssertableApplicationContext context) {
        return context.getBean(CamelContext.class).getComponent("calendly", CalendlyComponent.class);
    }

    @Test
    void theOAuthPropertiesBindOntoTheComponentsConfiguration() {
        runner.withPropertyValues(
                        "camel.component.calendly.client-id=starter-app",
                        "camel.component.calendly.client-secret=starter-app-secret",
                        "camel.component.calendly.refresh-token=starter-refresh-token",
                        "camel.component.calendly.connection-id=https://api.calendly.com/users/STARTER",
                        "camel.component.calendly.auth-base-url=http://localhost:8090",
                        "camel.component.calendly.validate-scopes=true")
                .run(context -> {
                    CalendlyConfiguration configuration = calendly(context).getConfiguration();
                    assertThat(configuration.getClientId()).isEqualTo("starter-app");
                    assertThat(configuration.getClientSecret()).isEqualTo("starter-app-secret");
                    assertThat(configuration.getRefreshToken()).isEqualTo("starter-refresh-token");
                    assertThat(configuration.getConnectionId()).isEqualTo("https://api.calendly.com/users/STARTER");
                    assertThat(configuration.getAuthBaseUrl()).isEqualTo("http://localhost:8090");
                    assertThat(configuration.isValidateScopes()).isTrue();
                    assertThat(configuration.isOAuth()).isTrue();
                });
    }

    @Test
    void withoutThePropertiesTheComponentHasNoOAuthAppAndItsOwnStore() {
        runner.run(context -> {
            CalendlyConfiguration configuration = calendly(context).getConfiguration();
            assertThat(configuration.isOAuth()).isFalse();
            assertThat(configuration.getTokenStore()).isNull();
            assertThat(configuration.isValidateScopes()).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"#calendlyTokens", "#bean:calendlyTokens"})
    @SuppressWarnings("unchecked")
    void aTokenStoreBeanNamedInThePropertyHoldsTheTokensCallsAreMadeWith(String reference) {
        try (CalendlySandbox sandbox = CalendlySandbox.start()) {
            String bearer = sandbox.issueToken("users:read");
            TokenStore store = new InMemoryTokenStore();
            store.save("starter-user", new StoredTokens(bearer, null, null, List.of("users:read"), null, null));
            runner.withBean("calendlyTokens", TokenStore.class, () -> store)
                    .withPropertyValues(
                            "camel.component.calendly.client-id=" + sandbox.options().oauthClient().clientId(),
                            "camel.component.calendly.client-secret=" + sandbox.options().oauthClient().clientSecret(),
                            "camel.component.calendly.auth-base-url=" + sandbox.authUrl(),
                            "camel.component.calendly.base-url=" + sandbox.baseUrl(),
                            "camel.component.calendly.connection-id=starter-user",
                            "camel.component.calendly.token-store=" + reference)
                    .run(context -> {
                        assertThat(calendly(context).getConfiguration().getTokenStore()).isSameAs(store);

                        ProducerTemplate producer = context.getBean(CamelContext.class).createProducerTemplate();
                        Map<String, Object> me = producer.requestBody("calendly:users?op=me", null, Map.class);

                        assertThat(me).containsEntry("uri", sandbox.seeded().owner());
                        sandbox.wireMock().verify(1, getRequestedFor(urlPathEqualTo("/users/me"))
                                .withHeader("Authorization", equalTo("Bearer " + bearer)));
                    });
        }
    }
}
