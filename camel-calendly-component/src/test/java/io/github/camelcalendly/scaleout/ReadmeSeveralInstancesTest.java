package io.github.camelcalendly.scaleout;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.jdbc.TestPostgres;
import io.github.camelcalendly.sandbox.Booking;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.SandboxOptions;
import io.github.camelcalendly.sandbox.state.SeededOrganization;
import io.github.camelcalendly.sandbox.oauth.TokenRequest;
import io.github.camelcalendly.sandbox.webhook.WebhookDelivery;
import org.apache.camel.CamelContext;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's "Running several instances" Integration, read from the README itself, run as three instances of
 * Camel Main the way three Camel K replicas run it: its flows as the routes file, its {@code camel} trait properties
 * (those Camel Main understands) as configuration, the Secret's keys as properties, one PostgreSQL, and a file-lock
 * cluster service standing in for the Kubernetes Lease.
 */
class ReadmeSeveralInstancesTest {

    private static final Path README = Path.of(System.getProperty("calendly.module.dir", "."), "..", "README.md");
    private static final Pattern MARKED_BLOCK = Pattern.compile(
            "<!-- several-instances-integration -->\\n```yaml\\n(.*?)```", Pattern.DOTALL);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    private final List<Main> instances = new ArrayList<>();
    private final Map<String, List<String>> completed = new ConcurrentHashMap<>();
    private final List<String> polled = new CopyOnWriteArrayList<>();
    private CalendlySandbox sandbox;

    @AfterEach
    void stop() {
        instances.forEach(Main::stop);
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void threeReplicasOfTheIntegrationShareTokensDeliveriesPollingAndOneSubscription() throws Exception {
        Map<String, Object> integration = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(markedBlock());
        Map<String, Object> spec = (Map<String, Object>) integration.get("spec");
        assertThat(spec).containsEntry("replicas", 3);
        Path flows = work.resolve("calendly-meetings.camel.yaml");
        Files.writeString(flows, new Dump(DumpSettings.builder().build()).dumpToString(spec.get("flows")));
        List<String> traitProperties = (List<String>) ((Map<String, Object>) ((Map<String, Object>) spec
                .get("traits")).get("camel")).get("properties");

        sandbox = CalendlySandbox.start();
        String bookedBefore = sandbox.book(Booking.of(sandbox.seeded().eventType(SeededOrganization.INTRO_CALL), null,
                "Before Start", "before@example.com")).eventUri();
        TestPostgres.Database database = TestPostgres.newDatabase();
        createDeliveriesTable(database);
        Map<String, String> secret = secret(database, AvailablePortFinder.getNextAvailable());
        int[] ports = {portOf(secret.get("calendly.webhook-url")), AvailablePortFinder.getNextAvailable(),
                AvailablePortFinder.getNextAvailable()};

        for (int i = 0; i < 3; i++) {
            instances.add(startReplica("replica-" + i, ports[i], flows, traitProperties, secret));
        }

        // one subscription for the public URL, whoever registered it
        assertThat(subscriptionsFor(secret.get("calendly.webhook-url"))).hasSize(1);
        // the leader alone polls: each active meeting (the one booked before the start among them) reaches one
        // route, once
        await().atMost(Duration.ofSeconds(30)).until(() -> meetingsPolled().contains(bookedBefore));
        List<String> polledFirst = meetingsPolled();
        // a booking now is delivered to the public URL (replica 0) and processed once; Calendly-style
        // redeliveries of the same event to the other replicas are acknowledged without running the route again
        sandbox.book(Booking.of(sandbox.seeded().eventType(SeededOrganization.INTRO_CALL), null, "After Start",
                "after@example.com"));
        WebhookDelivery delivery = sandbox.awaitDeliveries(1, Duration.ofSeconds(20)).get(0);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(runsOf("bookings")).hasSize(1));
        assertThat(redeliver(delivery, ports[1])).isEqualTo(200);
        assertThat(redeliver(delivery, ports[2])).isEqualTo(200);
        assertThat(runsOf("bookings")).containsExactly("replica-0");
        assertThat(meetingsPolled()).as("each meeting once").doesNotHaveDuplicates().isEqualTo(polledFirst);
        assertThat(runsOf("meetings")).as("polled by one replica only").containsOnly(runsOf("meetings").get(0));

        // the configured refresh token was redeemed once, by one replica, for all of them
        List<TokenRequest> refreshes = sandbox.tokenRequests().stream()
                .filter(r -> "refresh_token".equals(r.grantType())).toList();
        assertThat(refreshes).hasSize(1).extracting(TokenRequest::status).containsOnly(200);
        assertThat(count(database, "SELECT COUNT(*) FROM calendly_tokens")).isEqualTo(1);
        assertThat(count(database, "SELECT COUNT(*) FROM calendly_poll_state")).isEqualTo(1);
        assertThat(count(database, "SELECT COUNT(*) FROM calendly_rate_window")).isEqualTo(1);
    }

    private Main startReplica(String name, int port, Path flows, List<String> traitProperties,
            Map<String, String> secret) throws Exception {
        Main main = new Main();
        main.addInitialProperty("camel.main.name", name);
        main.addInitialProperty("camel.main.routesIncludePattern", "file:" + flows);
        main.addInitialProperty("camel.server.enabled", "true");
        main.addInitialProperty("camel.server.port", String.valueOf(port));
        for (String property : traitProperties) {
            if (!property.startsWith("quarkus.")) {
                int eq = property.indexOf('=');
                main.addInitialProperty(property.substring(0, eq), property.substring(eq + 1));
            }
        }
        secret.forEach(main::addInitialProperty);
        FileLockClusterService lease = new FileLockClusterService();
        lease.setRoot(work.resolve("cluster").toString());
        lease.setAcquireLockDelay(100, TimeUnit.MILLISECONDS);
        lease.setAcquireLockInterval(200, TimeUnit.MILLISECONDS);
        main.bind("clusterService", lease);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport configured) {
                record(name, configured.getCamelContext());
            }
        });
        main.start();
        return main;
    }

    private void record(String name, CamelContext context) {
        context.getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                CamelEvent.ExchangeCompletedEvent done = (CamelEvent.ExchangeCompletedEvent) event;
                String route = done.getExchange().getFromRouteId();
                if (route != null) {
                    completed.computeIfAbsent(route, r -> new CopyOnWriteArrayList<>()).add(name);
                }
                if ("meetings".equals(route)) {
                    polled.add(String.valueOf(done.getExchange().getMessage().getBody(Map.class).get("uri")));
                }
            }

            @Override
            public boolean isEnabled(CamelEvent event) {
                return event instanceof CamelEvent.ExchangeCompletedEvent;
            }
        });
    }

    private List<String> meetingsPolled() {
        return List.copyOf(polled);
    }

    private List<String> runsOf(String route) {
        return completed.getOrDefault(route, List.of());
    }

    /** What the README's Secret holds, for this sandbox and database. */
    private Map<String, String> secret(TestPostgres.Database database, int publicPort) throws Exception {
        SandboxOptions.OAuthClient app = sandbox.options().oauthClient();
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return Map.ofEntries(
                Map.entry("camel.component.calendly.clientId", app.clientId()),
                Map.entry("camel.component.calendly.clientSecret", app.clientSecret()),
                Map.entry("camel.component.calendly.refreshToken", refreshTokenFromConsent(app)),
                Map.entry("camel.component.calendly.baseUrl", sandbox.baseUrl()),
                Map.entry("camel.component.calendly.authBaseUrl", sandbox.authUrl()),
                Map.entry("calendly.db.url", database.jdbcUrl()),
                Map.entry("calendly.db.user", "postgres"),
                Map.entry("calendly.db.password", "unused"),
                Map.entry("calendly.tokens.key", Base64.getEncoder().encodeToString(key)),
                Map.entry("calendly.signing-key", sandbox.webhookSigningKey()),
                Map.entry("calendly.webhook-url", "http://localhost:" + publicPort + "/calendly/webhook"));
    }

    /** The refresh token an OAuth client gets once, from the seeded owner's consent. */
    private String refreshTokenFromConsent(SandboxOptions.OAuthClient app) throws Exception {
        byte[] random = new byte[48];
        new java.security.SecureRandom().nextBytes(random);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String code = sandbox.authorizationCode(sandbox.seeded().owner(), List.of(), io.github.camelcalendly.sandbox.oauth.Pkce.challengeOf(verifier));
        String form = "grant_type=authorization_code&code=" + encode(code) + "&redirect_uri="
                      + encode(app.redirectUri()) + "&code_verifier=" + encode(verifier);
        String basic = Base64.getEncoder().encodeToString((app.clientId() + ":" + app.clientSecret())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.authUrl() + "/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).path("refresh_token").asText();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int redeliver(WebhookDelivery delivery, int port) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/calendly/webhook"))
                .header("Content-Type", "application/json")
                .header("Calendly-Webhook-Signature", delivery.signature())
                .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body())).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private List<JsonNode> subscriptionsFor(String url) throws Exception {
        String token = sandbox.issueToken();
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl()
                + "/webhook_subscriptions?scope=user&organization=" + encode(sandbox.seeded().organization())
                + "&user=" + encode(sandbox.seeded().owner()))).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        JSON.readTree(answer.body()).path("collection").forEach(s -> {
            if (url.equals(s.path("callback_url").asText())) {
                found.add(s);
            }
        });
        return found;
    }

    /** The table camel-sql's repository uses, created beforehand as the README's table of tables says. */
    private static void createDeliveriesTable(TestPostgres.Database database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(WebhookYamlSharedRepositoryTest.CREATE_TABLE);
        }
    }

    private static int count(TestPostgres.Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    private static int portOf(String url) {
        return URI.create(url).getPort();
    }

    private static String markedBlock() throws Exception {
        Matcher m = MARKED_BLOCK.matcher(Files.readString(README, StandardCharsets.UTF_8));
        assertThat(m.find()).as("README has the several-instances Integration block").isTrue();
        return m.group(1);
    }
}
