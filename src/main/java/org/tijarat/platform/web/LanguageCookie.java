package org.tijarat.platform.web;

import org.tijarat.platform.Language;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Remembers the interface language in a cookie, so public pages need no session. Without a
 * choice, a browser that prefers Urdu gets Urdu; everyone else English.
 */
public final class LanguageCookie {

    static final String NAME = "tijarat_lang";

    private LanguageCookie() {
    }

    public static Language resolve(HttpServletRequest request) {
        return chosen(request).orElseGet(() -> fromBrowser(request));
    }

    public static Optional<Language> chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (NAME.equals(cookie.getName())) {
                    return Language.fromCode(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    public static void remember(HttpServletRequest request, HttpServletResponse response, Language language) {
        Cookie cookie = new Cookie(NAME, language.code());
        cookie.setPath("/");
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        request.setAttribute(NAME, language);
    }

    private static Language fromBrowser(HttpServletRequest request) {
        var locales = request.getLocales();
        while (locales.hasMoreElements()) {
            var found = Language.fromCode(locales.nextElement().getLanguage());
            if (found.isPresent()) {
                return found.get();
            }
        }
        return Language.EN;
    }

    /** The language for this request: one just switched to wins over the incoming cookie. */
    static Language current(HttpServletRequest request) {
        Object switched = request.getAttribute(NAME);
        return switched instanceof Language language ? language : resolve(request);
    }
}
