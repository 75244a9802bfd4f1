package org.tijarat.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.tijarat.identity.Caller;
import org.tijarat.identity.PasswordService;
import org.tijarat.identity.ProfileForm;
import org.tijarat.identity.ProfileService;
import org.tijarat.platform.web.ClientAddress;
import org.tijarat.platform.web.FacesMessages;
import org.tijarat.platform.web.LanguageCookie;

/** {@code /my/profile}: name, language, time zone and password. */
@Named("profile")
@ViewScoped
public class ProfileBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ProfileService profiles;

    @Inject
    private PasswordService passwords;

    @Inject
    private transient ExternalContext external;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private Caller caller;

    private ProfileForm form;
    private String currentPassword;
    private String newPassword;
    private String newPasswordConfirm;

    @PostConstruct
    void init() {
        form = profiles.myProfile();
    }

    public String save() {
        profiles.update(form);
        LanguageCookie.remember((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), form.getLanguage());
        // say it in the language just chosen, which the next page will be in
        FacesContext.getCurrentInstance().getViewRoot().setLocale(form.getLanguage().locale());
        FacesMessages.info("profile.saved");
        return "/my/profile?faces-redirect=true";
    }

    public String changePassword() {
        passwords.changePassword(currentPassword, newPassword, newPasswordConfirm,
                clientAddress.of((HttpServletRequest) external.getRequest()));
        caller.signedInNow();
        FacesMessages.info("profile.password_changed");
        return "/my/profile?faces-redirect=true";
    }

    public List<String> getTimeZones() {
        return profiles.timeZones();
    }

    public ProfileForm getForm() {
        return form;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordConfirm() {
        return newPasswordConfirm;
    }

    public void setNewPasswordConfirm(String newPasswordConfirm) {
        this.newPasswordConfirm = newPasswordConfirm;
    }
}
