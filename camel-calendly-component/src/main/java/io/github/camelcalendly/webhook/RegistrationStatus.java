package io.github.camelcalendly.webhook;

import java.time.Instant;
import java.util.List;

/**
 * Where a webhook trigger's Calendly subscription stands, as its health check reports it. Immutable. The URL is kept
 * printable only (without query string), and a failure is one whose message names no token or signing key.
 *
 * @param phase          what the trigger is doing or did last
 * @param externalUrl    the public URL Calendly delivers to, printable, or null when none is configured
 * @param subscriptions  the URIs of the subscriptions in place, when registered
 * @param failure        why the last start failed, when failed
 * @param failedAttempts how many starts in a row failed (the supervising route controller keeps retrying)
 * @param since          when the trigger entered this phase
 */
public record RegistrationStatus(
        Phase phase, String externalUrl, List<String> subscriptions, Exception failure, int failedAttempts,
        Instant since) {

    /** What a webhook trigger is doing about its subscription. */
    public enum Phase {
        /** Putting the subscription in place while the route starts. */
        REGISTERING,
        /** The subscription is in place and the route is receiving. */
        REGISTERED,
        /** webhookAutoRegister=false: someone else creates the subscription, the route only receives. */
        MANAGED_OUTSIDE,
        /** The route could not start: Calendly refused the registration, or the trigger's setup failed. */
        FAILED
    }

    public RegistrationStatus {
        subscriptions = List.copyOf(subscriptions);
    }

    static RegistrationStatus registering(String externalUrl, RegistrationStatus previous, Instant now) {
        return new RegistrationStatus(Phase.REGISTERING, printable(externalUrl), List.of(), null,
                previous == null ? 0 : previous.failedAttempts, now);
    }

    static RegistrationStatus registered(String externalUrl, List<String> subscriptions, Instant now) {
        return new RegistrationStatus(Phase.REGISTERED, printable(externalUrl), subscriptions, null, 0, now);
    }

    static RegistrationStatus managedOutside(String externalUrl, Instant now) {
        return new RegistrationStatus(Phase.MANAGED_OUTSIDE, printable(externalUrl), List.of(), null, 0, now);
    }

    static RegistrationStatus failed(String externalUrl, Exception failure, RegistrationStatus previous,
            Instant now) {
        return new RegistrationStatus(Phase.FAILED, printable(externalUrl), List.of(), failure,
                (previous == null ? 0 : previous.failedAttempts) + 1, now);
    }

    private static String printable(String url) {
        return url == null || url.isBlank() ? null : CallbackUrls.printable(url.trim());
    }
}
