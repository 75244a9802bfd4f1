package org.tijarat.course;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a file by its bytes and checks that it is whole: an MP4's boxes must tile the file
 * exactly and include the movie header and media data, a PDF must start with its header and end
 * with its trailer, images must carry their signatures (and a JPEG its end marker), captions must
 * be UTF-8 text that starts with WEBVTT. A renamed or truncated file is not recognised.
 */
final class MediaSniffer {

    private MediaSniffer() {
    }

    static Optional<MediaType> sniff(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            byte[] head = read(channel, 0, (int) Math.min(64, size));
            if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A) && size > 24) {
                return Optional.of(MediaType.PNG);
            }
            if (startsWith(head, 0, 0xFF, 0xD8, 0xFF) && endsWith(channel, size, 0xFF, 0xD9)) {
                return Optional.of(MediaType.JPEG);
            }
            if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')
                    && littleEndianInt(head, 4) + 8L == size) {
                return Optional.of(MediaType.WEBP);
            }
            if (startsWith(head, 0, '%', 'P', 'D', 'F', '-') && tailContains(channel, size, "%%EOF")) {
                return Optional.of(MediaType.PDF);
            }
            if (size >= 8 && startsWith(head, 4, 'f', 't', 'y', 'p')) {
                return isWholeMp4(channel, size) ? Optional.of(MediaType.MP4) : Optional.empty();
            }
            if (isWebVtt(channel, size)) {
                return Optional.of(MediaType.WEBVTT);
            }
            return Optional.empty();
        }
    }

    /** Walks the top-level boxes: each at least 8 bytes, together exactly the file, with moov and mdat. */
    static boolean isWholeMp4(FileChannel channel, long size) throws IOException {
        Set<String> seen = new HashSet<>();
        long at = 0;
        while (at < size) {
            if (size - at < 8) {
                return false;
            }
            byte[] header = read(channel, at, 16 <= size - at ? 16 : 8);
            long boxSize = Integer.toUnsignedLong(ByteBuffer.wrap(header, 0, 4).getInt());
            String type = new String(header, 4, 4, StandardCharsets.ISO_8859_1);
            if (!type.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
                return false;
            }
            if (boxSize == 1) {
                if (header.length < 16) {
                    return false;
                }
                boxSize = ByteBuffer.wrap(header, 8, 8).getLong();
            } else if (boxSize == 0) {
                boxSize = size - at;
            }
            if (boxSize < 8 || boxSize > size - at) {
                return false;
            }
            seen.add(type);
            at += boxSize;
        }
        return seen.contains("moov") && seen.contains("mdat");
    }

    private static boolean isWebVtt(FileChannel channel, long size) throws IOException {
        if (size < 6 || size > 8L * 1024 * 1024) {
            return false;
        }
        byte[] all = read(channel, 0, (int) size);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(all)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return body.startsWith("WEBVTT") && (body.length() == 6 || " \t\r\n".indexOf(body.charAt(6)) >= 0)
                && body.chars().noneMatch(c -> c == 0);
    }

    private static boolean tailContains(FileChannel channel, long size, String marker) throws IOException {
        int length = (int) Math.min(1024, size);
        String tail = new String(read(channel, size - length, length), StandardCharsets.ISO_8859_1);
        return tail.contains(marker);
    }

    private static boolean endsWith(FileChannel channel, long size, int... bytes) throws IOException {
        // a JPEG may carry a few bytes of padding after its end marker
        int length = (int) Math.min(32, size);
        byte[] tail = read(channel, size - length, length);
        for (int i = tail.length - bytes.length; i >= 0; i--) {
            if (startsWith(tail, i, bytes)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] data, int offset, int... expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((data[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static long littleEndianInt(byte[] data, int offset) {
        return (data[offset] & 0xFFL) | (data[offset + 1] & 0xFFL) << 8 | (data[offset + 2] & 0xFFL) << 16
                | (data[offset + 3] & 0xFFL) << 24;
    }

    private static byte[] read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                break;
            }
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }
}
