package io.github.camelcalendly.auth;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each OAuth connection's tokens in a file of one directory, so that a connection's session (its rotating
 * refresh token) survives a restart. Optionally encrypts the tokens with AES-GCM under a key you supply.
 *
 * <h2>Creating one</h2>
 * <ul>
 * <li>{@code new FileTokenStore(directory)} writes the tokens as plain JSON; whoever can read the files can use the
 * tokens, so keep the directory private.</li>
 * <li>{@code FileTokenStore.encrypted(directory, base64Key)}, {@code new FileTokenStore(directory, keyBytes)} or, where
 * configuration gives only text, {@code new FileTokenStore("/path/to/dir", base64Key)}
 * encrypts them with AES-GCM under a 128-, 192- or 256-bit key (16, 24 or 32 bytes; as Base64 text, for example from
 * {@code openssl rand -base64 32}). Any other length is refused, with a message that gives the length and never the
 * key. Keep the key outside the directory, for example in an environment variable or a vault. A lost key means the
 * connections must be authorized again.</li>
 * </ul>
 *
 * <h2>Files</h2> Each connection id has one file, named by the hex SHA-256 of the id followed by {@code .json}, so
 * any id (often a user URI such as {@code https://api.calendly.com/users/ABC}) gives a safe file name. Plain and
 * encrypted stores use the same name, so that opening a directory with the wrong kind of store fails clearly rather
 * than finding nothing. The file is a JSON object with a format marker ({@code "format": "camel-calendly-tokens"}),
 * a format version, the encryption ({@code "none"} or {@code "AES-GCM"}), the connection id, and the tokens:
 * {@code accessToken}, {@code refreshToken}, {@code expiresAt} (an ISO-8601 instant), {@code scopes} (an array),
 * {@code owner} and {@code organization}, with null for what is unknown. In an encrypted file, {@code tokens} is that
 * same object encrypted: each save uses a fresh random 12-byte IV and a 128-bit tag, and binds the connection id (with
 * the format and version) as associated data, so a file copied or renamed to another connection's name does not
 * open. The file also carries a short key id, a one-way fingerprint of the key, so that a file written under another
 * key is reported as such.
 *
 * <h2>Reading</h2> {@link #load} of an id without a file is empty; {@link #delete} of such an id does nothing. A file
 * that cannot be used fails with a {@link TokenStoreException} that names the connection id, the file and the case:
 * not JSON or not a token file, another format version, the tokens of another connection id, encrypted but this store
 * has no key, plain but this store has a key, encrypted under another key, or altered after it was written (the
 * integrity check failed). No message quotes the file's content, a token or the key. To move from plain files to
 * encrypted ones, load each connection with a plain store and save it with an encrypted one (or authorize again).
 *
 * <h2>Writing</h2> A save writes a new file next to the old one under a unique temporary name ending in {@code .tmp},
 * forces it to disk, renames it over the old one in one atomic step, and forces the directory to disk. Readers
 * therefore see the old tokens or the new ones, never a mix; when a save fails it throws a
 * {@link TokenStoreException}, removes its temporary file, and the old file stays as it was. Saves and deletes of one
 * connection id are serialized within this store; saves from several stores or processes over one directory do not
 * corrupt a file either, and the last rename wins. A process killed in the middle of a save can leave a {@code .tmp}
 * file behind, which can be deleted.
 *
 * <h2>Permissions</h2> On a POSIX file system (Linux, macOS), the directory is created on the first save, if it does
 * not exist, as {@code rwx------}, and every token file is created as {@code rw-------} before a byte is written to
 * it, so no other user can read it at any moment. An existing directory keeps its permissions. On other file systems
 * (Windows), files and the directory get the default access of their location (on Windows, inherited from the parent
 * folder's ACL): choose a directory only the application's account can read.
 *
 * <p>{@link #toString()} shows the directory and whether the store encrypts, never the key. Safe for concurrent use.
 */
public final class FileTokenStore implements TokenStore {

    private static final String SUFFIX = ".json";
    private static final String TEMP_SUFFIX = ".tmp";

    private final Path directory;
    private final TokenFileCodec codec;
    private final boolean posix;
    /** One lock per file name: saves and deletes of one connection id take turns. */
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    /**
     * A store of plain JSON files in {@code directory}, which is created on the first save when it does not exist.
     *
     * @param directory where the token files are kept
     */
    public FileTokenStore(Path directory) {
        this(directory, (TokenCipher) null);
    }

    /**
     * A store of files in {@code directory} whose tokens are encrypted with AES-GCM under {@code key}.
     *
     * @param directory where the token files are kept; created on the first save when it does not exist
     * @param key       16, 24 or 32 bytes; copied, so the caller may wipe the array afterwards
     * @throws IllegalArgumentException when the key has another length
     */
    public FileTokenStore(Path directory, byte[] key) {
        this(directory, TokenCipher.withKey(key));
    }

    /**
     * A store of plain JSON files in the directory named by {@code directory}: for configuration that can only give
     * text, such as {@code #class:io.github.camelcalendly.auth.FileTokenStore('/var/lib/app/calendly-tokens')}.
     *
     * @param directory the path of the directory the token files are kept in
     */
    public FileTokenStore(String directory) {
        this(Path.of(Objects.requireNonNull(directory, "directory")));
    }

    /**
     * A store of files in the directory named by {@code directory} whose tokens are encrypted with AES-GCM under the
     * key written as Base64 text: for configuration that can only give text, such as
     * {@code #class:io.github.camelcalendly.auth.FileTokenStore('/var/lib/app/calendly-tokens', '{{tokens.key}}')}.
     *
     * @param directory the path of the directory the token files are kept in
     * @param base64Key a 16, 24 or 32-byte key in standard Base64
     * @throws IllegalArgumentException when the text is not Base64 or the key has another length; the message never
     *                                  quotes the key
     */
    public FileTokenStore(String directory, String base64Key) {
        this(Path.of(Objects.requireNonNull(directory, "directory")), TokenCipher.withBase64Key(base64Key));
    }

    private FileTokenStore(Path directory, TokenCipher cipher) {
        this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
        this.codec = new TokenFileCodec(cipher);
        this.posix = this.directory.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /**
     * A store of files in {@code directory} whose tokens are encrypted with AES-GCM under the key written as Base64
     * text.
     *
     * @param directory where the token files are kept; created on the first save when it does not exist
     * @param base64Key a 16, 24 or 32-byte key in standard Base64 (surrounding blanks are ignored)
     * @return           the encrypting store
     * @throws IllegalArgumentException when the text is not Base64 or the key has another length; the message never
     *                                  quotes the key
     */
    public static FileTokenStore encrypted(Path directory, String base64Key) {
        return new FileTokenStore(directory, TokenCipher.withBase64Key(base64Key));
    }

    /** The directory the token files are kept in, as an absolute path. */
    public Path directory() {
        return directory;
    }

    /** Whether the tokens are encrypted. */
    public boolean isEncrypted() {
        return codec.encrypted();
    }

    /** The file that keeps the tokens of {@code connectionId}, whether or not it exists. */
    Path fileOf(String connectionId) {
        return directory.resolve(fileNameOf(Objects.requireNonNull(connectionId, "connectionId")));
    }

    @Override
    public Optional<StoredTokens> load(String connectionId) {
        Path file = fileOf(connectionId);
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new TokenStoreException("Could not read the token file of connection '" + connectionId + "' ("
                                          + file + "): " + e, e);
        }
        return Optional.of(codec.decode(connectionId, file, content));
    }

    @Override
    public void save(String connectionId, StoredTokens tokens) {
        Path file = fileOf(connectionId);
        Objects.requireNonNull(tokens, "tokens");
        byte[] content = codec.encode(connectionId, tokens);
        synchronized (lockOf(file)) {
            createDirectory(connectionId);
            Path temp = directory.resolve(file.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
            try {
                writeAndForce(temp, content);
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException e) {
                removeAfterFailure(temp, e);
                throw new TokenStoreException("Could not save the tokens of connection '" + connectionId + "' to "
                                              + file + (e instanceof AtomicMoveNotSupportedException
                                                      ? " (this file system cannot rename atomically)" : "")
                                              + "; the previous tokens are unchanged: " + e, e);
            }
            forceDirectory(connectionId, file);
        }
    }

    @Override
    public void delete(String connectionId) {
        Path file = fileOf(connectionId);
        synchronized (lockOf(file)) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new TokenStoreException("Could not delete the token file of connection '" + connectionId
                                              + "' (" + file + "): " + e, e);
            }
        }
    }

    @Override
    public String toString() {
        return "FileTokenStore[directory=" + directory + ", encrypted=" + isEncrypted() + "]";
    }

    private Object lockOf(Path file) {
        return locks.computeIfAbsent(file.getFileName().toString(), name -> new Object());
    }

    private void createDirectory(String connectionId) {
        if (Files.isDirectory(directory)) {
            return;
        }
        try {
            Path parent = directory.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (posix) {
                Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(directory);
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(directory)) {
                throw new TokenStoreException("Could not save the tokens of connection '" + connectionId + "': "
                                              + directory + " exists and is not a directory", e);
            }
            // created meanwhile by another save: the directory is what we wanted
        } catch (IOException e) {
            throw new TokenStoreException("Could not save the tokens of connection '" + connectionId
                                          + "': the directory " + directory + " could not be created: " + e, e);
        }
    }

    /** Creates {@code temp} (owner-only on POSIX, before any byte is in it), writes the content, forces it to disk. */
    private void writeAndForce(Path temp, byte[] content) throws IOException {
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) }
                : new FileAttribute<?>[0];
        try (FileChannel channel = FileChannel.open(temp,
                EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /**
     * Forces the directory entry of the rename to disk, so the new file survives a power loss. POSIX only: other
     * systems cannot open a directory as a channel (and their rename is durable on its own or not at all).
     */
    private void forceDirectory(String connectionId, Path file) {
        if (!posix) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            throw new TokenStoreException("The tokens of connection '" + connectionId + "' were written to " + file
                                          + ", but the directory could not be forced to disk: they may be lost on a"
                                          + " power failure: " + e, e);
        }
    }

    /** Deletes a temporary file a failed save left; a failure to do so is attached to the save's failure. */
    private static void removeAfterFailure(Path temp, Exception failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static String fileNameOf(String connectionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(connectionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest) + SUFFIX;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-256", e);
        }
    }
}
