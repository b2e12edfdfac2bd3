package io.github.camelcalendly.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a {@code Calendly-Webhook-Signature} header ({@code t=<seconds>,v1=<hex>}) with a plain HMAC-SHA256 of
 * {@code "t." + body}, written apart from the sandbox's own signer so that a test of a delivery does not trust the
 * code it checks.
 */
final class IndependentSignature {

    private IndependentSignature() {
    }

    static boolean verifies(String header, byte[] body, String key) throws GeneralSecurityException {
        String[] parts = header.split(",");
        String t = parts[0].substring("t=".length());
        String v1 = parts[1].substring("v1=".length());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal(body)).equals(v1);
    }
}
