package io.github.camelcalendly.scaleout;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.github.camelcalendly.CalendlyComponent;
import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.jdbc.JdbcStateRepository;
import io.github.camelcalendly.jdbc.TestPostgres;
import io.github.camelcalendly.sandbox.Booking;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.state.SeededOrganization;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.component.master.MasterConsumer;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three instances of one application run the same polling route wrapped in camel-master: a file lock in one shared
 * directory elects the instance that polls, and the watermark lives in one PostgreSQL table that all three share.
 * Meetings are booked before the instances start and while they lead; the leader is stopped once between polls and
 * once in the middle of a batch. Every meeting reaches the routes exactly once, and only one instance polls at a time.
 */
class PollingFailoverTest {

    private static final String ROUTE = "meetings";
    private static final Duration TAKEOVER = Duration.ofSeconds(60);

    @TempDir
    Path lockDirectory;

    private CalendlySandbox sandbox;
    private String token;
    private TestPostgres.Database database;
    private String polled;
    private CamelContext observer;
    private final Map<String, CamelContext> instances = new LinkedHashMap<>();
    private final Queue<Delivery> deliveries = new ConcurrentLinkedQueue<>();
    private final PollTracker polls = new PollTracker();
    /** When set, the next leader that gets a batch of several meetings is stopped while it processes the first. */
    private final AtomicBoolean stopTheLeaderMidBatch = new AtomicBoolean();
    private final AtomicReference<Delivery> inRouteAtStop = new AtomicReference<>();

    /** One meeting a route got, and on which instance. */
    record Delivery(String instance, String meeting) {
    }

    @BeforeEach
    void startSandbox() throws Exception {
        sandbox = CalendlySandbox.start();
        token = sandbox.issueToken();
        database = TestPostgres.newDatabase();
        Instant windowStart = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        polled = "calendly:scheduledEvents?op=list&minStartTime=" + windowStart;
        observer = new DefaultCamelContext();
        configure(observer);
        observer.start();
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (CamelContext instance : instances.values()) {
            instance.stop();
        }
        if (observer != null) {
            observer.stop();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void aFailoverNeitherRepeatsNorSkipsAMeetingAndOneInstancePollsAtATime() throws Exception {
        book(2);
        startInstance("instance-a");
        startInstance("instance-b");
        startInstance("instance-c");

        String first = awaitLeader(Set.of());
        awaitEveryListedMeetingDelivered();
        book(2);
        awaitEveryListedMeetingDelivered();

        // a graceful stop between polls; meetings booked while the others take over
        stopInstance(first).get(TAKEOVER.toSeconds(), TimeUnit.SECONDS);
        book(2);
        String second = awaitLeader(Set.of(first));
        awaitEveryListedMeetingDelivered();

        // a graceful stop while the leader's route processes the first meeting of a batch of three
        polls.holdAndAwaitIdle();
        book(3);
        stopTheLeaderMidBatch.set(true);
        polls.release();
        String third = awaitLeader(Set.of(first, second));
        awaitEveryListedMeetingDelivered();

        List<String> delivered = deliveries.stream().map(Delivery::meeting).toList();
        assertThat(delivered).as("every meeting once, of %s", deliveries).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(listedMeetings());
        assertThat(inRouteAtStop.get()).as("the meeting in the route when the second leader was stopped")
                .isNotNull().extracting(Delivery::instance).isEqualTo(second);
        assertThat(deliveries).as("the rest of that batch went to the third leader")
                .filteredOn(d -> d.instance().equals(third)).hasSize(2);
        assertThat(polls.mostAtOnce()).as("polls running at one moment").isEqualTo(1);
        assertThat(polls.pollerSequence()).as("who polled, in turn").containsExactly(first, second, third);
        for (String stopped : List.of(first, second)) {
            await().atMost(TAKEOVER).untilAsserted(() -> assertThat(liveThreadsOf(stopped)).as(stopped).isEmpty());
        }
    }

    private void startInstance(String name) throws Exception {
        DefaultCamelContext camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName(name);
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(lockDirectory.toString());
        cluster.setAcquireLockDelay(100, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(200, TimeUnit.MILLISECONDS);
        camel.addService(cluster);
        configure(camel);
        camel.getRegistry().bind("pollState", new JdbcStateRepository(database.dataSource()));
        camel.getRegistry().bind("pollWatch", polls.strategyOf(name));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:calendly-meetings:" + polled
                     + "&stateRepository=#pollState&pollStrategy=#pollWatch&initialDelay=500&delay=200")
                        .routeId(ROUTE)
                        .process(exchange -> deliveries.add(new Delivery(name,
                                exchange.getMessage().getHeader(CalendlyConstants.RESOURCE_URI, String.class))))
                        .process(exchange -> stopMidBatchWhenAsked(name, exchange));
            }
        });
        camel.start();
        instances.put(name, camel);
    }

    private void stopMidBatchWhenAsked(String name, Exchange exchange) {
        int size = exchange.getProperty(ExchangePropertyKey.BATCH_SIZE, Integer.class);
        int index = exchange.getProperty(ExchangePropertyKey.BATCH_INDEX, Integer.class);
        if (size > 1 && index == 0 && stopTheLeaderMidBatch.compareAndSet(true, false)) {
            CamelContext self = instances.get(name);
            inRouteAtStop.set(new Delivery(name, exchange.getMessage().getHeader(CalendlyConstants.RESOURCE_URI,
                    String.class)));
            stopInstance(name);
            // the stop has begun while this meeting is still in the route
            await().atMost(TAKEOVER).until(() -> self.isStopping() || self.isStopped());
        }
    }

    private CompletableFuture<Void> stopInstance(String name) {
        CamelContext camel = instances.get(name);
        return CompletableFuture.runAsync(camel::stop);
    }

    /** Waits until one instance, not among {@code before}, leads, and returns its name. */
    private String awaitLeader(Set<String> before) {
        return await().atMost(TAKEOVER).until(() -> {
            List<String> leaders = instances.entrySet().stream()
                    .filter(e -> e.getValue().isStarted())
                    .filter(e -> ((MasterConsumer) e.getValue().getRoute(ROUTE).getConsumer()).isMaster())
                    .map(Map.Entry::getKey).toList();
            return leaders.size() == 1 && !before.contains(leaders.get(0)) ? leaders.get(0) : null;
        }, leader -> leader != null);
    }

    private void awaitEveryListedMeetingDelivered() {
        await().atMost(TAKEOVER).untilAsserted(() -> assertThat(deliveries.stream().map(Delivery::meeting))
                .containsAll(listedMeetings()));
    }

    /** The meetings Calendly lists in the polled window right now. */
    @SuppressWarnings("unchecked")
    private List<String> listedMeetings() {
        List<Map<String, Object>> items = observer.createProducerTemplate().requestBody(polled, null, List.class);
        return items.stream().map(item -> (String) item.get("uri")).toList();
    }

    private void book(int meetings) {
        for (int i = 0; i < meetings; i++) {
            sandbox.book(Booking.of(sandbox.seeded().eventType(SeededOrganization.INTRO_CALL), null,
                    "Invitee " + i, "invitee" + i + "@example.com"));
        }
    }

    private void configure(CamelContext camel) {
        CalendlyComponent calendly = camel.getComponent("calendly", CalendlyComponent.class);
        calendly.setAccessToken(token);
        calendly.setBaseUrl(sandbox.baseUrl());
        calendly.setMaxRetries(0);
    }

    private static List<String> liveThreadsOf(String instance) {
        String marker = "Camel (" + instance + ")";
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.contains(marker)).toList();
    }
}
