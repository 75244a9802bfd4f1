package org.tijarat.platform;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for search and duplicate checks: Unicode compatibility forms, case, surrounding
 * and repeated spaces, and the Arabic-script letters that Urdu writers type in several ways
 * (Arabic yeh and alef maksura to Farsi yeh, Arabic kaf to keheh, Arabic heh to heh goal),
 * with diacritics and tatweel removed.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (isIgnorableMark(c)) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(fold(c));
        }
        return out.toString();
    }

    /** An email address as it is compared for uniqueness: trimmed and lower-cased. */
    public static String email(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isIgnorableMark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || c == '\u200C' || c == '\u200D';
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u064A', '\u0649' -> '\u06CC'; // yeh forms -> Farsi yeh
            case '\u0643' -> '\u06A9';           // Arabic kaf -> keheh
            case '\u0647' -> '\u06C1';           // Arabic heh -> heh goal
            case '\u06C0' -> '\u06C2';           // heh with yeh above (ligature form) -> heh goal with hamza
            default -> c;
        };
    }
}
