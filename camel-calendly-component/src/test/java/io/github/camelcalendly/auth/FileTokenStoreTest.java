package io.github.camelcalendly.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.github.camelcalendly.auth.SampleTokens.OTHER_USER;
import static io.github.camelcalendly.auth.SampleTokens.USER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain file store: what a save keeps, what a later store over the same directory reads, and how the files are
 * named and laid out.
 */
class FileTokenStoreTest {

    @TempDir
    Path dir;

    @Test
    void savedTokensLoadBackWithEveryComponent() {
        FileTokenStore store = new FileTokenStore(dir);

        store.save(USER, SampleTokens.first());

        assertThat(store.load(USER)).contains(SampleTokens.first());
    }

    @Test
    void aNewStoreOverTheSameDirectoryReadsWhatTheLastOneSaved() {
        new FileTokenStore(dir).save(USER, SampleTokens.first());

        FileTokenStore afterRestart = new FileTokenStore(dir);

        assertThat(afterRestart.load(USER)).contains(SampleTokens.first());
    }

    @Test
    void aRotationReplacesTheTokensAndLeavesOneFile() throws IOException {
        FileTokenStore store = new FileTokenStore(dir);

        store.save(USER, SampleTokens.first());
        store.save(USER, SampleTokens.rotated());

        assertThat(store.load(USER)).contains(SampleTokens.rotated());
        assertThat(new FileTokenStore(dir).load(USER)).contains(SampleTokens.rotated());
        assertThat(filesIn(dir)).containsExactly(store.fileOf(USER));
    }

    @Test
    void tokensKnownOnlyByARefreshTokenKeepTheirUnknownsAsUnknown() {
        FileTokenStore store = new FileTokenStore(dir);

        store.save(USER, StoredTokens.refreshTokenOnly(SampleTokens.REFRESH_TOKEN));

        StoredTokens loaded = store.load(USER).orElseThrow();
        assertThat(loaded).isEqualTo(StoredTokens.refreshTokenOnly(SampleTokens.REFRESH_TOKEN));
        assertThat(loaded.accessToken()).isNull();
        assertThat(loaded.expiresAt()).isNull();
        assertThat(loaded.scopes()).isEmpty();
    }

    @Test
    void anUnknownIdLoadsNothingEvenBeforeTheDirectoryExists() {
        FileTokenStore store = new FileTokenStore(dir.resolve("not-yet"));

        assertThat(store.load(USER)).isEmpty();
        assertThat(dir.resolve("not-yet")).doesNotExist();
    }

    @Test
    void eachConnectionIdHasItsOwnEntry() {
        FileTokenStore store = new FileTokenStore(dir);

        store.save(USER, SampleTokens.first());
        store.save(OTHER_USER, SampleTokens.rotated());

        assertThat(store.load(USER)).contains(SampleTokens.first());
        assertThat(store.load(OTHER_USER)).contains(SampleTokens.rotated());
    }

    @Test
    void deleteRemovesTheFileAndDeletingAnUnknownIdDoesNothing() throws IOException {
        FileTokenStore store = new FileTokenStore(dir);
        store.save(USER, SampleTokens.first());
        store.save(OTHER_USER, SampleTokens.first());

        store.delete(USER);
        store.delete(USER);
        store.delete("https://api.calendly.com/users/NEVER-SAVED");

        assertThat(store.load(USER)).isEmpty();
        assertThat(store.fileOf(USER)).doesNotExist();
        assertThat(store.load(OTHER_USER)).as("the other connection").contains(SampleTokens.first());
        assertThat(filesIn(dir)).containsExactly(store.fileOf(OTHER_USER));
    }

    @Test
    void anyIdGetsAHashedFileNameInsideTheDirectory() throws IOException {
        FileTokenStore store = new FileTokenStore(dir);
        List<String> ids = List.of(USER, "..", "a/b\\c:d*e?f<g>|h", "CON", "", "名前 with spaces", "a".repeat(1000));

        for (String id : ids) {
            store.save(id, SampleTokens.first());
        }

        assertThat(filesIn(dir)).hasSize(ids.size())
                .allSatisfy(file -> assertThat(file.getFileName().toString()).matches("[0-9a-f]{64}\\.json"));
        assertThat(store.fileOf(USER).getFileName()).as("the hex SHA-256 of the id's UTF-8 bytes")
                .hasToString("a756f5b533d9d9a21fd621d8fae4492e7fa29fabca0601dd6468662ea973952f.json");
        for (String id : ids) {
            assertThat(store.load(id)).as(id).contains(SampleTokens.first());
        }
    }

    @Test
    void thePlainFileIsJsonNamingTheFormatTheConnectionAndEveryComponent() throws IOException {
        FileTokenStore store = new FileTokenStore(dir);
        store.save(USER, SampleTokens.first());

        JsonNode file = new ObjectMapper().readTree(store.fileOf(USER).toFile());

        assertThat(file.path("format").asText()).isEqualTo("camel-calendly-tokens");
        assertThat(file.path("version").asInt()).isEqualTo(1);
        assertThat(file.path("encryption").asText()).isEqualTo("none");
        assertThat(file.path("connectionId").asText()).isEqualTo(USER);
        JsonNode tokens = file.path("tokens");
        assertThat(tokens.path("accessToken").asText()).isEqualTo(SampleTokens.ACCESS_TOKEN);
        assertThat(tokens.path("refreshToken").asText()).isEqualTo(SampleTokens.REFRESH_TOKEN);
        assertThat(tokens.path("expiresAt").asText()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(tokens.path("scopes").isArray()).isTrue();
        assertThat(tokens.path("scopes")).extracting(JsonNode::asText)
                .containsExactly("default", "scheduled_events:read");
        assertThat(tokens.path("owner").asText()).isEqualTo(USER);
        assertThat(tokens.path("organization").asText()).isEqualTo("https://api.calendly.com/organizations/ORG1");
    }

    @Test
    void theFirstSaveCreatesMissingDirectories() {
        Path nested = dir.resolve("a").resolve("b").resolve("tokens");
        FileTokenStore store = new FileTokenStore(nested);

        store.save(USER, SampleTokens.first());

        assertThat(nested).isDirectory();
        assertThat(new FileTokenStore(nested).load(USER)).contains(SampleTokens.first());
    }

    @Test
    void toStringShowsTheDirectoryAndThatItDoesNotEncrypt() {
        FileTokenStore store = new FileTokenStore(dir);

        assertThat(store).hasToString("FileTokenStore[directory=" + dir.toAbsolutePath() + ", encrypted=false]");
        assertThat(store.isEncrypted()).isFalse();
        assertThat(store.directory()).isEqualTo(dir.toAbsolutePath());
    }

    static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }
}
