package org.tijarat.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tijarat.platform.BusinessException;

class CourseArchiveTest {

    private static final byte[] MANIFEST = "{}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void readsAManifestAndMediaNamedByTheirHash() {
        byte[] png = MediaSamples.png(20, 20);
        try (CourseArchive archive = read(new ZipBuilder().entry("manifest.json", MANIFEST).media(png).build())) {
            assertThat(archive.manifest()).isEqualTo(MANIFEST);
            assertThat(archive.media()).containsOnlyKeys(ZipBuilder.sha256(png));
        }
        assertThat(leftovers()).as("closing removes what was not kept").isZero();
    }

    @Test
    void refusesEntriesThatCouldEscapeTheArchive() {
        for (String name : new String[] {"../evil.sh", "/etc/passwd", "media/../../evil", "media\\..\\evil", "Manifest.json",
                "media/" + "A".repeat(64), "other/file.txt"}) {
            assertRefused(new ZipBuilder().entry("manifest.json", MANIFEST).entry(name, new byte[] {1}).build(),
                    "import.entry_unexpected");
        }
        assertThat(leftovers()).isZero();
    }

    @Test
    void refusesDuplicatesMismatchesAndMissingManifests() {
        assertRefused(ZipBuilder.renamed(new ZipBuilder().entry("manifest.json", MANIFEST).entry("manifest.jsoX", MANIFEST).build(),
                "manifest.jsoX", "manifest.json"), "import.entry_twice");
        byte[] png = MediaSamples.png(20, 20);
        assertRefused(new ZipBuilder().entry("manifest.json", MANIFEST)
                .entry("media/" + ZipBuilder.sha256(MediaSamples.pdf()), png).build(), "import.media_mismatch");
        assertRefused(new ZipBuilder().media(png).build(), "import.no_manifest");
        assertRefused("this is not a zip".getBytes(StandardCharsets.UTF_8), "import.no_manifest");
        assertThat(leftovers()).isZero();
    }

    @Test
    void stopsInflatingAZipBombAtTheLimit() {
        byte[] zeros = new byte[50 * 1024 * 1024];
        byte[] bomb = new ZipBuilder().entry("manifest.json", zeros).build();
        assertThat(bomb.length).as("a small file").isLessThan(200_000);
        assertRefused(bomb, "import.file_too_large");

        byte[] hugeMedia = new ZipBuilder().entry("manifest.json", MANIFEST).entry("media/" + ZipBuilder.sha256(zeros), zeros).build();
        BusinessException refusal = catchThrowableOfType(BusinessException.class,
                () -> CourseArchive.read(new ByteArrayInputStream(hugeMedia), sink(), 10 * 1024 * 1024, 20 * 1024 * 1024));
        assertThat(refusal.getMessageKey()).isEqualTo("import.file_too_large");
        assertThat(leftovers()).isZero();
    }

    @Test
    void refusesTooManyEntries() {
        ZipBuilder zip = new ZipBuilder().entry("manifest.json", MANIFEST);
        for (int i = 0; i <= CourseArchive.MAX_ENTRIES; i++) {
            zip.media(("file " + i).getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(zip.build(), "import.too_many_entries");
        assertThat(leftovers()).isZero();
    }

    private void assertRefused(byte[] zip, String key) {
        BusinessException refusal = catchThrowableOfType(BusinessException.class, () -> read(zip).close());
        assertThat(refusal).as("refused with " + key).isNotNull();
        assertThat(refusal.getMessageKey()).isEqualTo(key);
        assertThat(refusal.getField()).contains("archive");
    }

    private CourseArchive read(byte[] zip) {
        return CourseArchive.read(new ByteArrayInputStream(zip), sink(), 100L * 1024 * 1024, 500L * 1024 * 1024);
    }

    private long leftovers() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores received media as temporary files in the test's folder, as the media store does. */
    private CourseArchive.MediaSink sink() {
        return new CourseArchive.MediaSink() {
            @Override
            public MediaStore.Incoming receive(InputStream in, long maxBytes) throws IOException, MediaStore.TooLarge {
                Path file = Files.createTempFile(dir, "incoming", ".bin");
                try {
                    MessageDigest digest = MessageDigest.getInstance("SHA-256");
                    long size = 0;
                    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                        byte[] buffer = new byte[8192];
                        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                            size += read;
                            if (size > maxBytes) {
                                throw new MediaStore.TooLarge();
                            }
                            out.write(buffer, 0, read);
                        }
                    }
                    return new MediaStore.Incoming(file, HexFormat.of().formatHex(digest.digest()), size);
                } catch (MediaStore.TooLarge | IOException e) {
                    Files.deleteIfExists(file);
                    throw e;
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void discard(MediaStore.Incoming incoming) {
                try {
                    Files.deleteIfExists(incoming.path());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }
}
