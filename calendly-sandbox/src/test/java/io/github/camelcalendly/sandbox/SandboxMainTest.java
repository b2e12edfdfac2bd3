package io.github.camelcalendly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcalendly.sandbox.cli.SandboxCommandLine;
import io.github.camelcalendly.sandbox.cli.UsageException;

/** The standalone launcher: each command-line option changes the running sandbox as its help promises. */
class SandboxMainTest {

    @Test
    void thePrintedUrlsTokenAndUrisWorkAgainstTheRunningSandbox() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (CalendlySandbox sandbox = launch(printed, "--port", "0")) {
            String banner = printed.toString(StandardCharsets.UTF_8);
            SandboxClient client = new SandboxClient(value(banner, "API base URL"), value(banner, "Access token"));

            SandboxClient.Reply me = client.get("/users/me");

            assertThat(me.status()).isEqualTo(200);
            assertThat(me.resource().path("uri").asText()).isEqualTo(value(banner, "Owner"));
            assertThat(me.resource().path("current_organization").asText())
                    .isEqualTo(value(banner, "Organization"));
            assertThat(value(banner, "OAuth URL")).isEqualTo(sandbox.authUrl());
        }
    }

    @Test
    void thePrintedOAuthClientCanRedeemACode() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (CalendlySandbox sandbox = launch(printed, "--port", "0", "--auth-port", "0")) {
            String banner = printed.toString(StandardCharsets.UTF_8);

            SandboxClient.Reply reply = redeemCode(sandbox, value(banner, "OAuth client id"),
                    value(banner, "OAuth client secret"), value(banner, "OAuth redirect URI"));

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().path("owner").asText()).isEqualTo(value(banner, "Owner"));
        }
    }

    @Test
    void theRequestedPortsAreHonoured() {
        int port = freePort();
        int authPort = freePort();
        try (CalendlySandbox sandbox = launch(new ByteArrayOutputStream(), "--port", String.valueOf(port),
                "--auth-port", String.valueOf(authPort))) {
            assertThat(sandbox.baseUrl()).isEqualTo("http://localhost:" + port);
            assertThat(sandbox.authUrl()).isEqualTo("http://localhost:" + authPort);
            assertThat(new SandboxClient(sandbox.baseUrl(), sandbox.issueToken()).get("/users/me").status())
                    .isEqualTo(200);
        }
    }

    @Test
    void withoutAnAuthPortTheOAuthServerTakesTheNextPort() {
        SandboxOptions options = SandboxCommandLine.parse(new String[] {"--port", "18089"}).options();

        assertThat(options.port()).isEqualTo(18089);
        assertThat(options.authPort()).isEqualTo(18090);
    }

    @Test
    void rateLimitAndItsWindowShowInTheRateLimitHeaders() {
        try (CalendlySandbox sandbox = launch(new ByteArrayOutputStream(), "--port", "0", "--rate-limit", "7",
                "--rate-limit-window", "PT1H")) {
            SandboxClient.Reply reply = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken()).get("/users/me");

            assertThat(reply.header("X-RateLimit-Limit")).isEqualTo("7");
            assertThat(reply.header("X-RateLimit-Remaining")).isEqualTo("6");
            assertThat(Long.parseLong(reply.header("X-RateLimit-Reset"))).isGreaterThan(60).isLessThanOrEqualTo(3600);
        }
    }

    @Test
    void theEnterprisePlanShowsOnTheOrganization() {
        try (CalendlySandbox sandbox = launch(new ByteArrayOutputStream(), "--port", "0", "--plan", "enterprise")) {
            String organization = URI.create(sandbox.seeded().organization()).getPath();

            SandboxClient.Reply reply = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken()).get(organization);

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.resource().path("plan").asText()).isEqualTo("enterprise");
        }
    }

    @Test
    void theFreePlanRefusesWebhookSubscriptions() {
        try (CalendlySandbox sandbox = launch(new ByteArrayOutputStream(), "--port", "0", "--plan", "free")) {
            SandboxClient.Reply reply = createSubscription(sandbox, "https://example.com/hook");

            assertThat(reply.status()).isEqualTo(403);
        }
    }

    @Test
    void theSameSeedGivesTheSameIdsAndAnotherSeedOthers() {
        String first = organizationPath("--seed", "42");
        String again = organizationPath("--seed", "42");
        String other = organizationPath("--seed", "43");

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void theClockStartsAtTheGivenInstantAndRunsOn() {
        Instant start = Instant.parse("2026-03-01T09:00:00Z");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (CalendlySandbox sandbox = launch(printed, "--port", "0", "--auth-port", "0", "--clock",
                start.toString())) {
            SandboxOptions.OAuthClient client = sandbox.options().oauthClient();

            JsonNode tokens = redeemCode(sandbox, client.clientId(), client.clientSecret(), client.redirectUri())
                    .json();

            assertThat(Instant.ofEpochSecond(tokens.path("created_at").asLong())).isBetween(start,
                    start.plusSeconds(3600));
            assertThat(value(printed.toString(StandardCharsets.UTF_8), "Clock")).startsWith("set by --clock, now ");
        }
    }

    @Test
    void aFixedClockStandsStillAtTheGivenInstant() {
        Instant start = Instant.parse("2026-03-01T09:00:00Z");
        try (CalendlySandbox sandbox = launch(new ByteArrayOutputStream(), "--port", "0", "--auth-port", "0",
                "--clock", start.toString(), "--clock-fixed")) {
            SandboxOptions.OAuthClient client = sandbox.options().oauthClient();

            JsonNode tokens = redeemCode(sandbox, client.clientId(), client.clientSecret(), client.redirectUri())
                    .json();

            assertThat(tokens.path("created_at").asLong()).isEqualTo(start.getEpochSecond());
            assertThat(sandbox.options().clock().instant()).isEqualTo(start);
        }
    }

    @Test
    void theAccessTokenLifetimeShowsInTheTokenAnswer() {
        try (CalendlySandbox sandbox = launch(new ByteArrayOutputStream(), "--port", "0", "--auth-port", "0",
                "--access-token-lifetime", "PT5M")) {
            SandboxOptions.OAuthClient client = sandbox.options().oauthClient();

            JsonNode tokens = redeemCode(sandbox, client.clientId(), client.clientSecret(), client.redirectUri())
                    .json();

            assertThat(tokens.path("expires_in").asLong()).isEqualTo(300);
        }
    }

    @Test
    void theTokenEndpointLimitApplies() {
        try (CalendlySandbox sandbox = launch(new ByteArrayOutputStream(), "--port", "0", "--auth-port", "0",
                "--token-requests-per-minute", "1")) {
            SandboxOptions.OAuthClient client = sandbox.options().oauthClient();
            assertThat(redeemCode(sandbox, client.clientId(), client.clientSecret(), client.redirectUri()).status())
                    .isEqualTo(200);

            SandboxClient.Reply second = redeemCode(sandbox, client.clientId(), client.clientSecret(),
                    client.redirectUri());

            assertThat(second.status()).isEqualTo(429);
        }
    }

    @Test
    void theGivenOAuthClientIsRegisteredAndItsSecretIsNotPrinted() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (CalendlySandbox sandbox = launch(printed, "--port", "0", "--auth-port", "0", "--oauth-client-id",
                "my-app", "--oauth-client-secret", "my-very-secret", "--oauth-redirect-uri",
                "http://localhost:3000/oauth/callback")) {
            String banner = printed.toString(StandardCharsets.UTF_8);

            SandboxClient.Reply reply = redeemCode(sandbox, "my-app", "my-very-secret",
                    "http://localhost:3000/oauth/callback");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(value(banner, "OAuth client id")).isEqualTo("my-app");
            assertThat(value(banner, "OAuth client secret")).isEqualTo("set");
            assertThat(value(banner, "OAuth redirect URI")).isEqualTo("http://localhost:3000/oauth/callback");
            assertThat(banner).doesNotContain("my-very-secret");
        }
    }

    @Test
    void aPublicClientHasNoSecret() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (CalendlySandbox sandbox = launch(printed, "--port", "0", "--oauth-public-client")) {
            assertThat(sandbox.options().oauthClient().clientSecret()).isNull();
            assertThat(value(printed.toString(StandardCharsets.UTF_8), "OAuth client secret"))
                    .isEqualTo("(none: public client)");
        }
    }

    @Test
    void theWebhookSigningKeyIsUsedButNeverPrinted() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (CalendlySandbox sandbox = launch(printed, "--port", "0", "--webhook-signing-key", "k3y-of-mine")) {
            String banner = printed.toString(StandardCharsets.UTF_8);

            assertThat(sandbox.options().webhookSigningKey()).isEqualTo("k3y-of-mine");
            assertThat(value(banner, "Webhook signing key")).isEqualTo("set");
            assertThat(banner).doesNotContain("k3y-of-mine");
        }
    }

    @Test
    void httpsCallbacksOnlyRefusesAPlainHttpLoopbackCallback() {
        try (CalendlySandbox sandbox = launch(new ByteArrayOutputStream(), "--port", "0",
                "--https-callbacks-only")) {
            SandboxClient.Reply reply = createSubscription(sandbox, "http://localhost:9/hook");

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().path("details").get(0).path("parameter").asText()).isEqualTo("url");
        }
    }

    @Test
    void withoutHttpsCallbacksOnlyAPlainHttpLoopbackCallbackIsAccepted() {
        try (CalendlySandbox sandbox = launch(new ByteArrayOutputStream(), "--port", "0")) {
            assertThat(createSubscription(sandbox, "http://localhost:9/hook").status()).isEqualTo(201);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--port abc", "--port 70000", "--port", "--rate-limit 0", "--plan gold", "--verbose",
            "--port 9000 --auth-port 9000", "--seed 4x", "--clock yesterday", "--rate-limit-window PT0S"})
    void badArgumentsAreRejectedWithUsageAndExitCode2(String commandLine) {
        assertThatThrownBy(() -> SandboxMain.launch(commandLine.split(" "), System.out))
                .isInstanceOfSatisfying(UsageException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(2);
                    assertThat(e.getMessage()).startsWith("Error: ").contains(SandboxCommandLine.usage());
                });
    }

    @Test
    void helpPrintsUsageWithExitCode0() {
        assertThatThrownBy(() -> SandboxMain.launch(new String[] {"--help"}, System.out))
                .isInstanceOfSatisfying(UsageException.class, e -> {
                    assertThat(e.exitCode()).isZero();
                    assertThat(e.getMessage()).isEqualTo(SandboxCommandLine.usage());
                });
    }

    private static CalendlySandbox launch(ByteArrayOutputStream printed, String... args) {
        return SandboxMain.launch(args, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    /** The path of the seeded organization's URI in a sandbox started with {@code args} (the port varies). */
    private static String organizationPath(String... args) {
        String[] withPort = new String[args.length + 2];
        withPort[0] = "--port";
        withPort[1] = "0";
        System.arraycopy(args, 0, withPort, 2, args.length);
        try (CalendlySandbox sandbox = launch(new ByteArrayOutputStream(), withPort)) {
            String path = URI.create(sandbox.seeded().organization()).getPath();
            SandboxClient.Reply reply = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken()).get(path);
            assertThat(reply.status()).isEqualTo(200);
            return path;
        }
    }

    private static SandboxClient.Reply redeemCode(CalendlySandbox sandbox, String clientId, String clientSecret,
            String redirectUri) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + clientSecret)
                .getBytes(StandardCharsets.UTF_8));
        String form = "grant_type=authorization_code&code=" + sandbox.authorizationCode(List.of(), null)
                + "&redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8);
        return new SandboxClient(sandbox.authUrl(), null).postForm(sandbox.authUrl() + "/oauth/token", form, basic);
    }

    private static SandboxClient.Reply createSubscription(CalendlySandbox sandbox, String url) {
        String body = "{\"url\":\"" + url + "\",\"events\":[\"invitee.created\"],\"organization\":\""
                + sandbox.seeded().organization() + "\",\"scope\":\"organization\"}";
        return new SandboxClient(sandbox.baseUrl(), sandbox.issueToken()).post("/webhook_subscriptions", body);
    }

    /** The value printed after {@code label:} on its own banner line. */
    private static String value(String banner, String label) {
        return banner.lines().map(String::trim).filter(line -> line.startsWith(label + ":"))
                .map(line -> line.substring(label.length() + 1).trim()).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + label + "' line in:\n" + banner));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
