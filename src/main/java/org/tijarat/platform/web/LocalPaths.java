package org.tijarat.platform.web;

import java.net.URI;

/** Where a redirect may go after sign-in or a language switch: only a path on this site. */
public final class LocalPaths {

    private LocalPaths() {
    }

    /** The path when it is local (starts with one slash, no scheme or host), else {@code fallback}. */
    public static String orElse(String path, String fallback) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.chars().anyMatch(Character::isISOControl)) {
            return fallback;
        }
        try {
            URI uri = URI.create(path);
            return uri.getHost() == null && uri.getScheme() == null ? path : fallback;
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
