package io.github.camelcalendly.webhook;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Thousands of random header values: the parser either returns a header or refuses it with its own 400
 * rejection, and never throws anything else. The seed is fixed, so a failure can be replayed.
 */
class SignatureHeaderFuzzTest {

    private static final String[] FRAGMENTS = { "t=", "v1=", "v0=", ",", ", ", "=", "==", "t", "v1", "1700000000",
        "-1", "99999999999999999999", "0x1f", "abcdef", "ABCDEF", "0123456789abcdef0123456789abcdef", " ", "\t",
        "é", "\u0000", "😀", "ٰ", "%2C", ";", "\"", "\n" };

    @Test
    void randomHeadersNeverThrowAnythingButARejection() {
        Random random = new Random(20260301L);
        int parsed = 0;
        for (int i = 0; i < 20_000; i++) {
            String header = randomHeader(random);
            try {
                SignatureHeader result = SignatureHeader.parse(header);
                assertThat(result.signatures()).isNotEmpty().allSatisfy(s -> assertThat(s).hasSize(32));
                assertThat(result.timestamp()).isNotNegative();
                parsed++;
            } catch (WebhookRejection rejection) {
                assertThat(rejection.status()).isEqualTo(400);
                assertThat(rejection.reason()).startsWith("Malformed " + SignatureHeader.NAME + " header");
            } catch (RuntimeException e) {
                fail("parse threw " + e + " for header " + header.codePoints()
                        .mapToObj(Integer::toHexString).toList(), e);
            }
        }
        // the generator also builds valid headers, so both branches are exercised
        assertThat(parsed).isPositive();
    }

    private static String randomHeader(Random random) {
        StringBuilder header = new StringBuilder();
        switch (random.nextInt(4)) {
            case 0 -> {
                int length = random.nextInt(80);
                for (int i = 0; i < length; i++) {
                    header.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x1F700) : 32 + random.nextInt(95));
                }
            }
            case 1 -> {
                int parts = random.nextInt(8);
                for (int i = 0; i < parts; i++) {
                    header.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                }
            }
            case 2 -> header.append("t=").append(random.nextInt(Integer.MAX_VALUE)).append(",v1=")
                    .append(hex(random, 60 + random.nextInt(9)));
            default -> {
                header.append("t=").append(Math.abs(random.nextLong() % 10_000_000_000L)).append(",v1=")
                        .append(hex(random, 64));
                if (random.nextBoolean()) {
                    header.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]).append(hex(random, 64));
                }
            }
        }
        return header.toString();
    }

    private static String hex(Random random, int digits) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < digits; i++) {
            hex.append("0123456789abcdefABCDEF".charAt(random.nextInt(22)));
        }
        return hex.toString();
    }
}
