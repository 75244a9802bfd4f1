package org.tijarat.certification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.BitSet;
import java.util.Collection;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A W3C Bitstring Status List: {@value #SIZE} entries, bit 0 the most significant bit of the first
 * byte, GZIP-compressed and base64url-encoded without padding behind the multibase prefix {@code u}.
 */
public final class StatusBitstring {

    /** Entries per list: the specification's minimum, 16 KB uncompressed, for herd privacy. */
    public static final int SIZE = 131_072;

    private StatusBitstring() {
    }

    public static String encode(Collection<Integer> setIndexes) {
        byte[] bytes = new byte[SIZE / 8];
        for (int index : setIndexes) {
            if (index < 0 || index >= SIZE) {
                throw new IllegalArgumentException("status index out of range: " + index);
            }
            bytes[index / 8] |= (byte) (0x80 >>> (index % 8));
        }
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed.toByteArray());
    }

    /** The set bits of an encoded list, as a verifier reads them. */
    public static BitSet decode(String encodedList) {
        if (encodedList == null || !encodedList.startsWith("u")) {
            throw new IllegalArgumentException("not a multibase base64url value");
        }
        byte[] compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
        byte[] bytes;
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            bytes = gzip.readNBytes(SIZE / 8 + 1);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a GZIP stream", e);
        }
        BitSet bits = new BitSet(bytes.length * 8);
        for (int i = 0; i < bytes.length * 8; i++) {
            if ((bytes[i / 8] & (0x80 >>> (i % 8))) != 0) {
                bits.set(i);
            }
        }
        return bits;
    }

    /** The length in bits of an encoded list. */
    public static int length(String encodedList) {
        byte[] compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return gzip.readAllBytes().length * 8;
        } catch (IOException e) {
            throw new IllegalArgumentException("not a GZIP stream", e);
        }
    }
}
