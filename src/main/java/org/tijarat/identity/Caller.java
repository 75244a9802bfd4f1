package org.tijarat.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.tijarat.platform.NotAllowedException;

/**
 * Who is acting in this request, as services check it: the signed-in, active account. Admins pass
 * every role check. The principal's name is the account id, which survives an email change.
 */
@RequestScoped
public class Caller {

    @Inject
    private SecurityContext security;

    @Inject
    private AccountRepository accounts;

    public Optional<Long> id() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(principal.getName()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The acting account, read in the current transaction; refused when anonymous or deactivated. */
    public Account account() {
        return id().flatMap(accounts::find).filter(Account::isActive).orElseThrow(NotAllowedException::new);
    }

    /** The acting account, which must hold one of the roles (admins hold them all). */
    public Account require(Role... anyOf) {
        Account account = account();
        if (account.hasRole(Role.ADMIN)) {
            return account;
        }
        for (Role role : anyOf) {
            if (account.hasRole(role)) {
                return account;
            }
        }
        throw new NotAllowedException();
    }
}
