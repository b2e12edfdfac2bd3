package io.github.camelcalendly.webhook;

import java.io.IOException;
import java.io.InputStream;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Turns an HTTP request into a verified {@link WebhookEvent}, or a {@link WebhookRejection} naming the answer. The
 * checks run in this order: the method (POST, else 405), the size (Content-Length when sent and the bytes actually
 * read, against maxBodySize, else 413), an empty body (400), the signature header (missing: 401; malformed: 400),
 * the signature and its timestamp (401), and the envelope (not a JSON object with {@code event} and a
 * {@code payload} object: 400). The body is read once, as raw bytes, and verified as received.
 */
public final class DeliveryReader {

    private final SignatureVerifier verifier;
    private final int maxBodySize;

    public DeliveryReader(SignatureVerifier verifier, int maxBodySize) {
        this.verifier = verifier;
        this.maxBodySize = maxBodySize;
    }

    /** Reads and verifies the request held by {@code message}. */
    public WebhookEvent read(Message message) throws WebhookRejection {
        String method = message.getHeader(Exchange.HTTP_METHOD, String.class);
        if (method != null && !"POST".equalsIgnoreCase(method)) {
            throw new WebhookRejection(405, "Only POST is accepted");
        }
        Long declared = declaredLength(message);
        if (declared != null && declared > maxBodySize) {
            throw tooLarge();
        }
        byte[] body = body(message);
        if (body.length > maxBodySize) {
            throw tooLarge();
        }
        if (body.length == 0) {
            throw new WebhookRejection(400, "The body is empty");
        }
        String signature = message.getHeader(SignatureHeader.NAME, String.class);
        if (signature == null) {
            throw new WebhookRejection(401, "The " + SignatureHeader.NAME + " header is missing");
        }
        verifier.verify(SignatureHeader.parse(signature), body);
        return WebhookEvent.parse(body);
    }

    private static Long declaredLength(Message message) throws WebhookRejection {
        String value = message.getHeader(Exchange.CONTENT_LENGTH, String.class);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new WebhookRejection(400, "Content-Length is not a number");
        }
    }

    private byte[] body(Message message) throws WebhookRejection {
        Object body = message.getBody();
        if (body == null) {
            return new byte[0];
        }
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        if (body instanceof InputStream stream) {
            try (InputStream in = stream) {
                // one byte more than allowed is enough to tell that the body is too large
                return in.readNBytes(maxBodySize + 1);
            } catch (IOException e) {
                throw new WebhookRejection(400, "The body could not be read");
            }
        }
        byte[] bytes = message.getBody(byte[].class);
        if (bytes == null) {
            throw new WebhookRejection(400, "The body could not be read as bytes");
        }
        return bytes;
    }

    private WebhookRejection tooLarge() {
        return new WebhookRejection(413, "The body is larger than " + maxBodySize + " bytes (maxBodySize)");
    }
}
