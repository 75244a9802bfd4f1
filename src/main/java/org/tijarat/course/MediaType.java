package org.tijarat.course;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of file the platform accepts, recognised by their content, never by their name. */
public enum MediaType {
    MP4("video/mp4", "mp4"),
    WEBVTT("text/vtt", "vtt"),
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    WEBP("image/webp", "webp");

    /** What each place that takes a file accepts. */
    public enum Use {
        VIDEO(EnumSet.of(MP4)),
        CAPTIONS(EnumSet.of(WEBVTT)),
        DOWNLOAD(EnumSet.of(PDF, PNG, JPEG, WEBP)),
        COVER(EnumSet.of(PNG, JPEG, WEBP));

        private final Set<MediaType> accepted;

        Use(Set<MediaType> accepted) {
            this.accepted = accepted;
        }

        public boolean accepts(MediaType type) {
            return accepted.contains(type);
        }

        public Set<MediaType> accepted() {
            return accepted;
        }
    }

    private final String mime;
    private final String extension;

    MediaType(String mime, String extension) {
        this.mime = mime;
        this.extension = extension;
    }

    public String mime() {
        return mime;
    }

    public String extension() {
        return extension;
    }

    public boolean isImage() {
        return this == PNG || this == JPEG || this == WEBP;
    }

    public static MediaType ofMime(String mime) {
        for (MediaType type : values()) {
            if (type.mime.equals(mime)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown media type " + mime);
    }
}
