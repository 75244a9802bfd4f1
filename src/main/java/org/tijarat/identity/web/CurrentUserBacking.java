package org.tijarat.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.tijarat.identity.Account;
import org.tijarat.identity.ProfileService;
import org.tijarat.identity.Role;

/**
 * {@code #{me}}: who is signed in, for the layout's navigation. A session whose account was
 * deactivated meanwhile is signed out here.
 */
@Named("me")
@RequestScoped
public class CurrentUserBacking {

    @Inject
    private ProfileService profiles;

    @Inject
    private HttpServletRequest request;

    private Optional<Account> account;

    private Optional<Account> account() {
        if (account == null) {
            account = profiles.current();
            if (account.isEmpty() && profiles.hasCaller()) {
                // the account was deactivated (or removed) while this session was signed in
                signOutStale();
            }
        }
        return account;
    }

    private void signOutStale() {
        try {
            request.logout();
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    public boolean isSignedIn() {
        return account().isPresent();
    }

    public String getDisplayName() {
        return account().map(Account::getDisplayName).orElse("");
    }

    /** The viewer's time zone; Pakistan's for visitors. */
    public String getTimeZone() {
        return account().map(Account::getTimeZone).orElse(Account.DEFAULT_TIME_ZONE);
    }

    public boolean isEmailVerified() {
        return account().map(Account::isEmailVerified).orElse(false);
    }

    public boolean isInEnterprise() {
        return account().map(a -> a.getEnterprise() != null).orElse(false);
    }

    public boolean isEnterpriseOwner() {
        return account().map(Account::isEnterpriseOwner).orElse(false);
    }

    public boolean isAdmin() {
        return account().map(a -> a.hasRole(Role.ADMIN)).orElse(false);
    }

    public boolean isTrainer() {
        return account().map(a -> a.hasRole(Role.TRAINER) || a.hasRole(Role.ADMIN)).orElse(false);
    }
}
