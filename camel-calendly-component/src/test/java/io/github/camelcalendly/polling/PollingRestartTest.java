package io.github.camelcalendly.polling;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import io.github.camelcalendly.CalendlyComponent;
import io.github.camelcalendly.sandbox.BookingResult;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A polling route restarted in a new Camel context with the same state repository continues where it stopped.
 */
class PollingRestartTest extends PollingTestSupport {

    @TempDir
    Path dir;

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("pollState", FileStateRepository.fileStateRepository(dir.resolve("poll.state").toFile()));
    }

    @Test
    void restartWithTheSameRepositoryNeitherReplaysNorSkips() throws Exception {
        String uri = "calendly:scheduledEvents?op=list&stateRepository=#pollState&minStartTime="
                + Instant.now().minus(ScheduledEventsWindow.LOOKBACK);
        int existing = pollingRoute(uri).poll();
        assertThat(existing).isPositive();
        context.getRouteController().stopRoute(ROUTE);

        // booked while no consumer runs
        BookingResult booking = bookIntroCall("Emmy Noether", "emmy@example.com");

        try (CamelContext second = new DefaultCamelContext()) {
            configure(second.getComponent("calendly", CalendlyComponent.class));
            // a repository of its own, reading what the first one wrote to the file
            second.getRegistry().bind("pollState",
                    FileStateRepository.fileStateRepository(dir.resolve("poll.state").toFile()));
            second.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri + "&startScheduler=false").routeId(ROUTE).to("mock:second");
                }
            });
            second.start();

            assertThat(consumerOf(second).poll()).isEqualTo(1);

            MockEndpoint received = second.getEndpoint("mock:second", MockEndpoint.class);
            assertThat(receivedUris(received)).containsExactly(booking.eventUri());
        }
        String kept = Files.readString(dir.resolve("poll.state"));
        assertThat(kept).containsPattern("(?m)^calendly:scheduledEvents/list:[0-9a-f]{32}=")
                .contains(booking.eventUri()).doesNotContain(token);
    }
}
