package io.github.camelcalendly;

import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel context whose calendly component talks to a WireMock server standing in for Calendly.
 */
public abstract class CalendlyTestSupport extends CamelTestSupport {

    /** The personal access token the component sends; tests assert it never leaks into messages. */
    protected static final String TOKEN = "pat-test-0123456789abcdef";
    protected static final String USER_UUID = "USER0001";
    protected static final String ORG_UUID = "ORG0001";

    @RegisterExtension
    protected static final WireMockExtension CALENDLY = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        beforeTheComponent(context);
        CalendlyComponent component = context.getComponent("calendly", CalendlyComponent.class);
        component.setAccessToken(TOKEN);
        component.setBaseUrl(baseUrl());
        // one request per call, so tests of error answers see exactly what Calendly sent; RetryTest turns retries on
        component.setMaxRetries(0);
        return context;
    }

    /** Binds what the calendly component should find in the registry when it is created (autowiring). */
    protected void beforeTheComponent(CamelContext context) {
    }

    protected static String baseUrl() {
        return CALENDLY.baseUrl();
    }

    protected static String userUri() {
        return baseUrl() + "/users/" + USER_UUID;
    }

    protected static String organizationUri() {
        return baseUrl() + "/organizations/" + ORG_UUID;
    }

    /** Serves /users/me for the connection's own user and organization. */
    protected static void stubCurrentUser() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(json(200, """
                {"resource": {"uri": "%s", "name": "Test User", "email": "test@example.com",
                 "current_organization": "%s"}}""".formatted(userUri(), organizationUri()))));
    }

    protected static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** Sends a body and headers to an endpoint and returns the exchange (which may hold an exception). */
    protected Exchange call(String uri, Object body, Map<String, Object> headers) {
        return template.request(uri, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new java.util.HashMap<>(headers));
        });
    }

    /** The exchange failed with a CalendlyValidationException, which is returned for further checks. */
    protected static CalendlyValidationException validationError(Exchange out) {
        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class);
        return out.getException(CalendlyValidationException.class);
    }

    /**
     * Resolving (and so starting) the endpoint failed with a CalendlyValidationException, which is returned for
     * further checks: what a route using the URI sees when it starts.
     */
    protected CalendlyValidationException startError(String uri) {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> context.getEndpoint(uri));
        assertThat(failure).isInstanceOf(org.apache.camel.ResolveEndpointFailedException.class)
                .hasCauseInstanceOf(CalendlyValidationException.class);
        return (CalendlyValidationException) failure.getCause();
    }

    /** Calendly got no request at all. */
    protected static void assertNoCallToCalendly() {
        assertThat(CALENDLY.getAllServeEvents()).isEmpty();
    }

    protected Exchange call(String uri) {
        return call(uri, null, Map.of());
    }
}
