package io.github.camelcalendly.webhook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The size checks on bodies that arrive as they are (byte[] or a stream, as HTTP servers hand them over) rather
 * than by type conversion.
 */
class DeliveryReaderTest {

    private static final String KEY = "delivery-reader-test-key";
    private static final long T = 1_700_000_000L;
    private static final byte[] BODY = "{\"event\":\"invitee.created\",\"payload\":{\"uri\":\"u\"}}"
            .getBytes(StandardCharsets.UTF_8);

    private final CamelContext context = new DefaultCamelContext();
    private final SignatureVerifier verifier = new SignatureVerifier(KEY,
            Clock.fixed(Instant.ofEpochSecond(T), ZoneOffset.UTC), 180_000);

    @AfterEach
    void closeContext() throws Exception {
        context.close();
    }

    private Message request(Object body) {
        Message message = new DefaultMessage(context);
        message.setHeader(Exchange.HTTP_METHOD, "POST");
        message.setHeader(SignatureHeader.NAME,
                "t=" + T + ",v1=" + HexFormat.of().formatHex(verifier.signature(T, BODY)));
        message.setBody(body);
        return message;
    }

    private static void assertTooLarge(ThrowingRead read, int max) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(WebhookRejection.class, r -> {
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.reason()).isEqualTo("The body is larger than " + max + " bytes (maxBodySize)");
        });
    }

    @FunctionalInterface
    private interface ThrowingRead {
        void run() throws Exception;
    }

    @Test
    void aByteArrayBodyOfExactlyMaxBodySizeIsRead() throws Exception {
        WebhookEvent event = new DeliveryReader(verifier, BODY.length).read(request(BODY));

        assertThat(event.name()).isEqualTo("invitee.created");
    }

    @Test
    void aByteArrayBodyOneByteOverMaxBodySizeIsRefusedWith413() {
        DeliveryReader reader = new DeliveryReader(verifier, BODY.length - 1);

        assertTooLarge(() -> reader.read(request(BODY)), BODY.length - 1);
    }

    @Test
    void aStreamedBodyOfExactlyMaxBodySizeIsRead() throws Exception {
        WebhookEvent event = new DeliveryReader(verifier, BODY.length).read(request(new ByteArrayInputStream(BODY)));

        assertThat(event.payload()).containsEntry("uri", "u");
    }

    @Test
    void aStreamedBodyOneByteOverMaxBodySizeIsRefusedWith413() {
        DeliveryReader reader = new DeliveryReader(verifier, BODY.length - 1);

        assertTooLarge(() -> reader.read(request(new ByteArrayInputStream(BODY))), BODY.length - 1);
    }

    @Test
    void aStreamedBodyIsReadNoFurtherThanOneByteOverMaxBodySize() {
        ByteArrayInputStream stream = new ByteArrayInputStream(new byte[10_000]);
        DeliveryReader reader = new DeliveryReader(verifier, 100);

        assertTooLarge(() -> reader.read(request(stream)), 100);
        assertThat(stream.available()).isEqualTo(10_000 - 101);
    }

    @Test
    void aStreamedBodyIsClosedAfterReading() throws Exception {
        boolean[] closed = { false };
        InputStream stream = new ByteArrayInputStream(BODY) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        new DeliveryReader(verifier, BODY.length).read(request(stream));

        assertThat(closed[0]).isTrue();
    }

    @Test
    void aStreamThatFailsIsABadRequest() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        DeliveryReader reader = new DeliveryReader(verifier, BODY.length);

        assertThatThrownBy(() -> reader.read(request(failing)))
                .isInstanceOfSatisfying(WebhookRejection.class, r -> {
                    assertThat(r.status()).isEqualTo(400);
                    assertThat(r.reason()).isEqualTo("The body could not be read");
                });
    }

    @Test
    void aDeclaredLengthOfExactlyMaxBodySizeIsAccepted() throws Exception {
        Message message = request(BODY);
        message.setHeader(Exchange.CONTENT_LENGTH, " " + BODY.length + " ");

        assertThat(new DeliveryReader(verifier, BODY.length).read(message).name()).isEqualTo("invitee.created");
    }

    @Test
    void aDeclaredLengthOverMaxBodySizeIsRefusedBeforeTheBodyIsRead() {
        ByteArrayInputStream stream = new ByteArrayInputStream(BODY);
        Message message = request(stream);
        message.setHeader(Exchange.CONTENT_LENGTH, String.valueOf(BODY.length + 1));
        DeliveryReader reader = new DeliveryReader(verifier, BODY.length);

        assertTooLarge(() -> reader.read(message), BODY.length);
        assertThat(stream.available()).isEqualTo(BODY.length);
    }

    @Test
    void aContentLengthThatIsNoNumberIsABadRequest() {
        Message message = request(BODY);
        message.setHeader(Exchange.CONTENT_LENGTH, "many");
        DeliveryReader reader = new DeliveryReader(verifier, BODY.length);

        assertThatThrownBy(() -> reader.read(message)).isInstanceOfSatisfying(WebhookRejection.class, r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.reason()).isEqualTo("Content-Length is not a number");
        });
    }

    @Test
    void anEmptyStreamedBodyIsABadRequestNotATooLargeOne() {
        DeliveryReader reader = new DeliveryReader(verifier, BODY.length);

        assertThatThrownBy(() -> reader.read(request(new ByteArrayInputStream(new byte[0]))))
                .isInstanceOfSatisfying(WebhookRejection.class, r -> {
                    assertThat(r.status()).isEqualTo(400);
                    assertThat(r.reason()).isEqualTo("The body is empty");
                });
    }

    @Test
    void aMethodOtherThanPostIsRefusedWith405() {
        Message message = request(BODY);
        message.setHeader(Exchange.HTTP_METHOD, "PUT");

        assertThatThrownBy(() -> new DeliveryReader(verifier, BODY.length).read(message))
                .isInstanceOfSatisfying(WebhookRejection.class, r -> assertThat(r.status()).isEqualTo(405));
    }

    @Test
    void aBlankContentLengthCountsAsNotSent() throws Exception {
        Message message = request(BODY);
        message.setHeader(Exchange.CONTENT_LENGTH, " ");

        assertThat(new DeliveryReader(verifier, BODY.length).read(message).name()).isEqualTo("invitee.created");
    }

    @Test
    void aSmallerDeclaredLengthDoesNotLetALargerBodyThrough() {
        Message message = request(BODY);
        message.setHeader(Exchange.CONTENT_LENGTH, "1");
        DeliveryReader reader = new DeliveryReader(verifier, BODY.length - 1);

        assertTooLarge(() -> reader.read(message), BODY.length - 1);
    }
}
