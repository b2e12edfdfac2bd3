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
}
