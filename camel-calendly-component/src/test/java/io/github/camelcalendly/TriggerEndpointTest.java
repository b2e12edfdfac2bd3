package io.github.camelcalendly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.camel.FailedToCreateProducerException;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.operation.OperationKind;

/**
 * Which endpoints may start a route and which may be called, and which consumer options each one takes.
 */
class TriggerEndpointTest extends CalendlyTestSupport {

    @Test
    void theWebhookEndpointIsTheRegistrysTriggerWithoutAnOp() {
        CalendlyEndpoint endpoint = context.getEndpoint(
                "calendly:webhook?events=invitee.created&signingKey=RAW(key)", CalendlyEndpoint.class);

        assertThat(endpoint.getOperation().kind()).isEqualTo(OperationKind.WEBHOOK_TRIGGER);
        assertThat(endpoint.getRequestOptions().getEvents()).isEqualTo("invitee.created");
    }

    @Test
    void theWebhookEndpointCannotBeCalledFromARoute() {
        assertThatThrownBy(() -> template.sendBody("calendly:webhook?events=invitee.created&signingKey=RAW(key)",
                null)).isInstanceOf(FailedToCreateProducerException.class)
                .rootCause().hasMessageContaining("use it in from(...)")
                .hasMessageContaining("calendly:webhookSubscriptions");
    }

    @Test
    void anUnknownWebhookEventIsRefusedWhenTheEndpointIsCreated() {
        assertThatThrownBy(() -> context.getEndpoint("calendly:webhook?events=invitee.booked&signingKey=RAW(k)"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("invitee.booked");
    }

    @Test
    void aWebhookOptionOnAnActionEndpointIsRefused() {
        assertThatThrownBy(() -> context.getEndpoint(
                "calendly:users?op=me&webhookExternalUrl=https://example.com/hook"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("webhookExternalUrl").hasMessageContaining("users/me");
    }

    @Test
    void aStateRepositoryOnANonListEndpointIsRefused() {
        context.getRegistry().bind("watermarks", new org.apache.camel.support.processor.state.MemoryStateRepository());

        assertThatThrownBy(() -> context.getEndpoint("calendly:users?op=me&stateRepository=#watermarks"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("stateRepository");
    }
}
