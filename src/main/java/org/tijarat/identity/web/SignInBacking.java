package org.tijarat.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.tijarat.identity.Account;
import org.tijarat.identity.AccountIdentityStore;
import org.tijarat.identity.Caller;
import org.tijarat.identity.Names;
import org.tijarat.identity.Passwords;
import org.tijarat.identity.Role;
import org.tijarat.identity.SignInService;
import org.tijarat.platform.web.ClientAddress;
import org.tijarat.platform.web.FacesMessages;
import org.tijarat.platform.web.LanguageCookie;
import org.tijarat.platform.web.LocalPaths;

/** {@code /signin} and signing out. */
@Named("signIn")
@RequestScoped
public class SignInBacking {

    @NotBlank(message = "{account.email.required}")
    @Size(max = Names.EMAIL_MAX, message = "{general.too_long}")
    private String email;

    @NotBlank(message = "{password.required}")
    @Size(max = Passwords.MAX_LENGTH, message = "{general.too_long}")
    private String password;

    /** The page the visitor was on their way to, when a protected URL sent them here. */
    private String continueTo;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignInService signIns;

    @Inject
    private Caller caller;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private FacesContext faces;

    @Inject
    private ExternalContext external;

    public String submit() {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String address = clientAddress.of(request);
        signIns.claimAttempt(email, address);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters
                .withParams()
                .credential(new UsernamePasswordCredential(email.strip(), new Password(password)))
                .newAuthentication(true));
        return switch (status) {
            case SEND_CONTINUE -> {
                signIns.recordSuccess(email);
                caller.signedInNow();
                faces.responseComplete();
                yield null;
            }
            case SUCCESS -> {
                Account account = signIns.recordSuccess(email);
                caller.signedInNow();
                LanguageCookie.remember(request, response, account.getLanguage());
                String home = account.hasRole(Role.ADMIN) ? "/admin/users" : "/";
                redirect(LocalPaths.orElse(continueTo, home));
                yield null;
            }
            default -> {
                response.setStatus(HttpServletResponse.SC_OK);
                boolean deactivated = request.getAttribute(AccountIdentityStore.DEACTIVATED_ATTRIBUTE) != null;
                FacesMessages.error(null, deactivated ? "account.deactivated" : "signin.failed");
                yield null;
            }
        };
    }

    private void redirect(String path) {
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String signOut() throws ServletException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        return "/index?faces-redirect=true";
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
