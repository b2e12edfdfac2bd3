package io.github.camelcalendly.examples.app;

import java.time.Duration;

import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.webhook.WebhookDelivery;

/**
 * The embedded Calendly sandbox, acting as its seeded organization's owner with every scope.
 */
public final class SandboxTarget implements CalendlyTarget {

    private final CalendlySandbox sandbox;
    private final String token;
    private final boolean owned;

    private SandboxTarget(CalendlySandbox sandbox, boolean owned) {
        this.sandbox = sandbox;
        this.token = sandbox.issueToken();
        this.owned = owned;
    }

    /** Starts a sandbox of its own, which {@link #close()} stops. */
    public static SandboxTarget start() {
        return new SandboxTarget(CalendlySandbox.start(), true);
    }

    /** Uses a sandbox someone else started and will stop. */
    public static SandboxTarget using(CalendlySandbox sandbox) {
        return new SandboxTarget(sandbox, false);
    }

    @Override
    public String baseUrl() {
        return sandbox.baseUrl();
    }

    @Override
    public String accessToken() {
        return token;
    }

    @Override
    public String description() {
        return "the embedded Calendly sandbox at " + sandbox.baseUrl();
    }

    @Override
    public void awaitWebhooksAnswered(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (sandbox.deliveries().stream().anyMatch(d -> d.outcome() == WebhookDelivery.Outcome.PENDING)
               && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Override
    public void close() {
        if (owned) {
            sandbox.close();
        }
    }
}
