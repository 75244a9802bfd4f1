package org.tijarat.course;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.tijarat.platform.BusinessException;

/** Links to other sites in lessons: absolute http or https addresses only. */
final class WebLinks {

    private WebLinks() {
    }

    /** The link, or null for blank; anything but an absolute http(s) address is refused at {@code field}. */
    static String normalize(String url, String field) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && url.length() <= LessonContent.URL_MAX) {
                return uri.toString();
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw BusinessException.at(field, "lesson.url.invalid");
    }
}
