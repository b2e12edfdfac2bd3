package io.github.camelcalendly.polling;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Only list operations (and the webhook trigger) can start a route.
 */
class PollingEndpointTest extends PollingTestSupport {

    @Test
    void nonListOperationCannotStartARoute() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("calendly:scheduledEvents?op=get&uuid=ABC123").routeId(ROUTE).to(ITEMS);
            }
        })).rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scheduledEvents/get cannot start a route")
                .hasMessageContaining("list operations (polling)");
        assertThat(sandbox.wireMock().getAllServeEvents()).isEmpty();
    }
}
