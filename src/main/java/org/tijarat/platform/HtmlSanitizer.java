package org.tijarat.platform;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML written by trainers (the rich-text editor, imported courses) down to a small set of
 * structural tags. Scripts, event handlers, styles, frames and {@code javascript:} URLs never
 * survive; links open nothing but http, https and mailto (or a path on this site) and carry
 * {@code rel="nofollow noopener noreferrer"}.
 */
public final class HtmlSanitizer {

    /** Resolves relative links while checking their protocol; they stay relative in the output. */
    private static final String BASE = "https://tijarat.invalid/";

    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i", "u", "s",
                    "blockquote", "code", "pre", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "hr")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "width", "height")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("td", "colspan", "rowspan")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
            .preserveRelativeLinks(true);

    private HtmlSanitizer() {
    }

    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, BASE, SAFELIST, output).strip();
    }

    /**
     * The same, remembered for texts pages show again and again (a quiz's questions to every
     * learner of a webinar): cleaning is a pure function of the text, so a bounded cache of recent
     * texts saves parsing them on every page.
     */
    public static String cleanForDisplay(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String cached = RECENT.get(html);
        if (cached == null) {
            cached = clean(html);
            if (html.length() <= 20_000) {
                if (RECENT.size() >= 5_000) {
                    RECENT.clear();
                }
                RECENT.put(html, cached);
            }
        }
        return cached;
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, String> RECENT = new java.util.concurrent.ConcurrentHashMap<>();

    /** The words a reader would see, for emptiness checks and search. */
    public static String text(String html) {
        return html == null ? "" : Jsoup.parse(html).text().strip();
    }
}
