package io.github.camelcalendly.client;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelcalendly.CalendlyValidationException;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.operation.ResolvedRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The URI a request is sent to: the path as resolved below the base URL, the query encoded as UTF-8. */
class RequestUrisTest {

    private final RequestUris uris = new RequestUris("http://localhost:8080/api");

    private static ResolvedRequest request(String path, Map<String, List<String>> query) {
        return new ResolvedRequest(OperationRegistry.resolve("scheduledEvents", "list"), "GET", path, query, null);
    }

    private String uriOf(String path, Map<String, List<String>> query) {
        return uris.of(request(path, query)).toString();
    }

    @Test
    void aPathWithoutQueryIsAppendedToTheBaseUrl() {
        assertThat(uriOf("/users/me", Map.of())).isEqualTo("http://localhost:8080/api/users/me");
    }

    @Test
    void queryValuesAreEncodedExceptUnreservedCharacters() {
        assertThat(uriOf("/scheduled_events", Map.of("min_start_time", List.of("2024-01-01T09:00:00+01:00"))))
                .isEqualTo("http://localhost:8080/api/scheduled_events?min_start_time=2024-01-01T09%3A00%3A00%2B01%3A00");
        assertThat(uriOf("/x", Map.of("email", List.of("a b&c=d/é~._-*"))))
                .isEqualTo("http://localhost:8080/api/x?email=a%20b%26c%3Dd%2F%C3%A9~._-%2A");
    }

    @Test
    void queryNamesAreEncodedToo() {
        assertThat(uriOf("/x", Map.of("a b", List.of("1")))).isEqualTo("http://localhost:8080/api/x?a%20b=1");
    }

    @Test
    void parametersKeepTheirOrderAndAListIsRepeated() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("status", List.of("active", "canceled"));
        query.put("count", List.of("100"));

        assertThat(uriOf("/x", query)).isEqualTo("http://localhost:8080/api/x?status=active&status=canceled&count=100");
    }

    @Test
    void aParameterWithoutValueIsSentByItsName() {
        assertThat(uriOf("/x", Map.of("flag", Arrays.asList((String) null)))).isEqualTo("http://localhost:8080/api/x?flag");
    }

    @Test
    void anEncodedSlashOrDotInThePathStaysEncoded() {
        assertThat(uriOf("/users/a%2Fb/%2E%2E", Map.of("q", List.of("1"))))
                .isEqualTo("http://localhost:8080/api/users/a%2Fb/%2E%2E?q=1");
    }

    @Test
    void dotSegmentsAreNotResolvedAwayHere() {
        assertThat(uris.of(request("/a/../b", Map.of())).getRawPath()).isEqualTo("/api/a/../b");
    }

    @Test
    void aFullUrlKeepsItsOwnQueryAndGetsTheParametersAfterIt() {
        assertThat(uriOf("https://api.calendly.com/users?x=1", Map.of("page_token", List.of("P 2"))))
                .isEqualTo("https://api.calendly.com/users?x=1&page_token=P%202");
    }

    @Test
    void aPathThatIsNotAUrlFailsNamingTheOperationAndTheUrlWithoutItsQuery() {
        assertThatThrownBy(() -> uris.of(request("/a b", Map.of("q", List.of("1")))))
                .isInstanceOf(CalendlyValidationException.class)
                .hasMessage("Calendly scheduledEvents/list has an invalid request URL: Illegal character in path at"
                            + " index 27: http://localhost:8080/api/a b");
    }
}
