package io.github.camelcalendly.client;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.auth.StaticAccessTokenProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One connection per base URL and token, named without a way back to the token, announced once.
 */
class ConnectionRegistryTest {

    private static final CalendlyHttpClient HTTP = CalendlyHttpClient.create(
            new HttpSettings(1000, 1000, 1, null, "test"), null, null);

    private final List<CalendlyConnection> announced = new ArrayList<>();

    @org.junit.jupiter.api.AfterAll
    static void closeClient() throws java.io.IOException {
        HTTP.close();
    }
    private final ConnectionRegistry registry = new ConnectionRegistry(announced::add);

    private static CalendlyConnection connection(String id, String baseUrl, String token) {
        return new CalendlyConnection(id, baseUrl, new StaticAccessTokenProvider(token), HTTP, new ObjectMapper(),
                new RateLimiter(0, System::nanoTime, Sleeper.THREAD), Sleeper.THREAD, CallOptions.DEFAULTS);
    }

    @Test
    void theSameUrlAndTokenShareOneConnectionAnnouncedOnce() {
        CalendlyConnection first = registry.connection("https://api.calendly.com", "pat-a",
                ConnectionRegistryTest::connection);
        CalendlyConnection again = registry.connection("https://api.calendly.com", "pat-a",
                ConnectionRegistryTest::connection);

        assertThat(again).isSameAs(first);
        assertThat(announced).containsExactly(first);
        assertThat(registry.size()).isEqualTo(1);
    }

    @Test
    void anotherTokenOrAnotherUrlGetsItsOwnConnectionWithItsOwnName() {
        CalendlyConnection a = registry.connection("https://api.calendly.com", "pat-a",
                ConnectionRegistryTest::connection);
        CalendlyConnection b = registry.connection("https://api.calendly.com", "pat-b",
                ConnectionRegistryTest::connection);
        CalendlyConnection sandbox = registry.connection("http://localhost:8089", "pat-a",
                ConnectionRegistryTest::connection);

        assertThat(List.of(a, b, sandbox)).doesNotHaveDuplicates();
        assertThat(List.of(a.id(), b.id(), sandbox.id())).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).hasSize(10).doesNotContain("pat-"));
        assertThat(sandbox.baseUrl()).isEqualTo("http://localhost:8089");
    }

    @Test
    void aClearedRegistryMakesNewConnections() {
        CalendlyConnection before = registry.connection("https://api.calendly.com", "pat-a",
                ConnectionRegistryTest::connection);

        registry.clear();

        assertThat(registry.size()).isZero();
        assertThat(registry.connection("https://api.calendly.com", "pat-a", ConnectionRegistryTest::connection))
                .isNotSameAs(before);
    }
}
