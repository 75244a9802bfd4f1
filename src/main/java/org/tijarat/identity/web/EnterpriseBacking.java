package org.tijarat.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.tijarat.identity.Account;
import org.tijarat.identity.AccountToken;
import org.tijarat.identity.EnterpriseDetails;
import org.tijarat.identity.EnterpriseService;
import org.tijarat.platform.web.FacesMessages;

/** {@code /my/enterprise}: the SME's profile, its members, and the owner's invitations. */
@Named("enterprise")
@ViewScoped
public class EnterpriseBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private EnterpriseService enterprises;

    private EnterpriseDetails details;
    private boolean owner;
    private String inviteEmail;
    private List<Account> members;
    private List<AccountToken> invitations;

    @PostConstruct
    void init() {
        details = enterprises.mine().details();
        owner = enterprises.isOwner();
        members = enterprises.members();
        invitations = owner ? enterprises.openInvitations() : List.of();
    }

    public String save() {
        enterprises.update(details);
        FacesMessages.info("enterprise.saved");
        return "/my/enterprise?faces-redirect=true";
    }

    public String invite() {
        enterprises.invite(inviteEmail);
        FacesMessages.info("enterprise.invite.sent", inviteEmail.strip());
        return "/my/enterprise?faces-redirect=true";
    }

    public String cancelInvitation(long id) {
        enterprises.cancelInvitation(id);
        FacesMessages.info("enterprise.invite.cancelled");
        return "/my/enterprise?faces-redirect=true";
    }

    public List<Account> getMembers() {
        return members;
    }

    public List<AccountToken> getInvitations() {
        return invitations;
    }

    public EnterpriseDetails getDetails() {
        return details;
    }

    public boolean isOwner() {
        return owner;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }
}
