package org.tijarat.identity;

import java.util.regex.Pattern;

/** Rules for people's and enterprises' names, shared by entities and forms. */
public final class Names {

    public static final int PERSON_MAX = 120;
    public static final int EMAIL_MAX = 254;

    /** At least one letter, in any script; no control characters. Markup is kept as text. */
    public static final String TEXT_PATTERN = "^[^\\p{Cntrl}]*\\p{L}[^\\p{Cntrl}]*$";

    /** A Latin-script name: no Arabic-script letters. */
    public static final String LATIN_PATTERN = "^[^\\p{Cntrl}\\p{IsArabic}]*$";

    /** One plain address: no spaces, commas, brackets or quotes, so it can never become two recipients. */
    public static final String EMAIL_PATTERN = "^[^@\\s,;:<>()\\[\\]\\\\\"]+@[^@\\s,;:<>()\\[\\]\\\\\"]+\\.[^@\\s,;:<>()\\[\\]\\\\\"]+$";

    private static final Pattern ARABIC_SCRIPT = Pattern.compile("\\p{IsArabic}");

    private Names() {
    }

    public static boolean isEmail(String address) {
        return address != null && address.length() <= EMAIL_MAX && address.matches(EMAIL_PATTERN);
    }

    /** True when the name is written in Urdu (Arabic) script. */
    public static boolean isUrduScript(String name) {
        return name != null && ARABIC_SCRIPT.matcher(name).find();
    }

    /** Trims, and turns a blank optional value into null. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
