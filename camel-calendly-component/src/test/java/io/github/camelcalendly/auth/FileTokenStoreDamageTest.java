package io.github.camelcalendly.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.github.camelcalendly.auth.SampleTokens.ACCESS_TOKEN;
import static io.github.camelcalendly.auth.SampleTokens.NEXT_ACCESS_TOKEN;
import static io.github.camelcalendly.auth.SampleTokens.NEXT_REFRESH_TOKEN;
import static io.github.camelcalendly.auth.SampleTokens.REFRESH_TOKEN;
import static io.github.camelcalendly.auth.SampleTokens.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Files the store cannot use fail naming the connection and the file, never quoting the content; a save that
 * fails leaves the previous tokens and no temporary file.
 */
class FileTokenStoreDamageTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"format": "camel-calendly-tokens", "tokens": {"accessToken": "at-5f2c91e7-access-secret" | is not JSON (line 1
            at-5f2c91e7-access-secret                                                          | is not JSON (line 1, column
            ''                                                                                 | is empty
            ["at-5f2c91e7-access-secret"]                                                      | is not a camel-calendly token file
            {"accessToken": "at-5f2c91e7-access-secret"}                                       | is not a camel-calendly token file
            {"format": "camel-calendly-tokens", "encryption": "none"}                          | has no format version
            {"format": "camel-calendly-tokens", "version": 2}                                  | has format version 2; this version of the component reads version 1
            {"format": "camel-calendly-tokens", "version": 1, "encryption": "none"}            | names no connection id
            {"format": "camel-calendly-tokens", "version": 1, "connectionId": "https://api.calendly.com/users/AAAAAAAAAAAAAAAA", "encryption": "rot13"} | names an encryption this version of the component does not know
            {"format": "camel-calendly-tokens", "version": 1, "connectionId": "https://api.calendly.com/users/AAAAAAAAAAAAAAAA", "encryption": "none"} | has no "tokens" object
            {"format": "camel-calendly-tokens", "version": 1, "connectionId": "https://api.calendly.com/users/AAAAAAAAAAAAAAAA", "encryption": "none", "tokens": {"owner": "x"}} | has neither an access token nor a refresh token
            {"format": "camel-calendly-tokens", "version": 1, "connectionId": "https://api.calendly.com/users/AAAAAAAAAAAAAAAA", "encryption": "none", "tokens": {"accessToken": 42}} | has "accessToken" that is not text
            {"format": "camel-calendly-tokens", "version": 1, "connectionId": "https://api.calendly.com/users/AAAAAAAAAAAAAAAA", "encryption": "none", "tokens": {"accessToken": "at-5f2c91e7-access-secret", "expiresAt": "at-5f2c91e7-access-secret"}} | has an "expiresAt" that is not an ISO-8601 instant
            {"format": "camel-calendly-tokens", "version": 1, "connectionId": "https://api.calendly.com/users/AAAAAAAAAAAAAAAA", "encryption": "none", "tokens": {"accessToken": "at-5f2c91e7-access-secret", "scopes": "default"}} | has "scopes" that are not an array
            {"format": "camel-calendly-tokens", "version": 1, "connectionId": "https://api.calendly.com/users/AAAAAAAAAAAAAAAA", "encryption": "none", "tokens": {"accessToken": "at-5f2c91e7-access-secret", "scopes": [1]}} | has a scope that is not text
            {"format": "camel-calendly-tokens", "version": 1, "connectionId": "https://api.calendly.com/users/AAAAAAAAAAAAAAAA", "encryption": "none", "tokens": {"accessToken": "a"}} trailing | is not JSON
            {"format": "camel-calendly-tokens", "format": "camel-calendly-tokens"}             | is not JSON
            """)
    void anUnusableFileFailsNamingTheConnectionTheFileAndTheCase(String content, String theCase) throws IOException {
        FileTokenStore store = new FileTokenStore(dir);
        Files.writeString(store.fileOf(USER), content);

        Throwable failure = catchThrowable(() -> store.load(USER));

        assertThat(failure).isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("'" + USER + "'")
                .hasMessageContaining(store.fileOf(USER).getFileName().toString())
                .hasMessageContaining(theCase);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(ACCESS_TOKEN);
        }
    }

    @Test
    void aFailedRenameRemovesItsTemporaryFileAndNamesTheConnection() throws IOException {
        FileTokenStore store = new FileTokenStore(dir);
        Path squatter = Files.createDirectories(store.fileOf(USER));
        Files.writeString(squatter.resolve("keep.txt"), "not a token file");

        Throwable failure = catchThrowable(() -> store.save(USER, SampleTokens.first()));

        assertThat(failure).isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("Could not save the tokens of connection '" + USER + "'")
                .hasMessageContaining("the previous tokens are unchanged")
                .hasCauseInstanceOf(IOException.class);
        assertThat(failure.getMessage()).doesNotContain(ACCESS_TOKEN).doesNotContain(REFRESH_TOKEN);
        assertThat(FileTokenStoreTest.filesIn(dir)).as("no temporary file is left").containsExactly(squatter);
        assertThat(squatter.resolve("keep.txt")).hasContent("not a token file");
    }

    @Test
    void aSaveThatCannotWriteLeavesThePreviousTokensLoadable() throws IOException {
        FileTokenStore store = new FileTokenStore(dir);
        store.save(USER, SampleTokens.first());
        assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-x------"));
        try {
            assumeThat(Files.isWritable(dir)).as("a read-only directory stops this user (not so for root)")
                    .isFalse();

            Throwable failure = catchThrowable(() -> store.save(USER, SampleTokens.rotated()));

            assertThat(failure).isInstanceOf(TokenStoreException.class)
                    .hasMessageContaining("'" + USER + "'")
                    .hasMessageContaining("the previous tokens are unchanged");
            assertThat(failure.getMessage()).doesNotContain(NEXT_ACCESS_TOKEN).doesNotContain(NEXT_REFRESH_TOKEN);
            assertThat(new FileTokenStore(dir).load(USER)).contains(SampleTokens.first());
            assertThat(FileTokenStoreTest.filesIn(dir)).containsExactly(store.fileOf(USER));
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aDirectoryPathThatIsAFileFailsTheSave() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("tokens"), "a file");
        FileTokenStore store = new FileTokenStore(notADirectory);

        Throwable failure = catchThrowable(() -> store.save(USER, SampleTokens.first()));

        assertThat(failure).isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("'" + USER + "'")
                .hasMessageContaining(notADirectory + " exists and is not a directory");
        assertThat(notADirectory).hasContent("a file");
    }

    @Test
    void aFileThatCannotBeReadFailsTheLoadNamingTheConnection() throws IOException {
        FileTokenStore store = new FileTokenStore(dir);
        Files.createDirectories(store.fileOf(USER));

        Throwable failure = catchThrowable(() -> store.load(USER));

        assertThat(failure).isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("Could not read the token file of connection '" + USER + "'")
                .hasCauseInstanceOf(IOException.class);
    }
}
