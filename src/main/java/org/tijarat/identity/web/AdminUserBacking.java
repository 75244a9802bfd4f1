package org.tijarat.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.tijarat.identity.Account;
import org.tijarat.identity.AccountAdminService;
import org.tijarat.identity.AuditEntry;
import org.tijarat.identity.Role;
import org.tijarat.platform.NotFoundException;
import org.tijarat.platform.web.FacesMessages;

/** {@code /admin/user?id=…}: one account, its status and roles, and its audit history. */
@Named("adminUser")
@ViewScoped
public class AdminUserBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private AccountAdminService admin;

    private Long id;
    private Account account;
    private List<AuditEntry> history;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        account = admin.get(id);
        history = admin.history(id);
    }

    public String deactivate() {
        admin.deactivate(id);
        FacesMessages.info("admin_user.deactivated");
        return reload();
    }

    public String reactivate() {
        admin.reactivate(id);
        FacesMessages.info("admin_user.reactivated");
        return reload();
    }

    public String grant(Role role) {
        admin.grant(id, role);
        FacesMessages.info("admin_user.role_granted");
        return reload();
    }

    public String revoke(Role role) {
        admin.revoke(id, role);
        FacesMessages.info("admin_user.role_revoked");
        return reload();
    }

    private String reload() {
        return "/admin/user?faces-redirect=true&id=" + id;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Account getAccount() {
        return account;
    }

    public List<AuditEntry> getHistory() {
        return history;
    }
}
