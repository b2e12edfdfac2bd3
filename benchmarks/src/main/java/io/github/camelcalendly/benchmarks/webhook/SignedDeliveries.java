package io.github.camelcalendly.benchmarks.webhook;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes webhook deliveries the way Calendly signs them, each one a different event (its own invitee URI and
 * created_at), so that the trigger's deduplication never drops one. The signature header is
 * {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}, computed here independently of the component. The
 * requests are built before a measurement starts, with the current time as the signing time: they must be sent within
 * the trigger's signatureTolerance (3 minutes by default).
 */
final class SignedDeliveries {

    /** The header Calendly signs deliveries with. */
    static final String SIGNATURE_HEADER = "Calendly-Webhook-Signature";

    private final byte[] signingKey;
    private final AtomicLong sequence = new AtomicLong();

    SignedDeliveries(String signingKey) {
        if (signingKey == null || signingKey.isEmpty()) {
            throw new IllegalArgumentException("The signing key must not be empty");
        }
        this.signingKey = signingKey.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code count} POST requests to {@code target}, each a new invitee.created event, signed now. */
    List<HttpRequest> next(URI target, int count) {
        long now = Instant.now().getEpochSecond();
        List<HttpRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] body = body(sequence.incrementAndGet());
            requests.add(HttpRequest.newBuilder(target)
                    .header("Content-Type", "application/json")
                    .header(SIGNATURE_HEADER, signature(now, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build());
        }
        return requests;
    }

    /** The signature header for {@code body} signed at {@code unixSeconds}. */
    String signature(long unixSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
            mac.update((unixSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return "t=" + unixSeconds + ",v1=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** An invitee.created delivery shaped like Calendly's (about 1.6 KB), unique by {@code n}. */
    static byte[] body(long n) {
        String invitee = String.format("%012d", n);
        String createdAt = Instant.parse("2026-01-01T00:00:00Z").plusMillis(n).toString();
        String json = "{\"event\":\"invitee.created\",\"created_at\":\"" + createdAt + "\","
                + "\"created_by\":\"https://api.calendly.com/users/BENCHOWNER0000000\","
                + "\"payload\":{"
                + "\"uri\":\"https://api.calendly.com/scheduled_events/EVENT" + invitee + "/invitees/INV" + invitee + "\","
                + "\"email\":\"invitee" + n + "@example.com\",\"name\":\"Invitee " + n + "\","
                + "\"first_name\":null,\"last_name\":null,\"status\":\"active\",\"timezone\":\"Europe/Berlin\","
                + "\"event\":\"https://api.calendly.com/scheduled_events/EVENT" + invitee + "\","
                + "\"created_at\":\"" + createdAt + "\",\"updated_at\":\"" + createdAt + "\","
                + "\"cancel_url\":\"https://calendly.com/cancellations/INV" + invitee + "\","
                + "\"reschedule_url\":\"https://calendly.com/reschedulings/INV" + invitee + "\","
                + "\"rescheduled\":false,\"old_invitee\":null,\"new_invitee\":null,"
                + "\"questions_and_answers\":[{\"question\":\"What should we talk about?\","
                + "\"answer\":\"The quarterly plan and the open questions from last week\",\"position\":0}],"
                + "\"text_reminder_number\":null,\"no_show\":null,\"reconfirmation\":null,\"routing_form_submission\":null,"
                + "\"payment\":null,\"tracking\":{\"utm_campaign\":null,\"utm_source\":null,\"utm_medium\":null,"
                + "\"utm_content\":null,\"utm_term\":null,\"salesforce_uuid\":null},"
                + "\"scheduled_event\":{\"uri\":\"https://api.calendly.com/scheduled_events/EVENT" + invitee + "\","
                + "\"name\":\"30 Minute Meeting\",\"status\":\"active\",\"start_time\":\"2026-06-01T10:00:00.000000Z\","
                + "\"end_time\":\"2026-06-01T10:30:00.000000Z\","
                + "\"event_type\":\"https://api.calendly.com/event_types/BENCHTYPE0000000\","
                + "\"location\":{\"type\":\"google_conference\",\"status\":\"pushed\","
                + "\"join_url\":\"https://meet.google.com/abc-defg-hij\"},"
                + "\"invitees_counter\":{\"total\":1,\"active\":1,\"limit\":1},"
                + "\"created_at\":\"" + createdAt + "\",\"updated_at\":\"" + createdAt + "\","
                + "\"event_memberships\":[{\"user\":\"https://api.calendly.com/users/BENCHOWNER0000000\","
                + "\"user_email\":\"owner@example.com\",\"user_name\":\"Owner\"}],\"event_guests\":[]}}}";
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
