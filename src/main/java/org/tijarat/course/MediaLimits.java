package org.tijarat.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Size limits per kind of file, in megabytes: {@code tijarat.media.max-video-mb} (500),
 * {@code .max-document-mb} (50), {@code .max-image-mb} (5), {@code .max-captions-mb} (1).
 */
@ApplicationScoped
public class MediaLimits {

    private static final long MB = 1024L * 1024;

    @Inject
    @ConfigProperty(name = "tijarat.media.max-video-mb", defaultValue = "500")
    private long videoMb;

    @Inject
    @ConfigProperty(name = "tijarat.media.max-document-mb", defaultValue = "50")
    private long documentMb;

    @Inject
    @ConfigProperty(name = "tijarat.media.max-image-mb", defaultValue = "5")
    private long imageMb;

    @Inject
    @ConfigProperty(name = "tijarat.media.max-captions-mb", defaultValue = "1")
    private long captionsMb;

    public long megabytes(MediaType type) {
        return switch (type) {
            case MP4 -> videoMb;
            case PDF -> documentMb;
            case PNG, JPEG, WEBP -> imageMb;
            case WEBVTT -> captionsMb;
        };
    }

    public long bytes(MediaType type) {
        return megabytes(type) * MB;
    }

    /** The largest file any type accepted for the use may be: uploads stop there. */
    public long bytes(MediaType.Use use) {
        return use.accepted().stream().mapToLong(this::bytes).max().orElse(0);
    }
}
