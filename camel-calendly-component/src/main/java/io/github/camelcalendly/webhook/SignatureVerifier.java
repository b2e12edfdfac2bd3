package io.github.camelcalendly.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that a delivery was signed by Calendly with our signing key, recently. The signature is
 * HMAC-SHA256(signing key as UTF-8, {@code t + "." + raw body bytes}); it is compared in constant time with every
 * {@code v1} of the header, and one match is enough. A timestamp further than {@code tolerance} milliseconds from
 * now, in the past or the future, is refused as a replay: a stale or future delivery gets 401, like a wrong
 * signature, because both mean the request cannot be trusted as a fresh delivery from Calendly.
 * <p>
 * Each thread keeps its own {@link Mac}, keyed once (a Mac is not thread-safe, and looking one up and keying it
 * costs more than the HMAC of a delivery).
 */
public final class SignatureVerifier {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final Clock clock;
    private final long toleranceMillis;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public SignatureVerifier(String signingKey, Clock clock, long toleranceMillis) {
        if (signingKey == null || signingKey.isEmpty()) {
            throw new IllegalArgumentException("The signing key must not be empty");
        }
        if (toleranceMillis <= 0) {
            throw new IllegalArgumentException("The signature tolerance must be positive, got " + toleranceMillis);
        }
        this.key = new SecretKeySpec(signingKey.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.clock = clock;
        this.toleranceMillis = toleranceMillis;
    }

    /**
     * Verifies a delivery.
     *
     * @throws WebhookRejection with status 401 when no signature matches or the timestamp is outside the tolerance
     */
    public void verify(SignatureHeader header, byte[] body) throws WebhookRejection {
        byte[] expected = signature(header.timestamp(), body);
        boolean matched = false;
        for (byte[] candidate : header.signatures()) {
            // no early exit: every candidate is compared, each in constant time
            matched |= MessageDigest.isEqual(expected, candidate);
        }
        if (!matched) {
            throw new WebhookRejection(401, "The " + SignatureHeader.NAME + " does not match the body");
        }
        long skew = Math.abs(clock.millis() - header.timestamp() * 1000L);
        if (skew > toleranceMillis) {
            throw new WebhookRejection(401, "The " + SignatureHeader.NAME + " timestamp is outside the accepted"
                                            + " window (signatureTolerance)");
        }
    }

    /** The raw HMAC-SHA256 of {@code timestamp + "." + body} under this verifier's key. */
    byte[] signature(long timestamp, byte[] body) {
        Mac mac = macs.get();
        // doFinal leaves the Mac reset and still keyed, ready for the thread's next delivery
        mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
        return mac.doFinal(body);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "SignatureVerifier[toleranceMillis=" + toleranceMillis + "]";
    }
}
