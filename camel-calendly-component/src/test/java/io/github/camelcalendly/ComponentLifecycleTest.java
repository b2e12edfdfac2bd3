package io.github.camelcalendly;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The component builds its HTTP client when it starts and closes it when it stops; a restarted component serves
 * calls again with a new one.
 */
class ComponentLifecycleTest extends CalendlyTestSupport {

    private static final String ME = "{\"resource\": {\"uri\": \"https://api.calendly.com/users/U1\"}}";

    @Test
    void theHttpClientIsReadyAsSoonAsTheComponentHasStarted() {
        CalendlyComponent component = context.getComponent("calendly", CalendlyComponent.class);

        assertThat(component.httpClientInUse()).isNotNull();
        assertThat(component.httpClientInUse().isOwned()).isTrue();
    }

    @Test
    void aStoppedComponentHasClosedItsClientAndCreatesNoConnection() {
        CalendlyComponent component = context.getComponent("calendly", CalendlyComponent.class);
        component.stop();

        assertThat(component.httpClientInUse()).isNull();
        assertThatThrownBy(() -> component.connection(
                io.github.camelcalendly.operation.OperationRegistry.resolve("users", "me"),
                component.getConfiguration()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not started");
    }

    @Test
    void aRestartedComponentServesCallsWithANewClient() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(json(200, ME)));
        CalendlyComponent component = context.getComponent("calendly", CalendlyComponent.class);
        Object before = component.httpClientInUse();

        component.stop();
        component.start();
        Exchange out = call("calendly:users?op=me");

        assertThat(component.httpClientInUse()).isNotSameAs(before);
        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/users/me")));
    }
}
