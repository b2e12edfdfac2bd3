package io.github.camelcalendly.webhook;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A parsed {@code Calendly-Webhook-Signature} header: {@code t=<unix seconds>,v1=<64 hex digits>}. Parts are separated
 * by commas and may be surrounded by spaces. {@code t} must appear exactly once; {@code v1} at least once (several are
 * accepted, as during a key rotation, and a delivery verifies when any of them matches). Parts of another well-formed
 * scheme (such as a future {@code v2}) are ignored. Anything else - an empty part, a part without {@code =}, a
 * non-numeric {@code t}, a {@code v1} that is not 64 hex digits - is malformed. Hex digits of either case are accepted:
 * the signature is compared as bytes.
 *
 * @param timestamp  the {@code t} value, in Unix seconds
 * @param signatures the decoded {@code v1} values, 32 bytes each
 */
public record SignatureHeader(long timestamp, List<byte[]> signatures) {

    /** The HTTP header Calendly signs deliveries with. */
    public static final String NAME = "Calendly-Webhook-Signature";

    /** A longer header is refused outright, so a parser never works through megabytes of commas. */
    static final int MAX_LENGTH = 2048;

    private static final int SIGNATURE_HEX_LENGTH = 64;
    private static final int MAX_TIMESTAMP_DIGITS = 12;

    public SignatureHeader {
        signatures = List.copyOf(signatures);
    }

    /**
     * Parses a header value.
     *
     * @throws WebhookRejection with status 400 saying what is wrong when the value is not a well-formed signature
     *                          header (a missing header is the caller's 401)
     */
    public static SignatureHeader parse(String value) throws WebhookRejection {
        if (value == null || value.isBlank()) {
            throw malformed("it is empty");
        }
        if (value.length() > MAX_LENGTH) {
            throw malformed("it is longer than " + MAX_LENGTH + " characters");
        }
        Long timestamp = null;
        List<byte[]> signatures = new ArrayList<>();
        for (String rawPart : value.split(",", -1)) {
            String part = rawPart.strip();
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw malformed("each part must be name=value");
            }
            String name = part.substring(0, eq);
            String text = part.substring(eq + 1);
            if (name.equals("t")) {
                if (timestamp != null) {
                    throw malformed("t appears more than once");
                }
                timestamp = parseTimestamp(text);
            } else if (name.equals("v1")) {
                signatures.add(parseSignature(text));
            } else if (!isSchemeName(name)) {
                throw malformed("a part name must be lower-case letters and digits");
            }
        }
        if (timestamp == null) {
            throw malformed("t (the signing time) is missing");
        }
        if (signatures.isEmpty()) {
            throw malformed("v1 (the signature) is missing");
        }
        return new SignatureHeader(timestamp, signatures);
    }

    private static long parseTimestamp(String text) throws WebhookRejection {
        if (text.isEmpty() || text.length() > MAX_TIMESTAMP_DIGITS || !allMatch(text, "0123456789")) {
            throw malformed("t must be a Unix time in seconds");
        }
        return Long.parseLong(text);
    }

    private static byte[] parseSignature(String text) throws WebhookRejection {
        if (text.length() != SIGNATURE_HEX_LENGTH || !allMatch(text, "0123456789abcdefABCDEF")) {
            throw malformed("v1 must be " + SIGNATURE_HEX_LENGTH + " hex digits");
        }
        return HexFormat.of().parseHex(text);
    }

    private static boolean isSchemeName(String name) {
        return name.length() <= 8 && allMatch(name, "abcdefghijklmnopqrstuvwxyz0123456789");
    }

    private static boolean allMatch(String text, String allowed) {
        for (int i = 0; i < text.length(); i++) {
            if (allowed.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static WebhookRejection malformed(String why) {
        return new WebhookRejection(400, "Malformed " + NAME + " header: " + why);
    }

    @Override
    public String toString() {
        return "SignatureHeader[t=" + timestamp + ", v1 count=" + signatures.size() + "]";
    }
}
