package io.github.camelcalendly.sandbox.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A snapshot of one webhook delivery: which subscription and URL it went to, the event, the exact body bytes sent
 * (the same bytes on every attempt), the signature header of the latest attempt, every attempt so far and the
 * outcome.
 *
 * @param subscription the webhook subscription URI
 * @param callbackUrl  where it was POSTed
 * @param event        the event name, e.g. {@code invitee.created}
 * @param body         the exact request body
 * @param signature    the latest attempt's {@code Calendly-Webhook-Signature} header; null before the first attempt
 * @param attempts     every attempt, oldest first
 * @param outcome      delivered, failed (gave up) or pending (first attempt or a retry still to come)
 */
public record WebhookDelivery(String subscription, String callbackUrl, String event, byte[] body, String signature,
        List<DeliveryAttempt> attempts, Outcome outcome) {

    /** Where a delivery stands. */
    public enum Outcome {
        /** A receiver answered 2xx. */
        DELIVERED,
        /** Given up: the subscription was disabled or deleted. */
        FAILED,
        /** Not attempted yet, or failed with a retry scheduled. */
        PENDING
    }

    public WebhookDelivery {
        Objects.requireNonNull(body, "body");
        body = body.clone();
        attempts = List.copyOf(attempts);
    }

    /** A copy of the exact body bytes. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookDelivery that && subscription.equals(that.subscription)
                && callbackUrl.equals(that.callbackUrl) && event.equals(that.event) && Arrays.equals(body, that.body)
                && Objects.equals(signature, that.signature) && attempts.equals(that.attempts)
                && outcome == that.outcome;
    }

    @Override
    public int hashCode() {
        return Objects.hash(subscription, callbackUrl, event, Arrays.hashCode(body), signature, attempts, outcome);
    }

    @Override
    public String toString() {
        return "WebhookDelivery[subscription=" + subscription + ", callbackUrl=" + callbackUrl + ", event=" + event
                + ", attempts=" + attempts + ", outcome=" + outcome + "]";
    }
}
