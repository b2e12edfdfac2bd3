package io.github.camelcalendly.scaleout;

import java.net.http.HttpTimeoutException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.jdbc.TestPostgres;
import org.apache.camel.Exchange;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Three instances of one {@code calendly:webhook} route behind one URL, each its own CamelContext, remembering
 * deliveries in one camel-sql JdbcMessageIdRepository on a real PostgreSQL: every event is processed exactly once,
 * however Calendly's deliveries and redeliveries of it are spread over the instances.
 */
class WebhookDeliveriesAcrossInstancesTest {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliveriesAcrossInstancesTest.class);

    private static final int EVENTS = 1000;
    private static final String PROCESSOR_NAME = "calendly-webhook";

    private final List<WebhookInstance> instances = new ArrayList<>();
    /** Completed route runs per invitee URI, and failed ones. */
    private final Map<String, AtomicInteger> processed = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failed = new ConcurrentHashMap<>();
    /** Events whose first route run fails, as when a downstream system is briefly unavailable. */
    private final Set<String> failFirstRun = ConcurrentHashMap.newKeySet();
    private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();
    private TestPostgres.Database database;

    @AfterEach
    void stopInstances() {
        instances.forEach(WebhookInstance::close);
    }

    @Test
    void everyEventIsProcessedExactlyOnceWhateverInstancesItsDeliveriesReach() throws Exception {
        // the first run of some events is still going on when Calendly, tired of waiting, delivers them again
        Map<String, CountDownLatch> running = new ConcurrentHashMap<>();
        Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();
        startInstances("10m", (instance, exchange) -> {
            String invitee = exchange.getMessage().getHeader(CalendlyConstants.RESOURCE_URI, String.class);
            CountDownLatch hold = holds.get(invitee);
            if (hold != null) {
                running.get(invitee).countDown();
                assertThat(hold.await(60, TimeUnit.SECONDS)).isTrue();
            }
        });
        WebhookDeliverer calendly = new WebhookDeliverer(instances);
        List<String> invitees = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            String invitee = "https://api.calendly.com/scheduled_events/EV" + (i / 10) + "/invitees/INV" + i;
            invitees.add(invitee);
            if (i % 7 == 0) {
                failFirstRun.add(invitee);
            }
            if (i % 3 == 0) {
                running.put(invitee, new CountDownLatch(1));
                holds.put(invitee, new CountDownLatch(1));
            }
        }

        AtomicInteger notAcknowledged = new AtomicInteger();
        List<Integer> redeliveriesWhileRunning = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(24);
        ExecutorService abandoned = Executors.newCachedThreadPool();
        try {
            List<Future<List<Integer>>> deliveries = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                String invitee = invitees.get(i);
                byte[] body = WebhookDeliverer.inviteeCreated(invitee);
                int first = i % 3;
                if (!holds.containsKey(invitee)) {
                    deliveries.add(pool.submit(() -> calendly.deliverUntilAcknowledged(body, first)));
                    continue;
                }
                deliveries.add(pool.submit(() -> {
                    // Calendly never sees the answer of the first attempt and delivers again, to another instance
                    abandoned.submit(() -> calendly.deliver(body, first));
                    assertThat(running.get(invitee).await(60, TimeUnit.SECONDS)).isTrue();
                    int whileRunning = calendly.deliver(body, first + 1);
                    redeliveriesWhileRunning.add(whileRunning);
                    holds.get(invitee).countDown();
                    return whileRunning / 100 == 2 ? List.of(whileRunning)
                            : calendly.deliverUntilAcknowledged(body, first + 2);
                }));
            }
            for (Future<List<Integer>> delivery : deliveries) {
                List<Integer> statuses = delivery.get(5, TimeUnit.MINUTES);
                notAcknowledged.addAndGet(statuses.size() - 1);
            }
            // and later, once more, to the instance that saw none of the first attempts of most events
            List<Future<Integer>> late = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                byte[] body = WebhookDeliverer.inviteeCreated(invitees.get(i));
                int instance = i % 3 + 2;
                late.add(pool.submit(() -> calendly.deliver(body, instance)));
            }
            for (Future<Integer> answer : late) {
                assertThat(answer.get(5, TimeUnit.MINUTES)).isEqualTo(200);
            }
        } finally {
            holds.values().forEach(CountDownLatch::countDown);
            pool.shutdownNow();
            abandoned.shutdown();
            assertThat(abandoned.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        }

        LOG.info("{} events delivered to {} instances: {} answers asked Calendly to retry", EVENTS, instances.size(),
                notAcknowledged.get());
        for (String invitee : invitees) {
            assertThat(count(processed, invitee)).as("completed runs of " + invitee).isEqualTo(1);
            assertThat(count(failed, invitee)).as("failed runs of " + invitee)
                    .isEqualTo(failFirstRun.contains(invitee) ? 1 : 0);
        }
        assertThat(processed).hasSize(EVENTS);
        // a redelivery reaching another instance while the first run goes on is not acknowledged: that run may fail
        assertThat(redeliveriesWhileRunning).hasSize(holds.size()).containsOnly(409);
        assertThat(keysLike("calendly:processed:%")).isEqualTo(EVENTS);
        assertThat(keysLike("calendly:claim:%")).isZero();
    }

    @Test
    void anEventWhoseInstanceDiedWhileProcessingIsTakenOverAfterTheInProgressTimeout() throws Exception {
        String doomed = "https://api.calendly.com/scheduled_events/EVD/invitees/DOOMED";
        CountDownLatch dying = new CountDownLatch(1);
        CountDownLatch end = new CountDownLatch(1);
        startInstances("5s", (instance, exchange) -> {
            if (instance.equals("instance-a")) {
                // instance A takes the event and never finishes it: as good as killed
                dying.countDown();
                end.await(2, TimeUnit.MINUTES);
                throw new IllegalStateException("instance A is gone");
            }
        });
        WebhookDeliverer calendly = new WebhookDeliverer(instances);
        byte[] body = WebhookDeliverer.inviteeCreated(doomed);
        try {
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<Integer> toA = pool.submit(() -> calendly.send(body, 0, Duration.ofMillis(500)));
                assertThat(dying.await(30, TimeUnit.SECONDS)).isTrue();
                // Calendly stops waiting for instance A's answer and delivers again, to instance B
                assertThatThrownBy(() -> toA.get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(HttpTimeoutException.class);

                assertThat(calendly.deliver(body, 1)).as("a redelivery while A holds the event").isEqualTo(409);
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                        .until(() -> calendly.deliver(body, 1) == 200);
                assertThat(calendly.deliver(body, 2)).isEqualTo(200);
                assertThat(count(processed, doomed)).isEqualTo(1);
                assertThat(keysLike("calendly:claim:%")).as("the claim instance A left behind").isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        } finally {
            end.countDown();
        }
        // instance A, released at last, fails: that gives its stale claim up and changes nothing else
        await().atMost(Duration.ofSeconds(30)).until(() -> keysLike("calendly:claim:%") == 0);
        assertThat(count(processed, doomed)).isEqualTo(1);
        assertThat(keysLike("calendly:processed:%")).isEqualTo(1);
    }

    /** What the route does on an instance before counting the event: may throw. */
    @FunctionalInterface
    private interface RouteStep {
        void run(String instance, Exchange exchange) throws Exception;
    }

    private void startInstances(String inProgressTimeout, RouteStep step) throws Exception {
        database = TestPostgres.newDatabase();
        for (String name : List.of("instance-a", "instance-b", "instance-c")) {
            // each instance has its own repository object, as each pod would; they share the table
            JdbcMessageIdRepository deliveries = new JdbcMessageIdRepository(database.dataSource(), PROCESSOR_NAME);
            String uri = "calendly:webhook?events=invitee.created&signingKey=RAW(" + WebhookDeliverer.SIGNING_KEY
                    + ")&webhookAutoRegister=false&idempotentRepository=#deliveries&inProgressTimeout="
                    + inProgressTimeout;
            WebhookInstance instance = WebhookInstance.create(name, WebhookInstance.freePort(), "unused-token",
                    "http://localhost:9", Map.of("deliveries", deliveries), uri, exchange -> {
                        String invitee = exchange.getMessage().getHeader(CalendlyConstants.RESOURCE_URI,
                                String.class);
                        try {
                            step.run(name, exchange);
                            if (failFirstRun.contains(invitee) && failedOnce.add(invitee)) {
                                throw new IllegalStateException("downstream system unavailable");
                            }
                        } catch (Exception e) {
                            failed.computeIfAbsent(invitee, k -> new AtomicInteger()).incrementAndGet();
                            throw e;
                        }
                        processed.computeIfAbsent(invitee, k -> new AtomicInteger()).incrementAndGet();
                    });
            instances.add(instance);
            // one after the other: the first creates camel-sql's table
            instance.start();
        }
    }

    private static int count(Map<String, AtomicInteger> counts, String invitee) {
        AtomicInteger count = counts.get(invitee);
        return count == null ? 0 : count.get();
    }

    private int keysLike(String pattern) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM CAMEL_MESSAGEPROCESSED"
                     + " WHERE processorName = ? AND messageId LIKE ?")) {
            query.setString(1, PROCESSOR_NAME);
            query.setString(2, pattern);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
