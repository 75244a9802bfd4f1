package org.tijarat.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code #{signInPage.loginPage}}: where a protected URL sends a visitor, evaluated for each such
 * request: the sign-in page, told which page to continue to (Soteria drops its own saved request
 * when the sign-in page starts a new authentication).
 */
@Named("signInPage")
@RequestScoped
public class SignInPage {

    @Inject
    private HttpServletRequest request;

    public String getLoginPage() {
        if (!"GET".equals(request.getMethod())) {
            return "/signin";
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String target = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        return "/signin?continue=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }
}
