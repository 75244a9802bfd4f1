package org.tijarat.certification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stored certificate PDFs ({@code tijarat.certificates-dir}): written once through a temporary file
 * and an atomic move, so a crash never leaves half a PDF and concurrent first downloads agree.
 */
@ApplicationScoped
public class CertificateFiles {

    @Inject
    @ConfigProperty(name = "tijarat.certificates-dir")
    private String certificatesDir;

    private Path root;

    @PostConstruct
    void init() {
        root = Path.of(certificatesDir).toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the certificates directory " + root, e);
        }
    }

    public Optional<byte[]> read(String file) {
        if (file == null) {
            return Optional.empty();
        }
        Path path = root.resolve(file);
        try {
            return Files.exists(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores a PDF under a name of its own and returns the name. */
    public String write(String code, byte[] pdf) {
        String file = code + "-" + UUID.randomUUID().toString().substring(0, 8) + ".pdf";
        Path temp = root.resolve("." + file + ".tmp");
        try {
            Files.write(temp, pdf);
            Files.move(temp, root.resolve(file), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temporary file is only litter
            }
            throw new UncheckedIOException("Cannot store a certificate PDF in " + root, e);
        }
        return file;
    }

    public void delete(String file) {
        try {
            Files.deleteIfExists(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
