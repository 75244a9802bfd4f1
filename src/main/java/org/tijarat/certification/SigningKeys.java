package org.tijarat.certification;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The issuer's signing keys: RSA private keys as JWK files ({@code <kid>.jwk}) in the keys
 * directory ({@code tijarat.keys-dir}). The newest key signs; every key stays published in the
 * JWKS, so credentials signed before a rotation still verify. With
 * {@code tijarat.keys.generate-if-missing} (development) a first key is generated on start.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
    private static final String SUFFIX = ".jwk";
    private static final DateTimeFormatter KID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS").withZone(ZoneOffset.UTC);

    @Inject
    @ConfigProperty(name = "tijarat.keys-dir")
    private String keysDir;

    @Inject
    @ConfigProperty(name = "tijarat.keys.generate-if-missing", defaultValue = "false")
    private boolean generateIfMissing;

    @Inject
    private Clock clock;

    private Path dir;
    private volatile List<RSAKey> keys = List.of();
    private volatile FileTime readAt;

    @PostConstruct
    void init() {
        dir = Path.of(keysDir).toAbsolutePath().normalize();
        reload();
        if (keys.isEmpty() && generateIfMissing) {
            RSAKey key = generate();
            LOG.warning(() -> "Generated a development signing key for credentials: " + dir.resolve(key.getKeyID() + SUFFIX)
                    + " (for production, put the program's own key in tijarat.keys-dir)");
        } else if (keys.isEmpty()) {
            LOG.severe(() -> "No credential signing key in " + dir + ": signed credentials cannot be issued until one is"
                    + " added (or tijarat.keys.generate-if-missing=true)");
        }
    }

    /** The key that signs new credentials: the newest. */
    public RSAKey active() {
        refresh();
        List<RSAKey> current = keys;
        if (current.isEmpty()) {
            throw new IllegalStateException("No credential signing key in " + dir);
        }
        return current.get(current.size() - 1);
    }

    public boolean hasKey() {
        return !keys.isEmpty();
    }

    /** Every key's public half, oldest first: the document at {@code /.well-known/jwks.json}. */
    public JWKSet publicKeys() {
        List<JWK> published = new ArrayList<>();
        for (RSAKey key : keys) {
            published.add(key.toPublicJWK());
        }
        return new JWKSet(published);
    }

    /** Makes a new key the signing key; the old ones stay published. Returns its id. */
    public synchronized String rotate() {
        return generate().getKeyID();
    }

    private synchronized RSAKey generate() {
        try {
            Files.createDirectories(dir);
            reload();
            byte[] random = new byte[3];
            new SecureRandom().nextBytes(random);
            String kid = "k" + KID_TIME.format(clock.instant()) + "-" + HexFormat.of().formatHex(random);
            // the key whose id sorts last signs: a second key made within the same millisecond still comes after
            if (!keys.isEmpty() && kid.compareTo(keys.get(keys.size() - 1).getKeyID()) <= 0) {
                kid = keys.get(keys.size() - 1).getKeyID() + "-" + HexFormat.of().formatHex(random);
            }
            RSAKey key = new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
            Path temp = dir.resolve("." + kid + ".tmp");
            createPrivate(temp);
            Files.writeString(temp, key.toJSONString(), StandardCharsets.UTF_8);
            Files.move(temp, dir.resolve(kid + SUFFIX), StandardCopyOption.ATOMIC_MOVE);
            reload();
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a signing key to " + dir, e);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a signing key", e);
        }
    }

    /**
     * Reads the directory again when it changed since the last read (another node may have
     * rotated): a key file added or removed changes the directory's modification time.
     */
    public void refresh() {
        FileTime modified = modified();
        if (modified == null || !modified.equals(readAt)) {
            reload();
        }
    }

    private FileTime modified() {
        try {
            return Files.isDirectory(dir) ? Files.getLastModifiedTime(dir) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Reads the directory again. */
    public synchronized void reload() {
        readAt = modified();
        if (!Files.isDirectory(dir)) {
            keys = List.of();
            return;
        }
        List<RSAKey> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                JWK jwk = JWK.parse(Files.readString(file, StandardCharsets.UTF_8));
                if (!(jwk instanceof RSAKey rsa) || !rsa.isPrivate() || rsa.getKeyID() == null) {
                    throw new IllegalStateException("Not an RSA private key with a key id: " + file);
                }
                found.add(rsa);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing keys in " + dir, e);
        } catch (ParseException e) {
            throw new IllegalStateException("A signing key in " + dir + " is not a JWK", e);
        }
        found.sort(Comparator.comparing(RSAKey::getKeyID));
        keys = List.copyOf(found);
    }

    /** Creates the file readable by the server's user only, before anything secret is written to it (where POSIX allows). */
    private static void createPrivate(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            LOG.fine(() -> "Cannot restrict the permissions of " + file);
            Files.createFile(file);
        }
    }
}
