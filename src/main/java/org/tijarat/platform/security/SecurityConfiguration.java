package org.tijarat.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in through the Faces page {@code /signin}, which calls {@code SecurityContext.authenticate}.
 * A protected URL redirects there (not a forward, so the address bar tells the truth) and the
 * user continues where they were going after signing in.
 */
@ApplicationScoped
@DeclareRoles({"LEARNER", "TRAINER", "ADMIN"})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "#{signInPage.loginPage}", errorPage = "", useForwardToLogin = false))
public class SecurityConfiguration {
}
