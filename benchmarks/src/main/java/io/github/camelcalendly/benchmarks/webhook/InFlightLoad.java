package io.github.camelcalendly.benchmarks.webhook;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends prepared requests with the JDK HTTP client, keeping a fixed number in flight: a new request leaves as soon as
 * an answer arrives. HTTP/1.1 on loopback, one connection per request in flight.
 */
final class InFlightLoad {

    private static final long ANSWER_TIMEOUT_SECONDS = 60;

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** Sends {@code requests} with {@code inFlight} at a time and waits for every answer. */
    LoadResult send(List<HttpRequest> requests, int inFlight) throws InterruptedException {
        if (inFlight < 1) {
            throw new IllegalArgumentException("At least one request must be in flight, got " + inFlight);
        }
        Semaphore slots = new Semaphore(inFlight);
        long[] latencies = new long[requests.size()];
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        for (int i = 0; i < requests.size(); i++) {
            slots.acquire();
            int index = i;
            long sent = System.nanoTime();
            client.sendAsync(requests.get(i), HttpResponse.BodyHandlers.discarding()).whenComplete((answer, failure) -> {
                latencies[index] = System.nanoTime() - sent;
                if (failure != null || answer.statusCode() / 100 != 2) {
                    errors.incrementAndGet();
                }
                slots.release();
            });
        }
        if (!slots.tryAcquire(inFlight, ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Requests still unanswered after " + ANSWER_TIMEOUT_SECONDS + " s");
        }
        long elapsed = System.nanoTime() - start;
        // the semaphore's release/acquire makes every latency written above visible here
        return new LoadResult(requests.size(), elapsed, latencies, errors.get());
    }
}
