package io.github.camelcalendly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import io.github.camelcalendly.sandbox.webhook.WebhookSigner;

class WebhookSignerTest {

    private static final byte[] VECTOR_BODY = ("{\"event\":\"invitee.created\",\"created_at\":"
            + "\"2023-11-14T22:13:20.000000Z\",\"payload\":{\"email\":\"jane@example.com\"}}")
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void reproducesTheWorkedVectorFromTheNotes() {
        assertThat(VECTOR_BODY).hasSize(109);

        String header = WebhookSigner.header("example-signing-key-123", 1700000000L, VECTOR_BODY);

        assertThat(header).isEqualTo(
                "t=1700000000,v1=af1982ea4bc1f32c1f4dc15a2804b96d13f5a1ba3acb49ef15bde920b80ba874");
    }

    @Test
    void signsTheTimestampAndBodyNotTheBodyAlone() {
        String v1 = WebhookSigner.v1("example-signing-key-123", 1700000000L, VECTOR_BODY);

        assertThat(v1).isNotEqualTo("071e1ce00dcc92206e658a23aeac7f58fca70d7044d38404a8adf99955c0e9a7");
    }

    @Test
    void agreesWithAnIndependentHmacForNonAsciiKeysAndBodies() throws Exception {
        String key = "schlüssel-ключ";
        byte[] body = "{\"name\":\"Zoë Ñúñez\"}".getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(
                mac.doFinal(("42." + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));

        assertThat(WebhookSigner.header(key, 42L, body)).isEqualTo("t=42,v1=" + expected);
    }

    @Test
    void refusesAnEmptyKey() {
        assertThatThrownBy(() -> WebhookSigner.header("", 1L, VECTOR_BODY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
