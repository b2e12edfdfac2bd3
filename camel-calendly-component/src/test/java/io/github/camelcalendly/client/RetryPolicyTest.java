package io.github.camelcalendly.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Map;

import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationRegistry;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    private static final Operation GET_EVENT = OperationRegistry.resolve("scheduledEvents", "get");
    private static final Operation BOOK = OperationRegistry.resolve("invitees", "create");
    private static final Operation ADD_TO_LIST = OperationRegistry.resolve("contactLists", "addContacts");
    private static final Operation RAW = OperationRegistry.resolve("raw", "request");

    private static final RetryOptions FIXED_1S = new RetryOptions(3, 1000, false, 60000, false);

    private static CalendlyResponse status(int code, Map<String, String> headers) {
        return new CalendlyResponse(code, headers, new byte[0], 1);
    }

    private static RetryPolicy policy(RetryOptions options) {
        return new RetryPolicy(options, () -> 0.5);
    }

    @Test
    void rateLimitedBookingWaitsForTheResetCalendlyNames() {
        long wait = policy(FIXED_1S).afterStatus(BOOK, "POST", 1, status(429, Map.of("X-RateLimit-Reset", "7")));

        assertThat(wait).isEqualTo(7000);
    }

    @Test
    void retryAfterWinsOverTheRateLimitReset() {
        long wait = policy(FIXED_1S).afterStatus(GET_EVENT, "GET", 1,
                status(429, Map.of("Retry-After", "2", "X-RateLimit-Reset", "30")));

        assertThat(wait).isEqualTo(2000);
    }

    @Test
    void rateLimitWithoutResetHeaderBacksOff() {
        assertThat(policy(FIXED_1S).afterStatus(BOOK, "POST", 1, status(429, Map.of()))).isEqualTo(1000);
    }

    @Test
    void rateLimitResettingLaterThanMaxRetryDelayGivesUpInsteadOfBlocking() {
        RetryOptions shortWait = new RetryOptions(3, 1000, false, 5000, false);

        long wait = policy(shortWait).afterStatus(GET_EVENT, "GET", 1, status(429, Map.of("X-RateLimit-Reset", "6")));

        assertThat(wait).isEqualTo(RetryPolicy.GIVE_UP);
    }

    @Test
    void serverErrorOnGetIsRetried() {
        assertThat(policy(FIXED_1S).afterStatus(GET_EVENT, "GET", 1, status(503, Map.of()))).isEqualTo(1000);
    }

    @Test
    void serverErrorOnBookingIsNotRetriedSoItCannotBookTwice() {
        assertThat(policy(FIXED_1S).afterStatus(BOOK, "POST", 1, status(500, Map.of())))
                .isEqualTo(RetryPolicy.GIVE_UP);
    }

    @Test
    void serverErrorOnBookingIsRetriedWhenTheRouteOptsIn() {
        RetryOptions all = new RetryOptions(3, 1000, false, 60000, true);

        assertThat(policy(all).afterStatus(BOOK, "POST", 1, status(500, Map.of()))).isEqualTo(1000);
    }

    @Test
    void serverErrorOnAnIdempotentPostIsRetried() {
        assertThat(policy(FIXED_1S).afterStatus(ADD_TO_LIST, "POST", 1, status(502, Map.of()))).isEqualTo(1000);
    }

    @Test
    void serverErrorOnARawPostIsNotRetried() {
        assertThat(policy(FIXED_1S).afterStatus(RAW, "POST", 1, status(500, Map.of())))
                .isEqualTo(RetryPolicy.GIVE_UP);
    }

    @Test
    void clientErrorsAreNeverRetried() {
        assertThat(policy(FIXED_1S).afterStatus(GET_EVENT, "GET", 1, status(404, Map.of())))
                .isEqualTo(RetryPolicy.GIVE_UP);
        assertThat(policy(FIXED_1S).afterStatus(GET_EVENT, "GET", 1, status(400, Map.of())))
                .isEqualTo(RetryPolicy.GIVE_UP);
    }

    @Test
    void noRetryAfterMaxRetries() {
        assertThat(policy(FIXED_1S).afterStatus(GET_EVENT, "GET", 4, status(503, Map.of())))
                .isEqualTo(RetryPolicy.GIVE_UP);
        assertThat(policy(FIXED_1S).afterStatus(GET_EVENT, "GET", 3, status(503, Map.of()))).isEqualTo(1000);
    }

    @Test
    void connectionRefusedIsRetriedEvenForABookingBecauseNothingReachedCalendly() {
        IOException refused = new ConnectException("Connection refused");

        assertThat(policy(FIXED_1S).afterIoError(BOOK, "POST", 1, refused)).isEqualTo(1000);
    }

    @Test
    void readTimeoutOnABookingIsNotRetriedBecauseCalendlyMayHaveBooked() {
        IOException timeout = new SocketTimeoutException("Read timed out");

        assertThat(policy(FIXED_1S).afterIoError(BOOK, "POST", 1, timeout)).isEqualTo(RetryPolicy.GIVE_UP);
        assertThat(policy(FIXED_1S).afterIoError(GET_EVENT, "GET", 1, timeout)).isEqualTo(1000);
    }

    @Test
    void exponentialBackoffDoublesWithJitterAndStopsAtTheMaximum() {
        RetryOptions exponential = new RetryOptions(10, 1000, true, 6000, false);
        RetryPolicy lowJitter = new RetryPolicy(exponential, () -> 0.0);
        RetryPolicy highJitter = new RetryPolicy(exponential, () -> 1.0);
        CalendlyResponse unavailable = status(503, Map.of());

        // attempt n waits between half and all of retryDelay * 2^(n-1)
        assertThat(lowJitter.afterStatus(GET_EVENT, "GET", 1, unavailable)).isEqualTo(500);
        assertThat(highJitter.afterStatus(GET_EVENT, "GET", 1, unavailable)).isEqualTo(1000);
        assertThat(lowJitter.afterStatus(GET_EVENT, "GET", 3, unavailable)).isEqualTo(2000);
        assertThat(highJitter.afterStatus(GET_EVENT, "GET", 3, unavailable)).isEqualTo(4000);
        assertThat(highJitter.afterStatus(GET_EVENT, "GET", 5, unavailable)).isEqualTo(6000);
    }

    @Test
    void retryAfterZeroRetriesAtOnceInsteadOfBackingOff() {
        long wait = policy(FIXED_1S).afterStatus(GET_EVENT, "GET", 1, status(429, Map.of("Retry-After", "0")));

        assertThat(wait).isZero();
    }

    @Test
    void aNegativeRetryAfterCountsAsZero() {
        long wait = policy(FIXED_1S).afterStatus(GET_EVENT, "GET", 1, status(429, Map.of("Retry-After", "-5")));

        assertThat(wait).isZero();
    }

    @Test
    void aRetryAfterAsAnHttpDateFallsBackToTheRateLimitReset() {
        long wait = policy(FIXED_1S).afterStatus(GET_EVENT, "GET", 1,
                status(429, Map.of("Retry-After", "Wed, 21 Oct 2026 07:28:00 GMT", "X-RateLimit-Reset", "3")));

        assertThat(wait).isEqualTo(3000);
    }

    @Test
    void aRetryAfterAsAnHttpDateWithoutResetBacksOff() {
        long wait = policy(FIXED_1S).afterStatus(GET_EVENT, "GET", 1,
                status(429, Map.of("Retry-After", "Wed, 21 Oct 2026 07:28:00 GMT")));

        assertThat(wait).isEqualTo(1000);
    }

    @Test
    void rateLimitResettingExactlyAtMaxRetryDelayIsWaitedFor() {
        RetryOptions shortWait = new RetryOptions(3, 1000, false, 5000, false);

        long wait = policy(shortWait).afterStatus(GET_EVENT, "GET", 1, status(429, Map.of("X-RateLimit-Reset", "5")));

        assertThat(wait).isEqualTo(5000);
    }

    @Test
    void aRateLimitIsNotRetriedAfterMaxRetries() {
        long wait = policy(FIXED_1S).afterStatus(BOOK, "POST", 4, status(429, Map.of("X-RateLimit-Reset", "1")));

        assertThat(wait).isEqualTo(RetryPolicy.GIVE_UP);
    }

    @Test
    void anIoErrorIsRetriedUpToMaxRetriesAndNoMore() {
        IOException timeout = new SocketTimeoutException("Read timed out");

        assertThat(policy(FIXED_1S).afterIoError(GET_EVENT, "GET", 3, timeout)).isEqualTo(1000);
        assertThat(policy(FIXED_1S).afterIoError(GET_EVENT, "GET", 4, timeout)).isEqualTo(RetryPolicy.GIVE_UP);
    }

    @Test
    void aConnectTimeoutIsRetriedEvenForABookingBecauseNothingReachedCalendly() {
        IOException timeout = new ConnectTimeoutException("Connect timed out");

        assertThat(policy(FIXED_1S).afterIoError(BOOK, "POST", 1, timeout)).isEqualTo(1000);
    }

    @Test
    void noRouteToHostIsRetriedEvenForABookingBecauseNothingReachedCalendly() {
        IOException noRoute = new NoRouteToHostException("No route to host");

        assertThat(policy(FIXED_1S).afterIoError(BOOK, "POST", 1, noRoute)).isEqualTo(1000);
    }

    @Test
    void anUnknownHostIsRetriedEvenForABookingBecauseNothingReachedCalendly() {
        IOException unknown = new UnknownHostException("api.calendly.invalid");

        assertThat(policy(FIXED_1S).afterIoError(BOOK, "POST", 1, unknown)).isEqualTo(1000);
    }

    @Test
    void aReadTimeoutOnABookingIsRetriedWhenTheRouteOptsIn() {
        RetryOptions all = new RetryOptions(3, 1000, false, 60000, true);

        assertThat(policy(all).afterIoError(BOOK, "POST", 1, new SocketTimeoutException("Read timed out")))
                .isEqualTo(1000);
    }

    @Test
    void aReadTimeoutOnADeleteIsRetried() {
        Operation cancel = OperationRegistry.resolve("inviteeNoShows", "delete");

        assertThat(policy(FIXED_1S).afterIoError(cancel, "DELETE", 1, new SocketTimeoutException("Read timed out")))
                .isEqualTo(1000);
    }
}
