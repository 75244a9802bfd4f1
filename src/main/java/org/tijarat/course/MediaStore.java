package org.tijarat.course;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Media files on disk under {@code tijarat.media-dir}, at {@code ab/cd/<sha256>}. Uploads stream
 * into {@code .incoming/} while they are hashed and counted, and move into place once accepted.
 */
@ApplicationScoped
public class MediaStore {

    /** A file received but not yet accepted. */
    public record Incoming(Path path, String sha256, long size) {
    }

    /** The upload went over the limit; nothing of it is kept. */
    public static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    @ConfigProperty(name = "tijarat.media-dir")
    private String mediaDir;

    private Path root;

    @PostConstruct
    void init() {
        root = Path.of(mediaDir).toAbsolutePath().normalize();
        try {
            Files.createDirectories(root.resolve(".incoming"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the media directory " + root, e);
        }
    }

    /** Streams the upload to a temporary file, refusing it as soon as it passes {@code maxBytes}. */
    public Incoming receive(InputStream in, long maxBytes) throws IOException, TooLarge {
        Path temp = root.resolve(".incoming").resolve(UUID.randomUUID().toString());
        MessageDigest digest = sha256();
        long size = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                size += read;
                if (size > maxBytes) {
                    throw new TooLarge();
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | TooLarge | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return new Incoming(temp, HexFormat.of().formatHex(digest.digest()), size);
    }

    /** Moves an accepted file into place; the same content already there is kept as it is. */
    public void keep(Incoming incoming) throws IOException {
        Path target = pathOf(incoming.sha256());
        if (Files.exists(target)) {
            Files.deleteIfExists(incoming.path());
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(incoming.path(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            Files.deleteIfExists(incoming.path());
        }
    }

    public void discard(Incoming incoming) {
        try {
            Files.deleteIfExists(incoming.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
