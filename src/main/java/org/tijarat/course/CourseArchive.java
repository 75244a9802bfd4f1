package org.tijarat.course;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.tijarat.platform.BusinessException;

/**
 * Reads an exported course ZIP defensively: only {@code manifest.json} and {@code media/<sha256>}
 * entries are accepted (so no path can leave the archive), each at most once, with limits on the
 * number of entries, the manifest's size and every file's inflated size, and every media file
 * must hash to its name. Anything else is refused with its reason before anything is created.
 */
final class CourseArchive implements AutoCloseable {

    static final String MANIFEST = "manifest.json";
    static final int MAX_ENTRIES = 1000;
    static final int MAX_MANIFEST_BYTES = 10 * 1024 * 1024;
    private static final Pattern MEDIA_ENTRY = Pattern.compile("media/([0-9a-f]{64})");

    /** Where accepted media go while the import is checked. */
    interface MediaSink {
        MediaStore.Incoming receive(InputStream in, long maxBytes) throws IOException, MediaStore.TooLarge;

        void discard(MediaStore.Incoming incoming);
    }

    private final byte[] manifest;
    private final Map<String, MediaStore.Incoming> media;
    private final MediaSink sink;

    private CourseArchive(byte[] manifest, Map<String, MediaStore.Incoming> media, MediaSink sink) {
        this.manifest = manifest;
        this.media = media;
        this.sink = sink;
    }

    static CourseArchive read(InputStream zip, MediaSink sink, long maxFileBytes, long maxTotalBytes) {
        Map<String, MediaStore.Incoming> media = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        byte[] manifest = null;
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                if (!seen.add(name)) {
                    throw refuse("import.entry_twice", name);
                }
                if (seen.size() > MAX_ENTRIES) {
                    throw refuse("import.too_many_entries", MAX_ENTRIES);
                }
                if (entry.isDirectory() && (name.equals("media/"))) {
                    continue;
                }
                if (name.equals(MANIFEST)) {
                    manifest = readBounded(in, MAX_MANIFEST_BYTES);
                    total += manifest.length;
                } else if (MEDIA_ENTRY.matcher(name).matches()) {
                    String sha = name.substring("media/".length());
                    MediaStore.Incoming incoming = receive(sink, in, Math.min(maxFileBytes, maxTotalBytes - total), name);
                    media.put(sha, incoming);
                    total += incoming.size();
                    if (!incoming.sha256().equals(sha)) {
                        throw refuse("import.media_mismatch", name);
                    }
                } else {
                    throw refuse("import.entry_unexpected", name);
                }
                if (total > maxTotalBytes) {
                    throw refuse("import.too_large", maxTotalBytes / (1024 * 1024));
                }
            }
        } catch (ZipException e) {
            discardAll(media, sink);
            throw refuse("import.not_zip");
        } catch (IOException e) {
            discardAll(media, sink);
            throw refuse("import.not_zip");
        } catch (RuntimeException e) {
            discardAll(media, sink);
            throw e;
        }
        if (manifest == null) {
            discardAll(media, sink);
            throw refuse("import.no_manifest");
        }
        return new CourseArchive(manifest, media, sink);
    }

    private static MediaStore.Incoming receive(MediaSink sink, InputStream in, long max, String name) throws IOException {
        try {
            return sink.receive(in, max);
        } catch (MediaStore.TooLarge e) {
            throw refuse("import.file_too_large", name);
        }
    }

    private static byte[] readBounded(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            if (out.size() + read > max) {
                throw refuse("import.file_too_large", MANIFEST);
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static BusinessException refuse(String key, Object... arguments) {
        return BusinessException.at("archive", key, arguments);
    }

    private static void discardAll(Map<String, MediaStore.Incoming> media, MediaSink sink) {
        media.values().forEach(sink::discard);
    }

    byte[] manifest() {
        return manifest.clone();
    }

    Map<String, MediaStore.Incoming> media() {
        return media;
    }

    /** Removes whatever was received and not moved into place. */
    @Override
    public void close() {
        discardAll(media, sink);
    }
}
