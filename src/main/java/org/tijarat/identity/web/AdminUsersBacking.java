package org.tijarat.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import org.tijarat.identity.Account;
import org.tijarat.identity.AccountAdminService;
import org.tijarat.identity.StaffForm;
import org.tijarat.platform.web.FacesMessages;

/** {@code /admin/users?q=…&page=…}: find accounts, create trainers and admins. */
@Named("adminUsers")
@ViewScoped
public class AdminUsersBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    @Inject
    private AccountAdminService admin;

    private String query;
    private int page = 1;
    private AccountAdminService.Page result;
    private StaffForm staff = new StaffForm();

    public void load() {
        page = Math.max(1, page);
        result = admin.search(query == null ? "" : query, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    public String create() {
        Account created = admin.createStaff(staff);
        FacesMessages.info("admin_users.created", created.getEmail());
        return "/admin/user?faces-redirect=true&id=" + created.getId();
    }

    public AccountAdminService.Page getResult() {
        return result;
    }

    public int getPageCount() {
        return result == null ? 0 : (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public StaffForm getStaff() {
        return staff;
    }
}
