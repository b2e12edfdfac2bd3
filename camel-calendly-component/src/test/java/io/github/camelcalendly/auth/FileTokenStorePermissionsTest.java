package io.github.camelcalendly.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.github.camelcalendly.auth.SampleTokens.KEY;
import static io.github.camelcalendly.auth.SampleTokens.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * On a POSIX file system only the owner can read the token files and the directory the store creates.
 */
class FileTokenStorePermissionsTest {

    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    @TempDir
    Path dir;

    @BeforeEach
    void requirePosix() {
        assumeThat(dir.getFileSystem().supportedFileAttributeViews()).as("a POSIX file system").contains("posix");
    }

    @Test
    void theTokenFileIsReadableAndWritableByItsOwnerOnly() throws IOException {
        FileTokenStore store = new FileTokenStore(dir);

        store.save(USER, SampleTokens.first());

        assertThat(Files.getPosixFilePermissions(store.fileOf(USER))).isEqualTo(OWNER_READ_WRITE);
    }

    @Test
    void theEncryptedFileIsOwnerOnlyToo() throws IOException {
        FileTokenStore store = new FileTokenStore(dir, KEY);

        store.save(USER, SampleTokens.first());

        assertThat(Files.getPosixFilePermissions(store.fileOf(USER))).isEqualTo(OWNER_READ_WRITE);
    }

    @Test
    void aRotatedFileIsOwnerOnlyEvenWhenTheOldOneWasOpenedUp() throws IOException {
        FileTokenStore store = new FileTokenStore(dir);
        store.save(USER, SampleTokens.first());
        Files.setPosixFilePermissions(store.fileOf(USER), PosixFilePermissions.fromString("rw-rw-rw-"));

        store.save(USER, SampleTokens.rotated());

        assertThat(Files.getPosixFilePermissions(store.fileOf(USER))).isEqualTo(OWNER_READ_WRITE);
    }

    @Test
    void theDirectoryTheStoreCreatesIsOwnerOnly() throws IOException {
        Path tokens = dir.resolve("tokens");
        FileTokenStore store = new FileTokenStore(tokens);

        store.save(USER, SampleTokens.first());

        assertThat(Files.getPosixFilePermissions(tokens)).isEqualTo(OWNER_ONLY_DIRECTORY);
    }

    @Test
    void anExistingDirectoryKeepsItsPermissions() throws IOException {
        Path shared = Files.createDirectory(dir.resolve("shared"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-x---"));
        FileTokenStore store = new FileTokenStore(shared);

        store.save(USER, SampleTokens.first());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rwxr-x---");
        assertThat(Files.getPosixFilePermissions(store.fileOf(USER))).isEqualTo(OWNER_READ_WRITE);
    }
}
