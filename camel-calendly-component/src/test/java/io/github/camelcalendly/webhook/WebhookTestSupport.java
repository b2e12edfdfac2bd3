package io.github.camelcalendly.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.CalendlyComponent;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.SandboxOptions;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * A Camel context serving HTTP with the Vert.x platform-http server on a free port, next to a {@link CalendlySandbox}
 * that delivers webhooks to it. Tests create their subscriptions over the sandbox's HTTP API (webhookAutoRegister is
 * false everywhere) and the subscriptions are deleted after each test.
 */
abstract class WebhookTestSupport extends CamelTestSupport {

    static final String SIGNING_KEY = "test-signing-key-0f1e2d3c";
    static final String PATH = "/calendly/webhook";

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static CalendlySandbox sandbox;
    static String token;
    static int port;

    private final List<String> subscriptions = new ArrayList<>();

    @BeforeAll
    static void startSandbox() {
        sandbox = CalendlySandbox.start(sandboxOptions());
        token = sandbox.issueToken();
        port = AvailablePortFinder.getNextAvailable();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    static SandboxOptions sandboxOptions() {
        return SandboxOptions.defaults();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        CalendlyComponent component = context.getComponent("calendly", CalendlyComponent.class);
        component.setAccessToken(token);
        component.setBaseUrl(sandbox.baseUrl());
        return context;
    }

    @AfterEach
    void deleteSubscriptions() throws Exception {
        for (String uri : subscriptions) {
            HTTP.send(HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token).DELETE()
                    .build(), HttpResponse.BodyHandlers.discarding());
        }
        subscriptions.clear();
    }

    /** The trigger URI for the given events, with the test's key and no registration. */
    static String webhookUri(String events) {
        return "calendly:webhook?events=" + events + "&signingKey=RAW(" + SIGNING_KEY + ")&webhookPath=" + PATH
                + "&webhookAutoRegister=false";
    }

    static String callbackUrl(String path) {
        return "http://localhost:" + port + path;
    }

    /** Subscribes {@code callbackUrl} to {@code events} in the sandbox (organization scope, the test's key). */
    String subscribe(String callbackUrl, String... events) throws Exception {
        Map<String, Object> body = Map.of("url", callbackUrl, "events", List.of(events),
                "organization", sandbox.seeded().organization(), "scope", "organization",
                "signing_key", SIGNING_KEY);
        JsonNode created = api("POST", "/webhook_subscriptions", body);
        String uri = created.path("resource").path("uri").asText();
        subscriptions.add(uri);
        return uri;
    }

    /** Calls the sandbox API as the owner and returns the JSON answer (null for an empty one). */
    static JsonNode api(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }

    /** POSTs a body with a signature header (none when null) to the trigger's path. */
    static HttpResponse<String> post(String path, byte[] body, String signature) throws Exception {
        return send("POST", path, body, signature);
    }

    static HttpResponse<String> send(String method, String path, byte[] body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(callbackUrl(path)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header(SignatureHeader.NAME, signature);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A header signed the way Calendly signs, written independently of the code under test. */
    static String signatureHeader(String key, long unixSeconds, byte[] body) {
        return "t=" + unixSeconds + ",v1=" + hmacHex(key, unixSeconds + "." + new String(body,
                StandardCharsets.UTF_8));
    }

    static String signNow(byte[] body) {
        return signatureHeader(SIGNING_KEY, Instant.now().getEpochSecond(), body);
    }

    static String hmacHex(String key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Calendly-shaped invitee.created delivery body for {@code inviteeUri}. */
    static byte[] inviteeCreatedBody(String inviteeUri) {
        return ("{\"event\":\"invitee.created\",\"created_at\":\"2026-03-01T10:00:00.000000Z\","
                + "\"created_by\":\"https://api.calendly.com/users/OWNER\",\"payload\":{\"uri\":\"" + inviteeUri
                + "\",\"email\":\"ada@example.com\",\"event\":\"https://api.calendly.com/scheduled_events/EV1\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
