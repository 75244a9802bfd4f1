package org.tijarat.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import org.tijarat.identity.PasswordService;
import org.tijarat.platform.web.FacesMessages;

/** {@code /account/reset-password?token=…}: a new password from a reset or set-password link. */
@Named("resetPassword")
@ViewScoped
public class ResetPasswordBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private PasswordService passwords;

    private String token;
    private boolean usable;
    private String password;
    private String passwordConfirm;

    public void load() {
        usable = passwords.isUsableLink(token);
    }

    public String submit() {
        passwords.resetPassword(token, password, passwordConfirm);
        FacesMessages.info("reset_password.done");
        return "/signin?faces-redirect=true";
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isUsable() {
        return usable;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordConfirm() {
        return passwordConfirm;
    }

    public void setPasswordConfirm(String passwordConfirm) {
        this.passwordConfirm = passwordConfirm;
    }
}
