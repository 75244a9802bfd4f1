package org.tijarat.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.DuplicateKeys;
import org.tijarat.platform.Links;
import org.tijarat.platform.mail.MailOutbox;

/** Program admins manage accounts. Every change is written to the audit log. */
@Stateless
public class AccountAdminService {

    /** One page of a search, with the number of all matches. */
    public record Page(List<Account> accounts, long total) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private AccountRepository accounts;

    @Inject
    private TokenService tokens;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Links links;

    @Inject
    private AuditLog audit;

    public Page search(String words, int first, int max) {
        caller.require(Role.ADMIN);
        return new Page(accounts.search(words, first, Math.min(max, 100)), accounts.count(words));
    }

    public Account get(long id) {
        caller.require(Role.ADMIN);
        return accounts.get(id);
    }

    public List<AuditEntry> history(long id) {
        caller.require(Role.ADMIN);
        return audit.about(accounts.get(id), 100);
    }

    /** A trainer or admin account; the person sets a password through a mailed link. */
    public Account createStaff(@NotNull @Valid StaffForm form) {
        Account admin = caller.require(Role.ADMIN);
        if (form.getRole() == Role.LEARNER) {
            throw BusinessException.at("role", "admin_users.staff_role_required");
        }
        if (accounts.findByEmail(form.getEmail()).isPresent()) {
            throw BusinessException.at("email", "account.email_taken");
        }
        Account staff = new Account(form.getEmail(), form.getDisplayName(), null, form.getLanguage(), form.getRole(),
                clock.instant());
        try {
            accounts.persist(staff);
            em.flush();
        } catch (PersistenceException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw BusinessException.at("email", "account.email_taken");
            }
            throw e;
        }
        audit.record(admin, "ACCOUNT_CREATED", staff, form.getRole().name());
        String token = tokens.issue(TokenPurpose.SET_PASSWORD, staff, staff.getEmail(), null, admin);
        outbox.enqueue(staff.getEmail(), staff.getLanguage().locale(), "set_password", staff.getDisplayName(),
                admin.getDisplayName(), links.to("/account/reset-password", "token", token),
                tokens.validity(TokenPurpose.SET_PASSWORD).toDays());
        return staff;
    }

    public void deactivate(long id) {
        Account admin = caller.require(Role.ADMIN);
        Account target = accounts.get(id);
        if (target.getId().equals(admin.getId())) {
            throw new BusinessException("admin_user.not_yourself");
        }
        if (target.isActive()) {
            target.deactivate();
            audit.record(admin, "ACCOUNT_DEACTIVATED", target, null);
        }
    }

    public void reactivate(long id) {
        Account admin = caller.require(Role.ADMIN);
        Account target = accounts.get(id);
        if (!target.isActive()) {
            target.reactivate();
            audit.record(admin, "ACCOUNT_REACTIVATED", target, null);
        }
    }

    public void grant(long id, Role role) {
        Account admin = caller.require(Role.ADMIN);
        Account target = accounts.get(id);
        if (target.grant(role)) {
            audit.record(admin, "ROLE_GRANTED", target, role.name());
        }
    }

    public void revoke(long id, Role role) {
        Account admin = caller.require(Role.ADMIN);
        Account target = accounts.get(id);
        if (target.getId().equals(admin.getId()) && role == Role.ADMIN) {
            throw new BusinessException("admin_user.not_yourself");
        }
        if (target.revoke(role)) {
            audit.record(admin, "ROLE_REVOKED", target, role.name());
        }
    }
}
