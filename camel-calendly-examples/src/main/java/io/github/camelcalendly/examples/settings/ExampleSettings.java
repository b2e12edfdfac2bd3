package io.github.camelcalendly.examples.settings;

import java.time.Duration;

/**
 * How one run of the example is set up: against the embedded sandbox (no access token given) or against a Calendly
 * account (the token and base URL given), whether it may book and cancel, and how it learns about bookings: a
 * webhook delivered to {@code webhookUrl}, or polling when there is none.
 *
 * @param accessToken   the Calendly token, or null to run against the embedded sandbox
 * @param baseUrl       the API base URL for an account run (Calendly's own unless overridden); null for the sandbox
 * @param allowWrites   whether the run may book, create a scheduling link and cancel
 * @param webhookUrl    the public URL Calendly delivers webhooks to; null for the sandbox (which gets a local one)
 *                      and for an account run that polls instead
 * @param serverPort    the local HTTP port the webhook trigger is served on; 0 picks a free one
 * @param signingKey    the key deliveries are signed with
 * @param eventType     the event type to book (URI, UUID or slug); null picks the first active one
 * @param inviteeName   who books
 * @param inviteeEmail  the invitee's email address
 * @param eventWait     how long to wait for the trigger to report a booking or a cancellation
 * @param pollDelay     the pause between two polls when polling
 */
public record ExampleSettings(String accessToken, String baseUrl, boolean allowWrites, String webhookUrl,
        int serverPort, String signingKey, String eventType, String inviteeName, String inviteeEmail,
        Duration eventWait, Duration pollDelay) {

    /** The path the trigger serves when the webhook URL names none. */
    public static final String DEFAULT_WEBHOOK_PATH = "/calendly/webhook";

    /** Whether this run uses the embedded sandbox rather than a Calendly account. */
    public boolean sandbox() {
        return accessToken == null;
    }

    /** Whether bookings reach the run through a webhook (else through polling). */
    public boolean webhook() {
        return sandbox() || webhookUrl != null;
    }

    /** Whether the run may book, create links and cancel: always against the sandbox, on request otherwise. */
    public boolean writes() {
        return sandbox() || allowWrites;
    }

    /** This run with the local webhook URL the sandbox delivers to, on {@code port}. */
    public ExampleSettings withLocalWebhook(int port) {
        return new ExampleSettings(accessToken, baseUrl, allowWrites,
                "http://localhost:" + port + DEFAULT_WEBHOOK_PATH, port, signingKey, eventType, inviteeName,
                inviteeEmail, eventWait, pollDelay);
    }

    /** The HTTP path of the webhook URL, which is the path the trigger serves. */
    public String webhookPath() {
        if (webhookUrl == null) {
            return DEFAULT_WEBHOOK_PATH;
        }
        String path = java.net.URI.create(webhookUrl).getPath();
        return path == null || path.isEmpty() || "/".equals(path) ? DEFAULT_WEBHOOK_PATH : path;
    }

    /** Never shows the token or the signing key. */
    @Override
    public String toString() {
        return "ExampleSettings[" + (sandbox() ? "sandbox" : "account at " + baseUrl) + ", writes=" + writes()
                + ", trigger=" + (webhook() ? "webhook " + webhookUrl : "polling every " + pollDelay)
                + ", serverPort=" + serverPort + ", eventType=" + eventType + ", invitee=" + inviteeEmail
                + ", eventWait=" + eventWait + "]";
    }
}
