package io.github.camelcalendly.sandbox.webhook;

import java.util.ArrayList;
import java.util.List;

/**
 * One delivery while the dispatcher works on it: what to send, where, with which key, and the attempts so far.
 * Guarded by the dispatcher's delivery list; {@link #snapshot()} is what the outside sees.
 */
final class DeliveryJob {

    private final String subscription;
    private final String callbackUrl;
    private final String event;
    private final byte[] body;
    private final String signingKey;
    private final List<DeliveryAttempt> attempts = new ArrayList<>();
    private WebhookDelivery.Outcome outcome = WebhookDelivery.Outcome.PENDING;

    DeliveryJob(String subscription, String callbackUrl, String event, byte[] body, String signingKey) {
        this.subscription = subscription;
        this.callbackUrl = callbackUrl;
        this.event = event;
        this.body = body;
        this.signingKey = signingKey;
    }

    String subscription() {
        return subscription;
    }

    String callbackUrl() {
        return callbackUrl;
    }

    byte[] body() {
        return body;
    }

    String signingKey() {
        return signingKey;
    }

    int attemptCount() {
        return attempts.size();
    }

    void record(DeliveryAttempt attempt, WebhookDelivery.Outcome newOutcome) {
        attempts.add(attempt);
        outcome = newOutcome;
    }

    void finish(WebhookDelivery.Outcome newOutcome) {
        outcome = newOutcome;
    }

    WebhookDelivery snapshot() {
        String signature = attempts.isEmpty() ? null : attempts.get(attempts.size() - 1).signature();
        return new WebhookDelivery(subscription, callbackUrl, event, body, signature, attempts, outcome);
    }

    @Override
    public String toString() {
        return "DeliveryJob[subscription=" + subscription + ", event=" + event + ", outcome=" + outcome + "]";
    }
}
