package io.github.camelcalendly.client;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.github.camelcalendly.auth.AccessTokenProvider;
import io.github.camelcalendly.operation.OperationRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authentication step tells the token provider how Calendly answered each token it sent, the renewed one
 * included, so that an OAuth provider learns whether a token it just issued works.
 */
class AuthStepAnswersTest {

    /** A provider that hands out token-1, then token-2 after a renewal, and records every answer it hears of. */
    private static final class RecordingProvider implements AccessTokenProvider {
        final List<String> answers = new ArrayList<>();
        private final boolean renews;
        private int generation = 1;

        RecordingProvider(boolean renews) {
            this.renews = renews;
        }

        @Override
        public String accessToken() {
            return "token-" + generation;
        }

        @Override
        public boolean renewAfterRejection(String rejected) {
            if (renews) {
                generation++;
            }
            return renews;
        }

        @Override
        public void answered(String token, int statusCode) {
            answers.add(token + " " + statusCode);
        }
    }

    private final List<String> sent = new ArrayList<>();

    private CallStep calendlyAnswering(int... statuses) {
        AtomicInteger attempt = new AtomicInteger();
        return (call, next) -> {
            sent.add(call.bearerToken());
            return new CalendlyResponse(statuses[attempt.getAndIncrement()], Map.of(), new byte[0], 1);
        };
    }

    private static HttpCall call() {
        return new HttpCall(OperationRegistry.resolve("users", "me"), "GET",
                URI.create("https://api.calendly.test/users/me"), null, Deadline.NONE, RetryOptions.NONE);
    }

    @Test
    void theProviderHearsOfTheRefusedTokenAndOfTheRenewedOne() throws Exception {
        RecordingProvider provider = new RecordingProvider(true);
        CallChain chain = CallChain.of(List.of(new AuthStep(provider), calendlyAnswering(401, 200)));

        CalendlyResponse response = chain.proceed(call());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(sent).containsExactly("token-1", "token-2");
        assertThat(provider.answers).containsExactly("token-1 401", "token-2 200");
    }

    @Test
    void aProviderThatCannotRenewHearsOfTheOne401ThatStands() throws Exception {
        RecordingProvider provider = new RecordingProvider(false);
        CallChain chain = CallChain.of(List.of(new AuthStep(provider), calendlyAnswering(401, 200)));

        CalendlyResponse response = chain.proceed(call());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(sent).containsExactly("token-1");
        assertThat(provider.answers).containsExactly("token-1 401");
    }

    @Test
    void aRenewedTokenRefusedAgainStandsAndTheProviderHearsOfBoth() throws Exception {
        RecordingProvider provider = new RecordingProvider(true);
        CallChain chain = CallChain.of(List.of(new AuthStep(provider), calendlyAnswering(401, 401)));

        CalendlyResponse response = chain.proceed(call());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(provider.answers).containsExactly("token-1 401", "token-2 401");
    }
}
