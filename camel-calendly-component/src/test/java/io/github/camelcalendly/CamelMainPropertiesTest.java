package io.github.camelcalendly;

import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel Main (which Camel JBang, Camel K and KameletMain build on) configures the component from
 * {@code camel.component.calendly.*} properties, as the README tells users to.
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
    }
}
