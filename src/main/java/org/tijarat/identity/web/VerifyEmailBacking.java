package org.tijarat.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tijarat.identity.RegistrationService;
import org.tijarat.platform.web.FacesMessages;

/** {@code /account/verify-email?token=…}: the link from the verification mail. */
@Named("verifyEmail")
@RequestScoped
public class VerifyEmailBacking {

    @Inject
    private RegistrationService registrations;

    private String token;
    private boolean verified;

    /** Runs as the page's view action; a bad link leaves a message and {@code verified} false. */
    public void verify() {
        registrations.verifyEmail(token);
        verified = true;
        FacesMessages.info("verify_email.done");
    }

    public void resend() {
        registrations.resendVerification();
        FacesMessages.info("verify_email.sent");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isVerified() {
        return verified;
    }
}
