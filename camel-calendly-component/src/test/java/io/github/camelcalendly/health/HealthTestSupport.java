package io.github.camelcalendly.health;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import io.github.camelcalendly.CalendlyComponent;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Camel context with camel-health, serving HTTP on a free port for webhook triggers, whose calendly component
 * talks to a {@link CalendlySandbox}. Health is read the way Camel's health endpoints read it: through
 * {@link HealthCheckHelper} over the context's health-check registry.
 */
abstract class HealthTestSupport extends CamelTestSupport {

    static final String SIGNING_KEY = "health-signing-key-5c1d7e";

    static CalendlySandbox sandbox;
    static String token;
    static int port;

    @BeforeAll
    static void startSandbox() {
        sandbox = CalendlySandbox.start();
        token = sandbox.issueToken();
        port = AvailablePortFinder.getNextAvailable();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
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

    static String callbackUrl(String path) {
        return "http://localhost:" + port + path;
    }

    /** A trigger URI for invitee.created on {@code path}, registering itself for the local callback URL. */
    static String triggerUri(String path) {
        return "calendly:webhook?events=invitee.created&signingKey=RAW(" + SIGNING_KEY + ")&webhookPath=" + path
               + "&webhookExternalUrl=" + callbackUrl(path);
    }

    /** Every check's result, all details included, as the health endpoints collect them. */
    List<HealthCheck.Result> healthResults() {
        return List.copyOf(HealthCheckHelper.invoke(context,
                check -> Map.of(HealthCheck.CHECK_KIND, HealthCheck.Kind.ALL), check -> false, "full"));
    }

    /** The result of the check with this id. */
    HealthCheck.Result health(String checkId) {
        return healthResults().stream().filter(r -> r.getCheck().getId().equals(checkId)).findFirst()
                .orElseThrow(() -> new AssertionError("no health check " + checkId + " among "
                        + healthResults().stream().map(r -> r.getCheck().getId()).toList()));
    }

    /** The results of the calendly connection checks. */
    List<HealthCheck.Result> connectionResults() {
        return healthResults().stream()
                .filter(r -> r.getCheck().getId().startsWith(ConnectionHealthCheck.ID_PREFIX)).toList();
    }

    /** Neither the message, nor a detail, nor the error's stack trace holds any of {@code secrets}. */
    static void assertNoSecretIn(HealthCheck.Result result, String... secrets) {
        StringBuilder text = new StringBuilder(result.getMessage().orElse(""));
        result.getDetails().forEach((key, value) -> text.append('\n').append(key).append('=').append(value));
        result.getError().ifPresent(error -> {
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            text.append('\n').append(trace);
        });
        for (String secret : secrets) {
            // reported without the secret's value
            assertThat(text.toString().contains(secret)).as("health of %s holds a secret", result.getCheck().getId())
                    .isFalse();
        }
    }
}
