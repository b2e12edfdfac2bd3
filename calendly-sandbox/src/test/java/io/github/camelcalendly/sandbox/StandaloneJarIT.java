package io.github.camelcalendly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged {@code calendly-sandbox-<version>-standalone.jar}, run as a user runs it: {@code java -jar} in a
 * process of its own with nothing else on the class path. Run by failsafe after {@code package}.
 */
class StandaloneJarIT {

    private static final String BANNER_END = "Stop with Ctrl+C.";

    private Process process;

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void theJarStartsAloneAndServesThePrintedToken() throws InterruptedException {
        Output out = start("--port", "0", "--auth-port", "0", "--plan", "enterprise");

        await().atMost(Duration.ofMinutes(2)).until(() -> out.text().contains(BANNER_END) || !process.isAlive());
        String banner = out.text();
        assertThat(banner).contains(BANNER_END).contains("enterprise plan");

        SandboxClient.Reply me = new SandboxClient(value(banner, "API base URL"), value(banner, "Access token"))
                .get("/users/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.resource().path("uri").asText()).isEqualTo(value(banner, "Owner"));

        process.destroy();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
    }

    @Test
    void aBadOptionExitsWithCode2AndNamesIt() throws InterruptedException {
        Output err = new Output();
        process = launch("--rate-limit-window", "soon");
        err.drain(process.getErrorStream());
        new Output().drain(process.getInputStream());

        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).until(() -> err.text().contains("Usage:"));
        assertThat(err.text()).startsWith("Error: --rate-limit-window needs an ISO-8601 duration");
    }

    /** Starts the jar and collects its standard output; its standard error is drained too. */
    private Output start(String... args) {
        process = launch(args);
        Output out = new Output();
        out.drain(process.getInputStream());
        new Output().drain(process.getErrorStream());
        return out;
    }

    private static Process launch(String... args) {
        String jarProperty = System.getProperty("calendly.sandbox.standalone.jar");
        assertThat(jarProperty).as("the failsafe configuration names the jar in calendly.sandbox.standalone.jar")
                .isNotBlank();
        Path jar = Paths.get(jarProperty);
        assertThat(jar).as("the standalone jar, built by package").exists();
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        assertThat(Files.isRegularFile(java)).as("java in java.home").isTrue();
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", jar.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(jar.toAbsolutePath().getParent().toFile());
        builder.environment().remove("CLASSPATH");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command, e);
        }
    }

    /** The value printed after {@code label:} on its own banner line. */
    private static String value(String banner, String label) {
        return banner.lines().map(String::trim).filter(line -> line.startsWith(label + ":"))
                .map(line -> line.substring(label.length() + 1).trim()).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + label + "' line in:\n" + banner));
    }

    /** What a stream of the child process printed so far, read by a thread of its own. */
    private static final class Output {

        private final StringBuffer text = new StringBuffer();

        void drain(InputStream stream) {
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream,
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        text.append(line).append('\n');
                    }
                } catch (IOException e) {
                    text.append("(reading the output failed: ").append(e.getMessage()).append(")\n");
                }
            }, "standalone-jar-output");
            reader.setDaemon(true);
            reader.start();
        }

        String text() {
            return text.toString();
        }
    }
}
