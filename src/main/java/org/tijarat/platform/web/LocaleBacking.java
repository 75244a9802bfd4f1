package org.tijarat.platform.web;

import org.tijarat.platform.Language;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The language of the page being rendered: {@code #{locale.current}}, {@code #{locale.direction}}. */
@Named("locale")
@RequestScoped
public class LocaleBacking {

    @Inject
    private HttpServletRequest request;

    private Language language;

    public Language getLanguage() {
        if (language == null) {
            language = LanguageCookie.current(request);
        }
        return language;
    }

    public Locale getCurrent() {
        return getLanguage().locale();
    }

    public String getCode() {
        return getLanguage().code();
    }

    public String getDirection() {
        return getLanguage().direction();
    }

    public boolean isRightToLeft() {
        return "rtl".equals(getDirection());
    }

    /** The path and query of the page being shown (before any internal forward), for the switch to return to. */
    public String getCurrentPath() {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded != null ? forwarded.toString() : request.getRequestURI();
        Object query = forwarded != null ? request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
                : request.getQueryString();
        String path = uri.startsWith(request.getContextPath()) ? uri.substring(request.getContextPath().length()) : uri;
        return query == null ? path : path + "?" + query;
    }

    /** The other language, offered by the switch in the header. */
    public Language getOther() {
        return getLanguage() == Language.EN ? Language.UR : Language.EN;
    }
}
