package org.tijarat.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.Links;
import org.tijarat.platform.mail.MailOutbox;

/** Forgotten, reset, first-set and changed passwords. */
@Stateless
public class PasswordService {

    static final int RESET_MAILS_PER_HOUR = 3;

    @Inject
    private Clock clock;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Passwords passwords;

    @Inject
    private TokenService tokens;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Links links;

    @Inject
    private Caller caller;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private SignInService signIns;

    /**
     * Mails a reset link to an active account. Says nothing about whether the address is known,
     * and sends at most three links an hour to one address.
     */
    public void requestReset(String email) {
        Optional<Account> found = accounts.findByEmail(email).filter(Account::isActive);
        if (found.isEmpty()) {
            return;
        }
        Account account = found.get();
        if (tokens.countSince(account, TokenPurpose.RESET_PASSWORD, clock.instant().minusSeconds(3600))
                >= RESET_MAILS_PER_HOUR) {
            return;
        }
        String token = tokens.issue(TokenPurpose.RESET_PASSWORD, account, account.getEmail(), null, null);
        outbox.enqueue(account.getEmail(), account.getLanguage().locale(), "reset_password",
                account.getDisplayName(), links.to("/account/reset-password", "token", token),
                tokens.validity(TokenPurpose.RESET_PASSWORD).toMinutes());
    }

    /** True when the link can still be used, so the page can say so before the user types anything. */
    public boolean isUsableLink(String token) {
        return tokens.peek(token, TokenPurpose.RESET_PASSWORD, TokenPurpose.SET_PASSWORD).isPresent();
    }

    /**
     * Sets a new password from a reset or set-password link; the link also proves the address.
     * Every session signed in before now stops working, and every other open link is withdrawn.
     */
    public Account resetPassword(String token, String password, String confirmation) {
        Passwords.checkConfirmation(password, confirmation, "passwordConfirm");
        AccountToken used = tokens.redeem(token, TokenPurpose.RESET_PASSWORD, TokenPurpose.SET_PASSWORD);
        Account account = used.getAccount();
        if (!account.isActive()) {
            throw new BusinessException("account.deactivated");
        }
        Passwords.checkStrength(password, account.getEmail(), "password");
        account.changePassword(passwords.hash(password), clock.instant());
        account.verifyEmail(clock.instant());
        withdrawPasswordLinks(account);
        throttle.forget(account.getEmail());
        outbox.enqueue(account.getEmail(), account.getLanguage().locale(), "password_changed", account.getDisplayName());
        return account;
    }

    /**
     * The signed-in user changes their password, proving they know the current one; wrong
     * guesses count like failed sign-ins. Other sessions of the account stop working.
     */
    public void changePassword(String current, String password, String confirmation, String address) {
        Account account = caller.account();
        signIns.claimAttempt(account.getEmail(), address);
        if (!passwords.matches(current, account.getPasswordHash())) {
            throw BusinessException.at("currentPassword", "password.current_wrong");
        }
        throttle.forget(account.getEmail());
        Passwords.checkStrength(password, account.getEmail(), "newPassword");
        Passwords.checkConfirmation(password, confirmation, "newPasswordConfirm");
        account.changePassword(passwords.hash(password), clock.instant());
        withdrawPasswordLinks(account);
        outbox.enqueue(account.getEmail(), account.getLanguage().locale(), "password_changed", account.getDisplayName());
    }

    private void withdrawPasswordLinks(Account account) {
        tokens.revokeOpen(account, TokenPurpose.RESET_PASSWORD);
        tokens.revokeOpen(account, TokenPurpose.SET_PASSWORD);
    }
}
