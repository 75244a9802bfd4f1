package org.tijarat.platform.web;

import org.tijarat.platform.Language;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import org.tijarat.identity.ProfileService;

/**
 * {@code /language?to=ur&back=/path}: switches the interface language, remembers it (a cookie,
 * and the profile of a signed-in user, which also sets the language of their mail) and returns
 * to the page, which must be on this site.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ProfileService profiles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = Language.fromCode(request.getParameter("to")).orElse(Language.EN);
        LanguageCookie.remember(request, response, language);
        if (request.getUserPrincipal() != null) {
            profiles.changeLanguage(language.code());
        }
        response.sendRedirect(request.getContextPath() + LocalPaths.orElse(request.getParameter("back"), "/"));
    }
}
