package org.tijarat.platform.web;

import java.util.Optional;

/**
 * One byte range of an HTTP {@code Range} header ({@code bytes=0-499}, {@code bytes=500-},
 * {@code bytes=-500}), as video players ask for. Several ranges in one request are answered with
 * the whole file, which the standard allows.
 */
public record ByteRange(long first, long last) {

    public long length() {
        return last - first + 1;
    }

    /** The range asked for; empty for no (or an ignorable) header; {@link #UNSATISFIABLE} for one outside the file. */
    public static Optional<ByteRange> parse(String header, long size) {
        if (header == null || !header.startsWith("bytes=") || header.contains(",")) {
            return Optional.empty();
        }
        String spec = header.substring(6).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        try {
            String from = spec.substring(0, dash).strip();
            String to = spec.substring(dash + 1).strip();
            if (from.isEmpty()) {
                long suffix = Long.parseLong(to);
                if (suffix <= 0) {
                    return Optional.of(UNSATISFIABLE);
                }
                return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
            }
            long first = Long.parseLong(from);
            long last = to.isEmpty() ? size - 1 : Math.min(Long.parseLong(to), size - 1);
            if (first >= size || last < first) {
                return Optional.of(UNSATISFIABLE);
            }
            return Optional.of(new ByteRange(first, last));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A range that starts past the end of the file: answered with 416. */
    public static final ByteRange UNSATISFIABLE = new ByteRange(-1, -2);
}
