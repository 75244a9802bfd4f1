package org.tijarat.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.tijarat.identity.Names;
import org.tijarat.identity.ResetRequests;
import org.tijarat.platform.web.FacesMessages;

/** {@code /account/forgot-password}: mails a reset link without saying whether the address is known. */
@Named("forgotPassword")
@RequestScoped
public class ForgotPasswordBacking {

    @Inject
    private ResetRequests resets;

    @NotBlank(message = "{account.email.required}")
    @Size(max = Names.EMAIL_MAX, message = "{general.too_long}")
    @Email(message = "{account.email.invalid}")
    private String email;

    private boolean sent;

    public void submit() {
        resets.submit(email.strip());
        sent = true;
        FacesMessages.info("forgot_password.sent", email.strip());
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
