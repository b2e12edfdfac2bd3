package io.github.camelcalendly.sandbox.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.groups.GroupDirectory;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;

/**
 * Delivers every event on the bus to the active webhook subscriptions it matches: one signed POST per subscription,
 * sent from a small pool of its own threads (never while holding the state lock), retried with exponential
 * back-off while the receiver fails, and disabling the subscription when nothing got through for the retry window.
 * Each attempt is signed afresh with the attempt's time, so a retry carries the same body bytes under a new
 * {@code t=}, as a receiver enforcing a replay window needs.
 */
public final class WebhookDispatcher implements AutoCloseable {

    /** The User-Agent deliveries carry. */
    public static final String USER_AGENT = "Calendly-Sandbox-Webhooks/1.0 (camel-calendly sandbox)";

    private final SandboxContext context;
    private final WebhookSigningKeys signingKeys;
    private final HttpClient http;
    private final ScheduledExecutorService executor;
    private final List<DeliveryJob> jobs = new ArrayList<>();
    private volatile boolean closed;

    public WebhookDispatcher(SandboxContext context) {
        this.context = context;
        this.signingKeys = context.webhookSigningKeys();
        // plain HTTP/1.1 POSTs, as Calendly sends them: no HTTP/2 upgrade, whose GOAWAY from a receiver that is
        // shutting down would fail a delivery the receiver had already answered
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(context.options().deliveryTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        AtomicInteger threads = new AtomicInteger();
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(4, runnable -> {
            Thread thread = new Thread(runnable, "calendly-sandbox-webhooks-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.setRemoveOnCancelPolicy(true);
        this.executor = pool;
    }

    /** Starts listening to the sandbox's events. */
    public WebhookDispatcher start() {
        context.events().subscribe(this::dispatch);
        return this;
    }

    /** Queues one delivery for each active subscription {@code event} matches. */
    public void dispatch(CalendlyEvent event) {
        if (closed) {
            return;
        }
        byte[] body = Json.bytes(envelope(event));
        List<DeliveryJob> queued = new ArrayList<>();
        synchronized (context.lock()) {
            GroupDirectory groups = new GroupDirectory(context.store());
            for (ObjectNode subscription : context.store().all(Kind.WEBHOOK_SUBSCRIPTION)) {
                if (SubscriptionMatcher.matches(subscription, event, groups)) {
                    String uri = subscription.path("uri").asText();
                    String key = signingKeys.find(uri).orElse(context.options().webhookSigningKey());
                    queued.add(new DeliveryJob(uri, subscription.path("callback_url").asText(), event.name(), body,
                            key));
                }
            }
            synchronized (jobs) {
                jobs.addAll(queued);
            }
        }
        for (DeliveryJob job : queued) {
            executor.execute(() -> attempt(job));
        }
    }

    /** Every delivery so far, oldest first. */
    public List<WebhookDelivery> deliveries() {
        synchronized (jobs) {
            return jobs.stream().map(DeliveryJob::snapshot).toList();
        }
    }

    /**
     * Waits until at least {@code count} deliveries have finished their first attempt and returns those, oldest
     * first; throws {@link IllegalStateException} saying how many there were if too few did within {@code timeout}.
     */
    public List<WebhookDelivery> awaitDeliveries(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (jobs) {
            while (true) {
                List<WebhookDelivery> attempted = jobs.stream().filter(job -> job.attemptCount() > 0)
                        .map(DeliveryJob::snapshot).toList();
                if (attempted.size() >= count) {
                    return attempted;
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw new IllegalStateException("Expected at least " + count + " webhook deliveries within "
                            + timeout + " but " + attempted.size() + " arrived (" + jobs.size() + " queued)");
                }
                TimeUnit.NANOSECONDS.timedWait(jobs, remaining);
            }
        }
    }

    private static ObjectNode envelope(CalendlyEvent event) {
        ObjectNode envelope = Json.object();
        envelope.put("event", event.name());
        envelope.put("created_at", Json.time(event.createdAt()));
        envelope.put("created_by", event.createdBy());
        envelope.set("payload", event.payload() == null ? Json.object() : event.payload().deepCopy());
        return envelope;
    }

    private void attempt(DeliveryJob job) {
        if (closed) {
            return;
        }
        synchronized (context.lock()) {
            if (activeSubscription(job) == null) {
                finish(job, WebhookDelivery.Outcome.FAILED);
                return;
            }
        }
        Instant at = context.now();
        String signature = WebhookSigner.header(job.signingKey(), at.getEpochSecond(), job.body());
        DeliveryAttempt attempt = send(job, at, signature);
        WebhookDelivery.Outcome outcome;
        Duration retryIn = null;
        synchronized (context.lock()) {
            ObjectNode subscription = activeSubscription(job);
            if (attempt.succeeded()) {
                outcome = WebhookDelivery.Outcome.DELIVERED;
                if (subscription != null) {
                    subscription.putNull("retry_started_at");
                }
            } else if (subscription == null) {
                outcome = WebhookDelivery.Outcome.FAILED;
            } else if (retryWindowExhausted(subscription)) {
                subscription.put("state", "disabled");
                subscription.put("updated_at", Json.time(context.now()));
                outcome = WebhookDelivery.Outcome.FAILED;
            } else {
                outcome = WebhookDelivery.Outcome.PENDING;
                retryIn = backoff(job.attemptCount() + 1);
            }
        }
        synchronized (jobs) {
            job.record(attempt, outcome);
            jobs.notifyAll();
        }
        if (retryIn != null && !closed) {
            executor.schedule(() -> attempt(job), retryIn.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Marks the retry window's start on the first failure; true once it has lasted the whole window. */
    private boolean retryWindowExhausted(ObjectNode subscription) {
        Instant now = context.now();
        Instant started = Json.parseTimeOrNull(subscription.path("retry_started_at").asText(null));
        if (started == null) {
            subscription.put("retry_started_at", Json.time(now));
            started = now;
        }
        return !now.isBefore(started.plus(context.options().deliveryRetryWindow()));
    }

    /** The wait after failed attempt number {@code failures}: first retry, doubling, capped. */
    private Duration backoff(int failures) {
        Duration max = context.options().deliveryMaxBackoff();
        Duration wait = context.options().deliveryFirstRetry();
        for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    private ObjectNode activeSubscription(DeliveryJob job) {
        return context.store().findByUri(Kind.WEBHOOK_SUBSCRIPTION, job.subscription())
                .filter(subscription -> "active".equals(subscription.path("state").asText()))
                .orElse(null);
    }

    private DeliveryAttempt send(DeliveryJob job, Instant at, String signature) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(job.callbackUrl()))
                    .timeout(context.options().deliveryTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", USER_AGENT)
                    .header(WebhookSigner.HEADER, signature)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(job.body()))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new DeliveryAttempt(at, signature, response.statusCode(), null);
        } catch (IOException | IllegalArgumentException e) {
            return new DeliveryAttempt(at, signature, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryAttempt(at, signature, null, "interrupted");
        }
    }

    private void finish(DeliveryJob job, WebhookDelivery.Outcome outcome) {
        synchronized (jobs) {
            job.finish(outcome);
            jobs.notifyAll();
        }
    }

    /** Stops delivering: queued and scheduled attempts are dropped. */
    @Override
    public void close() {
        closed = true;
        executor.shutdownNow();
    }
}
