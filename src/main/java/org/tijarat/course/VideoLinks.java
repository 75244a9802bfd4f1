package org.tijarat.course;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tijarat.platform.BusinessException;

/**
 * YouTube and Vimeo links, reduced to the video's id and embedded privacy-friendly:
 * youtube-nocookie.com, and Vimeo with "do not track".
 */
final class VideoLinks {

    private static final Pattern YOUTUBE = Pattern.compile(
            "^https?://(?:www\\.|m\\.)?(?:youtube\\.com/(?:watch\\?(?:.*&)?v=|embed/|shorts/)|youtu\\.be/|youtube-nocookie\\.com/embed/)"
                    + "([A-Za-z0-9_-]{11})(?:[?&#].*)?$");
    private static final Pattern VIMEO = Pattern.compile(
            "^https?://(?:www\\.)?(?:vimeo\\.com/|player\\.vimeo\\.com/video/)(\\d{5,12})(?:[/?#].*)?$");

    private VideoLinks() {
    }

    /** The canonical address of a YouTube or Vimeo video, or null for blank; anything else is refused. */
    static String normalize(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String candidate = url.strip();
        Matcher youtube = YOUTUBE.matcher(candidate);
        if (youtube.matches()) {
            return "https://www.youtube.com/watch?v=" + youtube.group(1);
        }
        Matcher vimeo = VIMEO.matcher(candidate);
        if (vimeo.matches()) {
            return "https://vimeo.com/" + vimeo.group(1);
        }
        throw BusinessException.at("videoUrl", "lesson.video_url.invalid");
    }

    static String embedUrl(String canonical) {
        if (canonical == null) {
            return null;
        }
        Matcher youtube = YOUTUBE.matcher(canonical);
        if (youtube.matches()) {
            return "https://www.youtube-nocookie.com/embed/" + youtube.group(1) + "?rel=0";
        }
        Matcher vimeo = VIMEO.matcher(canonical);
        return vimeo.matches() ? "https://player.vimeo.com/video/" + vimeo.group(1) + "?dnt=1" : null;
    }
}
