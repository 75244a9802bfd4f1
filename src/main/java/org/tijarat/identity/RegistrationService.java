package org.tijarat.identity;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.DuplicateKeys;
import org.tijarat.platform.Links;
import org.tijarat.platform.mail.MailOutbox;

/**
 * Joining the program: an SME signs up (its enterprise and owner together, or nothing), verifies
 * its address by a mailed link, and colleagues join by invitation.
 */
@Stateless
public class RegistrationService {

    @PersistenceContext
    private EntityManager em;

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
    private Event<AccountVerified> verified;

    public Account signUp(@NotNull @Valid SignUpForm form) {
        Passwords.checkStrength(form.getPassword(), form.getEmail(), "password");
        Passwords.checkConfirmation(form.getPassword(), form.getPasswordConfirm(), "passwordConfirm");
        ensureEmailFree(form.getEmail());
        String hash = passwords.hash(form.getPassword());

        Enterprise enterprise = new Enterprise(form.getEnterprise(), clock.instant());
        em.persist(enterprise);
        Account owner = new Account(form.getEmail(), form.getDisplayName(), form.getLatinName(), form.getLanguage(),
                Role.LEARNER, clock.instant());
        owner.joinEnterprise(enterprise, EnterpriseRole.OWNER);
        owner.setPasswordHash(hash);
        persistNew(owner);
        mailVerification(owner);
        return owner;
    }

    /**
     * Marks the address of the link's account as verified. Opening a used link again is fine once
     * the address is verified: mail scanners often open links before the person does.
     */
    public Account verifyEmail(String token) {
        var opened = tokens.find(token, TokenPurpose.VERIFY_EMAIL)
                .filter(t -> t.getUsedAt() != null && t.getAccount().isEmailVerified());
        if (opened.isPresent()) {
            return opened.get().getAccount();
        }
        Account account = tokens.redeem(token, TokenPurpose.VERIFY_EMAIL).getAccount();
        boolean first = !account.isEmailVerified();
        account.verifyEmail(clock.instant());
        if (first) {
            verified.fire(new AccountVerified(account.getId(), account.getEmailNormalized()));
        }
        return account;
    }

    /** Sends the signed-in account a fresh verification link, at most five an hour. */
    public void resendVerification() {
        Account account = caller.account();
        if (account.isEmailVerified()) {
            throw new BusinessException("verify_email.already");
        }
        if (tokens.countSince(account, TokenPurpose.VERIFY_EMAIL, clock.instant().minusSeconds(3600)) >= 5) {
            throw new BusinessException("verify_email.too_many");
        }
        mailVerification(account);
    }

    /** A colleague accepts an owner's invitation: a verified member account of that enterprise. */
    public Account acceptInvitation(String token, @NotNull @Valid InvitationAcceptance acceptance) {
        Passwords.checkStrength(acceptance.getPassword(), null, "password");
        Passwords.checkConfirmation(acceptance.getPassword(), acceptance.getPasswordConfirm(), "passwordConfirm");
        AccountToken invitation = tokens.redeem(token, TokenPurpose.INVITATION);
        ensureEmailFree(invitation.getEmail());
        Account member = new Account(invitation.getEmail(), acceptance.getDisplayName(), acceptance.getLatinName(),
                acceptance.getLanguage(), Role.LEARNER, clock.instant());
        member.joinEnterprise(invitation.getEnterprise(), EnterpriseRole.MEMBER);
        member.setPasswordHash(passwords.hash(acceptance.getPassword()));
        member.verifyEmail(clock.instant());
        persistNew(member);
        verified.fire(new AccountVerified(member.getId(), member.getEmailNormalized()));
        return member;
    }

    private void ensureEmailFree(String email) {
        if (accounts.findByEmail(email).isPresent()) {
            throw BusinessException.at("email", "account.email_taken");
        }
    }

    /** A concurrent sign-up with the same address loses at the unique key, with the same message. */
    private void persistNew(Account account) {
        try {
            accounts.persist(account);
            em.flush();
        } catch (PersistenceException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw BusinessException.at("email", "account.email_taken");
            }
            throw e;
        }
    }

    private void mailVerification(Account account) {
        String token = tokens.issue(TokenPurpose.VERIFY_EMAIL, account, account.getEmail(), null, null);
        outbox.enqueue(account.getEmail(), account.getLanguage().locale(), "verify_email",
                account.getDisplayName(), links.to("/account/verify-email", "token", token),
                tokens.validity(TokenPurpose.VERIFY_EMAIL).toDays());
    }
}
