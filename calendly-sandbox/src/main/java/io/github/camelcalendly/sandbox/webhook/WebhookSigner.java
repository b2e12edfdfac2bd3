package io.github.camelcalendly.sandbox.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Calendly's webhook signature: header {@code Calendly-Webhook-Signature: t=<unix seconds>,v1=<hex>} where
 * {@code v1} is the lowercase hex HMAC-SHA256, keyed with the signing key's UTF-8 bytes, of {@code <t>.} followed by
 * the raw body bytes.
 */
public final class WebhookSigner {

    /** The header a delivery carries its signature in. */
    public static final String HEADER = "Calendly-Webhook-Signature";

    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSigner() {
    }

    /** The header value for {@code body} signed with {@code key} at {@code unixSeconds}. */
    public static String header(String key, long unixSeconds, byte[] body) {
        return "t=" + unixSeconds + ",v1=" + v1(key, unixSeconds, body);
    }

    /** The {@code v1} part: lowercase hex HMAC-SHA256 of {@code <t>.<body>}. */
    public static String v1(String key, long unixSeconds, byte[] body) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("a signing key is required");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update((unixSeconds + ".").getBytes(StandardCharsets.UTF_8));
            mac.update(body);
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
