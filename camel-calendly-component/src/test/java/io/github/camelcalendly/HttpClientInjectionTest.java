package io.github.camelcalendly;

import java.io.IOException;

import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP client can be customized with a camel-http HttpClientConfigurer, or replaced by the application's own.
 */
class HttpClientInjectionTest {

    private static final String ME = "{\"resource\": {\"uri\": \"https://api.calendly.com/users/U1\"}}";

    @Nested
    class AConfigurer extends CalendlyTestSupport {

        @BindToRegistry("tracing")
        HttpClientConfigurer tracing = builder -> builder.addRequestInterceptorFirst(
                (request, entity, context) -> request.addHeader("X-Trace", "from-configurer"));

        @Test
        void customizesTheComponentsOwnClient() {
            CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(json(200, ME)));
            context.getComponent("calendly", CalendlyComponent.class).setHttpClientConfigurer(tracing);
            restartComponent();

            Exchange out = call("calendly:users?op=me");

            assertThat(out.getException()).isNull();
            CALENDLY.verify(getRequestedFor(urlPathEqualTo("/users/me"))
                    .withHeader("X-Trace", equalTo("from-configurer"))
                    .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        }

        private void restartComponent() {
            CalendlyComponent component = context.getComponent("calendly", CalendlyComponent.class);
            component.stop();
            component.start();
        }
    }

    @Nested
    class TheApplicationsClient extends CalendlyTestSupport {

        static final CloseableHttpClient OWN = HttpClients.custom()
                .addRequestInterceptorFirst((request, entity, context) -> request.addHeader("X-Client", "own"))
                .build();

        @Override
        protected void beforeTheComponent(CamelContext context) {
            context.getRegistry().bind("calendlyHttpClient", OWN);
        }

        @AfterAll
        static void closeIt() throws IOException {
            OWN.close();
        }

        @Test
        void isFoundInTheRegistryAndSendsEveryCall() {
            CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(json(200, ME)));

            Exchange out = call("calendly:users?op=me");

            assertThat(out.getException()).isNull();
            assertThat(context.getComponent("calendly", CalendlyComponent.class).getHttpClient()).isSameAs(OWN);
            CALENDLY.verify(getRequestedFor(urlPathEqualTo("/users/me")).withHeader("X-Client", equalTo("own")));
        }

        @Test
        void isNotClosedWhenTheComponentStops() throws IOException {
            CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(json(200, ME)));

            context.getComponent("calendly", CalendlyComponent.class).stop();

            int status = OWN.execute(new HttpGet(CALENDLY.baseUrl() + "/users/me"), response -> response.getCode());
            assertThat(status).isEqualTo(200);
        }

        @Test
        void stillFollowsNoRedirectSoTheTokenNeverTravels() {
            CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(
                    json(302, "").withHeader("Location", "https://elsewhere.example/users/me")));

            Exchange out = call("calendly:users?op=me");

            assertThat(out.getException()).isNotNull();
            CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/users/me")));
        }
    }
}
