package io.studygraph.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The secret a client shows ({@code Authorization: Bearer …}) to write through HTTP. Taken from
 * {@code STUDYGRAPH_WRITE_TOKEN} when set, otherwise read from {@code write-token} in the data
 * directory, generated there on first start.
 *
 * <pre>{@code
 * WriteToken token = WriteToken.resolve(dataDir, System.getenv("STUDYGRAPH_WRITE_TOKEN"));
 * if (token.origin() == WriteToken.Origin.GENERATED) System.out.println(token.value());
 * }</pre>
 */
public final class WriteToken {
    public static final String FILE = "write-token";
    /** Shorter secrets from the environment are refused: they could be guessed over the network. */
    static final int MIN_LENGTH = 16;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** Where the token came from, so the console can say it without repeating a known secret. */
    public enum Origin { ENVIRONMENT, FILE, GENERATED }

    private final byte[] value;
    private final Origin origin;
    private final Path file;

    private WriteToken(String value, Origin origin, Path file) {
        this.value = value.getBytes(StandardCharsets.UTF_8);
        this.origin = origin;
        this.file = file;
    }

    /** 256 random bits, URL-safe, for tests and first starts. */
    public static WriteToken random() {
        return new WriteToken(generate(), Origin.GENERATED, null);
    }

    /** The token from {@code fromEnvironment} if given, else the data directory's (made on first use). */
    public static WriteToken resolve(Path dataDir, String fromEnvironment) {
        if (fromEnvironment != null) {
            if (fromEnvironment.strip().length() < MIN_LENGTH) {
                throw new IllegalArgumentException("STUDYGRAPH_WRITE_TOKEN must be at least " + MIN_LENGTH + " characters long");
            }
            return new WriteToken(fromEnvironment.strip(), Origin.ENVIRONMENT, null);
        }
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.exists(file)) return new WriteToken(read(file), Origin.FILE, file);
            String token = generate();
            create(file, token);
            return new WriteToken(token, Origin.GENERATED, file);
        } catch (FileAlreadyExistsException e) {
            return resolve(dataDir, null); // another process created it in between: use theirs
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the write token " + file, e);
        }
    }

    private static String read(Path file) throws IOException {
        String token = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (token.length() < MIN_LENGTH) throw new IOException(file + " holds no usable token; delete it to get a new one");
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            // An old copy may have been made readable by others; a secret only helps while it is one.
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        return token;
    }

    private static void create(Path file, String token) throws IOException {
        if (Files.getFileStore(file.getParent()).supportsFileAttributeView("posix")) {
            // Created owner-only from the first byte, so no moment exists where others can read it.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        }
        Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
    }

    private static String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Compares in constant time, so response timing does not reveal how much of a guess was right;
     * digests first, so not even a guess's length changes the time taken.
     */
    boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(sha256(value), sha256(presented.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public String value() {
        return new String(value, StandardCharsets.UTF_8);
    }

    public Origin origin() {
        return origin;
    }

    /** The file it is stored in, or null when it came from the environment or was made for a test. */
    public Path file() {
        return file;
    }
}
