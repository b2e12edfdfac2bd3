package io.github.camelcalendly.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.camelcalendly.auth.SampleTokens.ACCESS_TOKEN;
import static io.github.camelcalendly.auth.SampleTokens.KEY;
import static io.github.camelcalendly.auth.SampleTokens.OTHER_KEY;
import static io.github.camelcalendly.auth.SampleTokens.OTHER_USER;
import static io.github.camelcalendly.auth.SampleTokens.REFRESH_TOKEN;
import static io.github.camelcalendly.auth.SampleTokens.USER;
import static io.github.camelcalendly.auth.SampleTokens.base64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The encrypting store: what it writes, what it reads back, and the failure of each file it must not accept, named
 * by its case and free of any token or key.
 */
class FileTokenStoreEncryptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}-byte key")
    @ValueSource(ints = {16, 24, 32})
    void tokensRoundTripUnderEveryAesKeySize(int keyBytes) {
        FileTokenStore store = new FileTokenStore(dir, SampleTokens.sequence(7, keyBytes));

        store.save(USER, SampleTokens.first());

        assertThat(store.load(USER)).contains(SampleTokens.first());
        assertThat(store.isEncrypted()).isTrue();
    }

    @Test
    void aNewStoreWithTheSameKeyAsBase64ReadsWhatTheLastOneSaved() {
        new FileTokenStore(dir, KEY).save(USER, SampleTokens.first());

        FileTokenStore afterRestart = FileTokenStore.encrypted(dir, "  " + base64(KEY) + "\n");

        assertThat(afterRestart.load(USER)).contains(SampleTokens.first());
    }

    @Test
    void aRotationUnderEncryptionLoadsTheNewestTokens() {
        FileTokenStore store = new FileTokenStore(dir, KEY);

        store.save(USER, SampleTokens.first());
        store.save(USER, SampleTokens.rotated());

        assertThat(FileTokenStore.encrypted(dir, base64(KEY)).load(USER)).contains(SampleTokens.rotated());
    }

    @Test
    void theStoreKeepsItsOwnCopyOfTheKey() {
        byte[] key = KEY.clone();
        FileTokenStore store = new FileTokenStore(dir, key);
        Arrays.fill(key, (byte) 0);

        store.save(USER, SampleTokens.first());

        assertThat(new FileTokenStore(dir, KEY).load(USER)).contains(SampleTokens.first());
    }

    @Test
    void theFileHoldsNoTokenInPlainTextNorInBase64() throws IOException {
        FileTokenStore store = new FileTokenStore(dir, KEY);
        store.save(USER, SampleTokens.first());
        Path file = store.fileOf(USER);

        String text = Files.readString(file);
        JsonNode json = JSON.readTree(text);
        String sealed = new String(Base64.getDecoder().decode(json.path("tokens").asText()),
                StandardCharsets.ISO_8859_1);

        for (String token : new String[] {ACCESS_TOKEN, REFRESH_TOKEN}) {
            assertThat(text).doesNotContain(token)
                    .doesNotContain(base64(token.getBytes(StandardCharsets.UTF_8)))
                    .doesNotContain(Base64.getUrlEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
            assertThat(sealed).as("the decoded tokens field").doesNotContain(token);
        }
        assertThat(text).doesNotContain(base64(KEY));
        assertThat(json.path("encryption").asText()).isEqualTo("AES-GCM");
        assertThat(json.path("connectionId").asText()).isEqualTo(USER);
    }

    @Test
    void everySaveUsesAFreshTwelveByteIv() throws IOException {
        FileTokenStore store = new FileTokenStore(dir, KEY);

        store.save(USER, SampleTokens.first());
        JsonNode first = JSON.readTree(store.fileOf(USER).toFile());
        store.save(USER, SampleTokens.first());
        JsonNode second = JSON.readTree(store.fileOf(USER).toFile());

        assertThat(Base64.getDecoder().decode(first.path("iv").asText())).hasSize(12);
        assertThat(second.path("iv").asText()).isNotEqualTo(first.path("iv").asText());
        assertThat(second.path("tokens").asText()).as("the same tokens, sealed again")
                .isNotEqualTo(first.path("tokens").asText());
    }

    @Test
    void anEncryptedFileReadWithoutAKeySaysItIsEncrypted() {
        new FileTokenStore(dir, KEY).save(USER, SampleTokens.first());

        Throwable failure = catchThrowable(() -> new FileTokenStore(dir).load(USER));

        assertNamesTheCase(failure, "is encrypted, but this store has no key");
    }

    @Test
    void aPlainFileReadWithAKeySaysItIsPlain() {
        new FileTokenStore(dir).save(USER, SampleTokens.first());

        Throwable failure = catchThrowable(() -> new FileTokenStore(dir, KEY).load(USER));

        assertNamesTheCase(failure, "is in plain text, but this store has a key");
    }

    @Test
    void aFileEncryptedUnderAnotherKeySaysSo() {
        new FileTokenStore(dir, KEY).save(USER, SampleTokens.first());

        Throwable failure = catchThrowable(() -> new FileTokenStore(dir, OTHER_KEY).load(USER));

        assertNamesTheCase(failure, "was encrypted under another key");
    }

    @Test
    void anAlteredCiphertextFailsTheIntegrityCheck() throws IOException {
        FileTokenStore store = new FileTokenStore(dir, KEY);
        store.save(USER, SampleTokens.first());
        ObjectNode json = (ObjectNode) JSON.readTree(store.fileOf(USER).toFile());
        byte[] sealed = Base64.getDecoder().decode(json.path("tokens").asText());
        sealed[sealed.length / 2] ^= 0x01;
        json.put("tokens", Base64.getEncoder().encodeToString(sealed));
        JSON.writeValue(store.fileOf(USER).toFile(), json);

        Throwable failure = catchThrowable(() -> store.load(USER));

        assertNamesTheCase(failure, "failed its integrity check");
    }

    @Test
    void anAlteredIvFailsTheIntegrityCheck() throws IOException {
        FileTokenStore store = new FileTokenStore(dir, KEY);
        store.save(USER, SampleTokens.first());
        ObjectNode json = (ObjectNode) JSON.readTree(store.fileOf(USER).toFile());
        byte[] iv = Base64.getDecoder().decode(json.path("iv").asText());
        iv[0] ^= 0x01;
        json.put("iv", Base64.getEncoder().encodeToString(iv));
        JSON.writeValue(store.fileOf(USER).toFile(), json);

        Throwable failure = catchThrowable(() -> store.load(USER));

        assertNamesTheCase(failure, "failed its integrity check");
    }

    @Test
    void aFileCopiedToAnotherConnectionsNameIsRefused() throws IOException {
        FileTokenStore store = new FileTokenStore(dir, KEY);
        store.save(USER, SampleTokens.first());
        Files.copy(store.fileOf(USER), store.fileOf(OTHER_USER));

        Throwable failure = catchThrowable(() -> store.load(OTHER_USER));

        assertThat(failure).isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("'" + OTHER_USER + "'")
                .hasMessageContaining("holds the tokens of another connection id");
        assertHasNoSecret(failure);
    }

    @Test
    void aCopiedFileWhoseConnectionIdWasEditedToMatchStillDoesNotOpen() throws IOException {
        FileTokenStore store = new FileTokenStore(dir, KEY);
        store.save(USER, SampleTokens.first());
        ObjectNode json = (ObjectNode) JSON.readTree(store.fileOf(USER).toFile());
        json.put("connectionId", OTHER_USER);
        JSON.writeValue(store.fileOf(OTHER_USER).toFile(), json);

        Throwable failure = catchThrowable(() -> store.load(OTHER_USER));

        assertThat(failure).isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("'" + OTHER_USER + "'")
                .hasMessageContaining("failed its integrity check");
        assertHasNoSecret(failure);
        assertThat(store.load(USER)).as("the original").contains(SampleTokens.first());
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, 15, 17, 20, 31, 33, 64})
    void aKeyOfAnotherLengthIsRefusedWithoutShowingIt(int length) {
        byte[] key = SampleTokens.sequence(65, length); // printable: 'A', 'B', ... so a leak would be readable

        Throwable asBytes = catchThrowable(() -> new FileTokenStore(dir, key));
        Throwable asText = catchThrowable(() -> FileTokenStore.encrypted(dir, base64(key)));

        for (Throwable failure : new Throwable[] {asBytes, asText}) {
            assertThat(failure).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must be 16, 24 or 32 bytes")
                    .hasMessageContaining("has " + length + (length == 1 ? " byte" : " bytes"));
            if (length >= 8) { // shorter keys are single letters the message may well contain
                assertThat(failure.getMessage()).doesNotContain(base64(key))
                        .doesNotContain(new String(key, StandardCharsets.US_ASCII));
            }
        }
    }

    @Test
    void aKeyThatIsNotBase64IsRefusedWithoutQuotingIt() {
        String notBase64 = "not-base64-key-text-#!-7f3a";

        Throwable failure = catchThrowable(() -> FileTokenStore.encrypted(dir, notBase64));

        assertThat(failure).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not Base64")
                .hasNoCause();
        assertThat(failure.getMessage()).doesNotContain(notBase64).doesNotContain("base64 character");
    }

    @Test
    void toStringShowsTheDirectoryAndThatItEncryptsButNotTheKey() {
        FileTokenStore store = FileTokenStore.encrypted(dir, base64(KEY));

        assertThat(store).hasToString("FileTokenStore[directory=" + dir.toAbsolutePath() + ", encrypted=true]");
    }

    private static void assertNamesTheCase(Throwable failure, String theCase) {
        assertThat(failure).isInstanceOf(TokenStoreException.class)
                .hasMessageContaining(theCase)
                .hasMessageContaining("'" + USER + "'")
                .hasMessageContaining(new FileTokenStore(Path.of("x")).fileOf(USER).getFileName().toString());
        assertHasNoSecret(failure);
    }

    /** Neither the message nor any cause in the chain shows a token or a key. */
    private static void assertHasNoSecret(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).as("message of %s", t.getClass().getName())
                    .doesNotContain(ACCESS_TOKEN).doesNotContain(REFRESH_TOKEN)
                    .doesNotContain(base64(KEY)).doesNotContain(base64(OTHER_KEY));
        }
    }
}
