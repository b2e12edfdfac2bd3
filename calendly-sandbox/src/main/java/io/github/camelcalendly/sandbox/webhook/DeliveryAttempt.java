package io.github.camelcalendly.sandbox.webhook;

import java.time.Instant;

/**
 * One try at delivering a webhook: when it was sent (sandbox clock), the signature header it carried, and either
 * the receiver's HTTP status or the I/O error that stopped it.
 *
 * @param at        when the attempt was made
 * @param signature the {@code Calendly-Webhook-Signature} header sent (each attempt is signed afresh)
 * @param status    the receiver's status, or null when no response arrived
 * @param error     what went wrong when no response arrived, else null
 */
public record DeliveryAttempt(Instant at, String signature, Integer status, String error) {

    /** Whether the receiver answered 2xx. */
    public boolean succeeded() {
        return status != null && status >= 200 && status < 300;
    }

    @Override
    public String toString() {
        return "DeliveryAttempt[at=" + at + ", " + (status != null ? "status=" + status : "error=" + error) + "]";
    }
}
