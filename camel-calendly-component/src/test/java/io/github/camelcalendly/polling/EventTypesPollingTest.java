package io.github.camelcalendly.polling;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code from("calendly:eventTypes?op=list")} against the sandbox: created event types and small pages.
 */
class EventTypesPollingTest extends PollingTestSupport {

    @Test
    void createdEventTypeIsEmittedOnce() throws Exception {
        CalendlyPollingConsumer consumer = pollingRoute("calendly:eventTypes?op=list");
        int existing = consumer.poll();
        assertThat(existing).isEqualTo(listNow("calendly:eventTypes?op=list").size()).isPositive();

        Exchange created = template.request("calendly:eventTypes?op=create", e -> e.getMessage().setBody(Map.of(
                "owner", sandbox.seeded().owner(), "name", "Polling Review", "duration", 30)));
        assertThat(created.getException()).isNull();
        String uri = (String) created.getMessage().getBody(Map.class).get("uri");

        assertThat(consumer.poll()).isEqualTo(1);
        List<Map<String, Object>> bodies = receivedBodies(getMockEndpoint(ITEMS));
        assertThat(bodies).hasSize(existing + 1);
        assertThat(bodies.get(existing)).containsEntry("uri", uri).containsEntry("name", "Polling Review");
        assertThat(consumer.poll()).isZero();
    }

    @Test
    void pagesOfTwoAreAllRead() throws Exception {
        String organization = sandbox.seeded().organization();
        List<String> expected = byChange(listNow("calendly:eventTypes?op=list&organization=" + organization));
        assertThat(expected).hasSizeGreaterThan(4);
        sandbox.wireMock().resetRequests();
        CalendlyPollingConsumer consumer = pollingRoute(
                "calendly:eventTypes?op=list&count=2&organization=" + organization);

        assertThat(consumer.poll()).isEqualTo(expected.size());

        MockEndpoint items = getMockEndpoint(ITEMS);
        assertThat(receivedUris(items)).containsExactlyElementsOf(expected);
        List<ServeEvent> pages = sandbox.wireMock().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith("/event_types?")).toList();
        assertThat(pages).hasSize((expected.size() + 1) / 2)
                .allSatisfy(e -> assertThat(e.getRequest().queryParameter("count").firstValue()).isEqualTo("2"));
    }

    @Test
    void maxResultsCapsEachPoll() throws Exception {
        String organization = sandbox.seeded().organization();
        List<Map<String, Object>> firstThree = listNow(
                "calendly:eventTypes?op=list&count=2&maxResults=3&organization=" + organization);
        CalendlyPollingConsumer consumer = pollingRoute(
                "calendly:eventTypes?op=list&count=2&maxResults=3&organization=" + organization);

        assertThat(consumer.poll()).isEqualTo(3);

        assertThat(receivedUris(getMockEndpoint(ITEMS))).containsExactlyElementsOf(byChange(firstThree));
    }
}
