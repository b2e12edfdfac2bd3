package io.github.camelcalendly;

import io.github.camelcalendly.client.CallTimeoutException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * callTimeout bounds a whole call: a trickled answer, a silent server and a retry that would run late all fail with
 * a {@link CallTimeoutException} naming the call and the timeout, however each single read behaves.
 */
class CallTimeoutTest extends CalendlyTestSupport {

    private static final String ME = "{\"resource\": {\"uri\": \"https://api.calendly.com/users/U1\", \"name\": \"A\","
                                     + " \"current_organization\": \"https://api.calendly.com/organizations/O1\"}}";

    @Test
    void anAnswerTrickledPastTheDeadlineFailsThoughEachReadIsQuick() {
        // a chunk every 500 ms: each read ends well within responseTimeout, the whole answer not within callTimeout
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me"))
                .willReturn(json(200, ME).withChunkedDribbleDelay(8, 4000)));

        Exchange out = call("calendly:users?op=me&callTimeout=1200");

        assertThat(out.getException()).isInstanceOf(CallTimeoutException.class)
                .hasMessageContaining("users/me")
                .hasMessageContaining("callTimeout=1200 ms");
        assertThat(out.getException().getMessage()).doesNotContain(TOKEN);
    }

    @Test
    void aSilentServerFailsAtTheDeadlineRatherThanAfterTheResponseTimeout() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(json(200, ME).withFixedDelay(10_000)));

        Exchange out = call("calendly:users?op=me&callTimeout=500");

        assertThat(out.getException()).isInstanceOf(CallTimeoutException.class)
                .hasMessageContaining("callTimeout=500 ms")
                .hasMessageContaining("aborted");
    }

    @Test
    void aRetryWhoseWaitWouldOutlastTheDeadlineIsNotStarted() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(json(503, "{\"title\": \"Unavailable\"}")));

        // one retry fits (a wait of 1000 of 1800 ms), the next (another 1000) no longer does
        Exchange out = call("calendly:users?op=me&maxRetries=5&retryDelay=1000&useExponentialBackoff=false"
                            + "&callTimeout=1800");

        assertThat(out.getException()).isInstanceOf(CalendlyApiException.class);
        assertThat(((CalendlyApiException) out.getException()).getStatusCode()).isEqualTo(503);
        CALENDLY.verify(2, getRequestedFor(urlPathEqualTo("/users/me")));
    }

    @Test
    void withoutADeadlineTheSameRetriesAllRun() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me")).willReturn(json(503, "{\"title\": \"Unavailable\"}")));

        Exchange out = call("calendly:users?op=me&maxRetries=3&retryDelay=10&useExponentialBackoff=false"
                            + "&callTimeout=0");

        assertThat(out.getException()).isInstanceOf(CalendlyApiException.class);
        CALENDLY.verify(4, getRequestedFor(urlPathEqualTo("/users/me")));
    }

    @Test
    void aNegativeCallTimeoutFailsWhenTheEndpointIsCreatedNamingTheOption() {
        CalendlyValidationException e = startError("calendly:users?op=me&callTimeout=-1");

        assertThat(e.getOption()).isEqualTo("callTimeout");
    }
}
