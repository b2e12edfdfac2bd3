package io.github.camelcalendly;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel Main (which Camel JBang, Camel K and KameletMain build on) configures the component from
 * {@code camel.component.calendly.*} properties, as the README tells users to, and masks the secret ones wherever it
 * prints them.
 */
class CamelMainPropertiesTest {

    @RegisterExtension
    static final WireMockExtension CALENDLY = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private final Main main = new Main();

    @AfterEach
    void stopMain() throws Exception {
        main.stop();
    }

    @Test
    void componentPropertiesSetTheTokenTheBaseUrlAndTheRetries() throws Exception {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"resource\": {\"uri\": \"u\", \"current_organization\": \"o\"}}")));
        main.addInitialProperty("camel.component.calendly.accessToken", "main-configured-token");
        main.addInitialProperty("camel.component.calendly.base-url", CALENDLY.baseUrl());
        main.addInitialProperty("camel.component.calendly.max-retries", "5");
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:me").to("calendly:users?op=me");
            }
        });
        main.start();

        Map<String, Object> me = main.getCamelTemplate().requestBody("direct:me", null, Map.class);

        assertThat(me).containsEntry("uri", "u");
        CalendlyComponent component = main.getCamelContext().getComponent("calendly", CalendlyComponent.class);
        assertThat(component.getMaxRetries()).isEqualTo(5);
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/users/me"))
                .withHeader("Authorization", matching("Bearer main-configured-token")));
    }

    @Test
    void oauthPropertiesSetTheAppTheConnectionAndTheAuthorizationServer() throws Exception {
        CALENDLY.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\": \"main-refreshed-access\", \"refresh_token\": \"main-rotated-refresh\","
                          + " \"token_type\": \"Bearer\", \"expires_in\": 7200, \"scope\": \"users:read\","
                          + " \"owner\": \"u\", \"organization\": \"o\"}")));
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"resource\": {\"uri\": \"u\", \"current_organization\": \"o\"}}")));
        main.addInitialProperty("camel.component.calendly.clientId", "main-app");
        main.addInitialProperty("camel.component.calendly.client-secret", "main-app-secret");
        main.addInitialProperty("camel.component.calendly.refreshToken", "main-refresh-token");
        main.addInitialProperty("camel.component.calendly.connectionId", "main-user");
        main.addInitialProperty("camel.component.calendly.authBaseUrl", CALENDLY.baseUrl());
        main.addInitialProperty("camel.component.calendly.baseUrl", CALENDLY.baseUrl());
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:me").to("calendly:users?op=me");
            }
        });
        main.start();

        CalendlyConfiguration configuration = main.getCamelContext()
                .getComponent("calendly", CalendlyComponent.class).getConfiguration();
        assertThat(configuration.getClientId()).isEqualTo("main-app");
        assertThat(configuration.getClientSecret()).isEqualTo("main-app-secret");
        assertThat(configuration.getRefreshToken()).isEqualTo("main-refresh-token");
        assertThat(configuration.getConnectionId()).isEqualTo("main-user");
        assertThat(configuration.getAuthBaseUrl()).isEqualTo(CALENDLY.baseUrl());

        Map<String, Object> me = main.getCamelTemplate().requestBody("direct:me", null, Map.class);

        // the configured refresh token was redeemed with the app's credentials at the configured server, and the
        // call went out with the access token that came back
        assertThat(me).containsEntry("uri", "u");
        CALENDLY.verify(1, postRequestedFor(urlPathEqualTo("/oauth/token"))
                .withHeader("Authorization", equalTo("Basic " + Base64.getEncoder().encodeToString(
                        "main-app:main-app-secret".getBytes(StandardCharsets.UTF_8))))
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=main-refresh-token")));
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/users/me"))
                .withHeader("Authorization", equalTo("Bearer main-refreshed-access")));
    }

    @Test
    void camelMainsSummaryOfTheComponentPropertiesMasksEverySecret() throws Exception {
        List<String> summary;
        // the summary's lines are INFO for properties from a file and DEBUG for initial properties, as here
        try (CapturedLogs logs = CapturedLogs.attachWithCamelAt(Level.DEBUG)) {
            main.addInitialProperty("camel.component.calendly.accessToken", "main-access-token-value");
            main.addInitialProperty("camel.component.calendly.clientSecret", "main-app-secret-value");
            main.addInitialProperty("camel.component.calendly.refreshToken", "main-refresh-token-value");
            main.addInitialProperty("camel.component.calendly.connectionId", "main-user");
            main.start();
            summary = logs.lines().stream()
                    .filter(line -> line.contains("BaseMainSupport") && line.contains("camel.component.calendly.")
                                    && line.contains(" = "))
                    .toList();
        }

        assertThat(summary).as("Camel Main's auto-configuration summary").hasSize(4)
                .anySatisfy(line -> assertThat(line).endsWith("camel.component.calendly.accessToken = xxxxxx"))
                .anySatisfy(line -> assertThat(line).endsWith("camel.component.calendly.clientSecret = xxxxxx"))
                .anySatisfy(line -> assertThat(line).endsWith("camel.component.calendly.refreshToken = xxxxxx"))
                .anySatisfy(line -> assertThat(line).endsWith("camel.component.calendly.connectionId = main-user"));
    }

    @Test
    void anApplicationsOwnSensitiveKeywordsAndOursAreBothMasked() throws Exception {
        main.addInitialProperty("camel.main.additionalSensitiveKeywords", "partnerKey");
        main.addInitialProperty("camel.component.calendly.accessToken", "main-configured-token");
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:me").to("calendly:users?op=me");
            }
        });
        main.start();

        // one URI each: Camel masks only the first value its additional keywords match in one URI
        assertThat(org.apache.camel.util.URISupport.sanitizeUri(
                "calendly:webhook?signing_key=whsec-shown&events=invitee.created"))
                .doesNotContain("whsec-shown").contains("events=invitee.created");
        assertThat(org.apache.camel.util.URISupport.sanitizeUri("partner:api?partnerKey=partner-shown&x=1"))
                .doesNotContain("partner-shown").contains("x=1");
        assertThat(org.apache.camel.util.URISupport.sanitizeUri(
                "calendly:oauth?op=refresh&clientSecret=secret-shown&connectionId=main-user"))
                .doesNotContain("secret-shown").contains("connectionId=main-user");
        assertThat(org.apache.camel.util.URISupport.sanitizeUri(
                "calendly:oauth?op=refresh&refresh_token=refresh-shown&connectionId=main-user"))
                .doesNotContain("refresh-shown").contains("connectionId=main-user");
    }
}
