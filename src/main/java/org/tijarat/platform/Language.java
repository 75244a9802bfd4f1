package org.tijarat.platform;

import java.util.Locale;
import java.util.Optional;

/** The languages the interface speaks. Urdu reads right to left. */
public enum Language {
    EN(Locale.ENGLISH, false, "English"),
    UR(Locale.of("ur"), true, "\u0627\u0631\u062F\u0648");

    private final Locale locale;
    private final boolean rightToLeft;
    private final String nativeName;

    Language(Locale locale, boolean rightToLeft, String nativeName) {
        this.locale = locale;
        this.rightToLeft = rightToLeft;
        this.nativeName = nativeName;
    }

    /** The language's name in itself, as a language switch shows it. */
    public String getNativeName() {
        return nativeName;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** For pages: {@code #{language.code}}. */
    public String getCode() {
        return code();
    }

    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    /** For pages: {@code #{language.direction}}. */
    public String getDirection() {
        return direction();
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
