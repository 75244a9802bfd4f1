package org.tijarat.course;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds ZIP files for import tests, well-formed or hostile. */
public final class ZipBuilder {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ZipOutputStream zip = new ZipOutputStream(bytes);

    public ZipBuilder entry(String name, byte[] content) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A media entry named by its content's SHA-256, as exports write them. */
    public ZipBuilder media(byte[] content) {
        return entry("media/" + sha256(content), content);
    }

    public byte[] build() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The built ZIP with every occurrence of one entry name replaced by another of the same length,
     * to make archives a well-behaved writer refuses to make (two entries of one name).
     */
    public static byte[] renamed(byte[] zip, String from, String to) {
        byte[] a = from.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] b = to.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (a.length != b.length) {
            throw new IllegalArgumentException("names must have the same length");
        }
        byte[] out = zip.clone();
        for (int i = 0; i + a.length <= out.length; i++) {
            if (java.util.Arrays.equals(out, i, i + a.length, a, 0, a.length)) {
                System.arraycopy(b, 0, out, i, b.length);
            }
        }
        return out;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
