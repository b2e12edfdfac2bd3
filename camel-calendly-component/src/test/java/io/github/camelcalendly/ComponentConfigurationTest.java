package io.github.camelcalendly;

import io.github.camelcalendly.client.CallOptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint starts from a copy of the component's configuration: it inherits what the component sets, and its
 * own URI options change only its copy.
 */
class ComponentConfigurationTest extends CalendlyTestSupport {

    @Test
    void anEndpointInheritsTheComponentsOptions() {
        CalendlyComponent component = context.getComponent("calendly", CalendlyComponent.class);
        component.getConfiguration().setCallTimeout(15_000);
        component.setRetryDelay(250);

        CalendlyEndpoint endpoint = context.getEndpoint("calendly:users?op=me", CalendlyEndpoint.class);

        CallOptions options = endpoint.getInvoker().callOptions();
        assertThat(options.callTimeoutMillis()).isEqualTo(15_000);
        assertThat(options.retry().retryDelayMillis()).isEqualTo(250);
        assertThat(options.retry().maxRetries()).isZero();
        assertThat(endpoint.getConfiguration().getAccessToken()).isEqualTo(TOKEN);
        assertThat(endpoint.getConfiguration().getBaseUrl()).isEqualTo(baseUrl());
    }

    @Test
    void anEndpointsOwnOptionsChangeNeitherTheComponentNorAnotherEndpoint() {
        CalendlyEndpoint patient = context.getEndpoint("calendly:users?op=me&maxRetries=5&callTimeout=2m",
                CalendlyEndpoint.class);
        CalendlyEndpoint plain = context.getEndpoint("calendly:organizations?op=get&uuid=O1",
                CalendlyEndpoint.class);

        assertThat(patient.getConfiguration().getMaxRetries()).isEqualTo(5);
        assertThat(patient.getConfiguration().getCallTimeout()).isEqualTo(120_000);
        assertThat(plain.getConfiguration().getMaxRetries()).isZero();
        assertThat(plain.getConfiguration().getCallTimeout()).isEqualTo(CalendlyConfiguration.DEFAULT_CALL_TIMEOUT);
        assertThat(context.getComponent("calendly", CalendlyComponent.class).getMaxRetries()).isZero();
        assertThat(patient.getConfiguration()).isNotSameAs(plain.getConfiguration());
    }

    @Test
    void anEndpointWithItsOwnTokenHasItsOwnConnection() {
        CalendlyEndpoint shared = context.getEndpoint("calendly:users?op=me", CalendlyEndpoint.class);
        CalendlyEndpoint alsoShared = context.getEndpoint("calendly:organizations?op=get&uuid=O1",
                CalendlyEndpoint.class);
        CalendlyEndpoint own = context.getEndpoint("calendly:eventTypes?op=get&uuid=E1&accessToken=RAW(pat-other)",
                CalendlyEndpoint.class);

        assertThat(shared.getConnection()).isSameAs(alsoShared.getConnection());
        assertThat(own.getConnection()).isNotSameAs(shared.getConnection());
        assertThat(own.getConnection().id()).doesNotContain("pat-other");
    }

    @Test
    void theConnectionIsResolvedOnceWhenTheEndpointStartsAndKept() {
        CalendlyEndpoint endpoint = context.getEndpoint("calendly:users?op=me", CalendlyEndpoint.class);

        assertThat(endpoint.getInvoker().connection()).isSameAs(endpoint.getInvoker().connection());
        assertThat(endpoint.getInvoker()).isSameAs(endpoint.getInvoker());
    }

    @Test
    void aTokenAndBaseUrlGivenToTheComponentAfterTheEndpointWasBuiltAreUsedWhenItStarts() throws Exception {
        CalendlyComponent component = context.getComponent("calendly", CalendlyComponent.class);
        component.setAccessToken(null);
        component.setBaseUrl(null);
        CalendlyEndpoint endpoint = (CalendlyEndpoint) component.createEndpoint("calendly:users?op=me");
        CALENDLY.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/users/me"))
                .willReturn(json(200, "{\"resource\": {\"uri\": \"u1\"}}")));

        // an application that connects late (the examples start their Calendly while Camel builds the routes)
        component.setAccessToken("pat-late");
        component.setBaseUrl(baseUrl());
        endpoint.start();
        org.apache.camel.Exchange out = template.send(endpoint, e -> { });

        assertThat(out.getException()).isNull();
        CALENDLY.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/users/me"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                        "Bearer pat-late")));
        assertThat(endpoint.getServiceUrl()).isEqualTo(baseUrl());
    }

    @Test
    void anEndpointsOwnTokenWinsOverTheComponentsLaterOne() throws Exception {
        CalendlyComponent component = context.getComponent("calendly", CalendlyComponent.class);
        CalendlyEndpoint endpoint = (CalendlyEndpoint) component.createEndpoint(
                "calendly:users?op=me&accessToken=RAW(pat-own)");
        component.setAccessToken("pat-late");

        assertThat(endpoint.getConfiguration().connectionFrom(component.getConfiguration()).getAccessToken())
                .isEqualTo("pat-own");
    }

    @Test
    void withoutAnyBaseUrlCallsGoToCalendlysApi() {
        CalendlyConfiguration none = new CalendlyConfiguration();

        assertThat(none.connectionFrom(new CalendlyConfiguration()).getBaseUrl())
                .isEqualTo("https://api.calendly.com");
    }
}
