package org.tijarat.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import org.tijarat.identity.EnterpriseService;
import org.tijarat.identity.InvitationAcceptance;
import org.tijarat.identity.RegistrationService;
import org.tijarat.platform.web.FacesMessages;
import org.tijarat.platform.web.LocaleBacking;

/** {@code /account/invitation?token=…}: a colleague joins the enterprise that invited them. */
@Named("invitation")
@ViewScoped
public class InvitationBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private EnterpriseService enterprises;

    @Inject
    private RegistrationService registrations;

    @Inject
    private LocaleBacking locale;

    private String token;
    private String enterpriseName;
    private String email;
    private final InvitationAcceptance form = new InvitationAcceptance();

    public void load() {
        form.setLanguage(locale.getLanguage());
        enterprises.peekInvitation(token).ifPresent(invitation -> {
            enterpriseName = invitation.getEnterprise().getLegalName();
            email = invitation.getEmail();
        });
    }

    public String submit() {
        registrations.acceptInvitation(token, form);
        FacesMessages.info("invitation.done", enterpriseName);
        return "/signin?faces-redirect=true";
    }

    public boolean isUsable() {
        return email != null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public String getEmail() {
        return email;
    }

    public InvitationAcceptance getForm() {
        return form;
    }
}
