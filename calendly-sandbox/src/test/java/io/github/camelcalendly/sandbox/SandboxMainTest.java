package io.github.camelcalendly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

class SandboxMainTest {

    @Test
    void thePrintedUrlsTokenAndUrisWorkAgainstTheRunningSandbox() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (CalendlySandbox sandbox = SandboxMain.launch(new String[] {"--port", "0"},
                new PrintStream(printed, true, StandardCharsets.UTF_8))) {
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
        try (CalendlySandbox sandbox = SandboxMain.launch(new String[] {"--port", "0", "--auth-port", "0"},
                new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            String banner = printed.toString(StandardCharsets.UTF_8);
            String basic = Base64.getEncoder().encodeToString((value(banner, "OAuth client id") + ":"
                    + value(banner, "OAuth client secret")).getBytes(StandardCharsets.UTF_8));
            String form = "grant_type=authorization_code&code=" + sandbox.authorizationCode(List.of(), null)
                    + "&redirect_uri=" + URLEncoder.encode(value(banner, "OAuth redirect URI"), StandardCharsets.UTF_8);

            SandboxClient.Reply reply = new SandboxClient(value(banner, "OAuth URL"), null)
                    .postForm(value(banner, "OAuth URL") + "/oauth/token", form, basic);

            assertThat(reply.status()).isEqualTo(200);
            JsonNode tokens = reply.json();
            assertThat(tokens.path("owner").asText()).isEqualTo(value(banner, "Owner"));
        }
    }

    @Test
    void theRequestedPortsAreHonoured() {
        int port = freePort();
        int authPort = freePort();
        try (CalendlySandbox sandbox = SandboxMain.launch(new String[] {"--port", String.valueOf(port),
                "--auth-port", String.valueOf(authPort)}, new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8))) {
            assertThat(sandbox.baseUrl()).isEqualTo("http://localhost:" + port);
            assertThat(sandbox.authUrl()).isEqualTo("http://localhost:" + authPort);
            assertThat(new SandboxClient(sandbox.baseUrl(), sandbox.issueToken()).get("/users/me").status())
                    .isEqualTo(200);
        }
    }

    @Test
    void rateLimitAndPlanArePassedToTheSandbox() {
        try (CalendlySandbox sandbox = SandboxMain.launch(new String[] {"--port", "0", "--rate-limit", "7",
                "--plan", "free"}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            SandboxClient.Reply reply = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken()).get("/users/me");

            assertThat(reply.header("X-RateLimit-Limit")).isEqualTo("7");
            assertThat(sandbox.options().plan()).isEqualTo(SandboxOptions.Plan.FREE);
        }
    }

    @Test
    void withoutAnAuthPortTheOAuthServerTakesTheNextPort() {
        SandboxOptions options = SandboxMain.parse(new String[] {"--port", "18089"});

        assertThat(options.port()).isEqualTo(18089);
        assertThat(options.authPort()).isEqualTo(18090);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--port abc", "--port 70000", "--port", "--rate-limit 0", "--plan gold", "--verbose",
            "--port 9000 --auth-port 9000"})
    void badArgumentsAreRejectedWithUsageAndExitCode2(String commandLine) {
        assertThatThrownBy(() -> SandboxMain.launch(commandLine.split(" "), System.out))
                .isInstanceOfSatisfying(SandboxMain.UsageException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(2);
                    assertThat(e.getMessage()).startsWith("Error: ").contains(SandboxMain.USAGE);
                });
    }

    @Test
    void helpPrintsUsageWithExitCode0() {
        assertThatThrownBy(() -> SandboxMain.launch(new String[] {"--help"}, System.out))
                .isInstanceOfSatisfying(SandboxMain.UsageException.class, e -> {
                    assertThat(e.exitCode()).isZero();
                    assertThat(e.getMessage()).isEqualTo(SandboxMain.USAGE);
                });
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
