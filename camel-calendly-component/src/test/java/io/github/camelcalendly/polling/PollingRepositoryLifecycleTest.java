package io.github.camelcalendly.polling;

import java.nio.file.Path;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Registry;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who starts and stops the repository a polling route keeps its watermark in: a configured one is started with the
 * route and stopped with the Camel context (other routes may share it); the in-memory default is stopped with the
 * route.
 */
class PollingRepositoryLifecycleTest extends PollingTestSupport {

    private static final String LIST = "calendly:eventTypes?op=list";

    @TempDir
    Path dir;

    private FileStateRepository watermarks;

    @Override
    protected void bindToRegistry(Registry registry) {
        watermarks = FileStateRepository.fileStateRepository(dir.resolve("poll.state").toFile());
        registry.bind("watermarks", watermarks);
    }

    @Test
    void aConfiguredRepositoryIsStartedWithTheRouteAndStoppedWithTheCamelContext() throws Exception {
        CalendlyPollingConsumer consumer = pollingRoute(LIST + "&stateRepository=#watermarks");
        assertThat(watermarks.isStarted()).isTrue();
        assertThat(consumer.poll()).isPositive();

        context.stop();

        assertThat(watermarks.isStopped()).isTrue();
    }

    @Test
    void stoppingOneRouteLeavesTheRepositoryItSharesRunningForTheOther() throws Exception {
        CalendlyPollingConsumer mine = pollingRoute(LIST + "&stateRepository=#watermarks");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(LIST + "&organization=" + sandbox.seeded().organization()
                     + "&stateRepository=#watermarks&startScheduler=false").routeId("organization")
                        .to("mock:organization");
            }
        });
        assertThat(mine.poll()).isPositive();

        context.getRouteController().stopRoute("organization");

        assertThat(watermarks.isStarted()).isTrue();
        assertThat(mine.poll()).as("a second poll replays nothing").isZero();
    }

    @Test
    void theInMemoryDefaultIsStoppedWithTheRoute() throws Exception {
        CalendlyPollingConsumer consumer = pollingRoute(LIST);
        assertThat(consumer.poll()).isPositive();
        StateRepository<String, String> inMemory = consumer.stateRepository();

        context.getRouteController().stopRoute(ROUTE);

        assertThat(inMemory).isInstanceOfSatisfying(MemoryStateRepository.class,
                repository -> assertThat(repository.isStopped()).isTrue());
    }
}
