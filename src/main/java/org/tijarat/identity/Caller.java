package org.tijarat.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.tijarat.platform.NotAllowedException;

/**
 * Who is acting in this request, as services check it: the signed-in, active account whose
 * password has not changed since this session signed in. Admins pass every role check. The
 * principal's name is the account id, which survives an email change.
 */
@RequestScoped
public class Caller {

    /** Session attribute: when this session signed in (an {@link Instant}). */
    static final String SIGNED_IN_AT = "tijarat.signedInAt";

    @Inject
    private SecurityContext security;

    @Inject
    private AccountRepository accounts;

    @Inject
    private HttpServletRequest request;

    @Inject
    private Clock clock;

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

    /** The acting account, read in the current transaction; refused when anonymous, deactivated or outdated. */
    public Account account() {
        return current().orElseThrow(NotAllowedException::new);
    }

    /** The acting account, if there is a usable one. */
    public Optional<Account> current() {
        return id().flatMap(accounts::find).filter(account -> account.standing().usableBy(signedInAt()));
    }

    /**
     * The acting account's id, refused like {@link #account()}, checked with one lean read of its
     * standing instead of loading the account: for requests as frequent as the autosave.
     */
    public long activeId() {
        long id = id().orElseThrow(NotAllowedException::new);
        if (!accounts.standing(id).map(standing -> standing.usableBy(signedInAt())).orElse(false)) {
            throw new NotAllowedException();
        }
        return id;
    }

    /** Marks this session as signed in now (at sign-in, and after the user changes their own password). */
    public void signedInNow() {
        request.getSession().setAttribute(SIGNED_IN_AT, clock.instant());
    }

    private Optional<Instant> signedInAt() {
        try {
            HttpSession session = request.getSession(false);
            return session == null ? Optional.empty()
                    : Optional.ofNullable(session.getAttribute(SIGNED_IN_AT)).map(Instant.class::cast);
        } catch (IllegalStateException noRequest) {
            // a timer or other work outside an HTTP request has no session to check
            return Optional.empty();
        }
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
