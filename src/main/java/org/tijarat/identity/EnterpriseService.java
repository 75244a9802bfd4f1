package org.tijarat.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.ConcurrentChangeException;
import org.tijarat.platform.Links;
import org.tijarat.platform.NotAllowedException;
import org.tijarat.platform.NotFoundException;
import org.tijarat.platform.mail.MailOutbox;

/**
 * The signed-in learner's enterprise: everyone in it sees its profile and members; its owner
 * edits the profile and invites colleagues by email.
 */
@Stateless
public class EnterpriseService {

    static final int INVITATIONS_PER_HOUR = 20;

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

    public Enterprise mine() {
        Enterprise enterprise = caller.account().getEnterprise();
        if (enterprise == null) {
            throw new NotFoundException();
        }
        return enterprise;
    }

    public boolean isOwner() {
        return caller.account().isEnterpriseOwner();
    }

    public void update(@NotNull @Valid EnterpriseDetails details) {
        Enterprise enterprise = owned();
        if (enterprise.getVersion() != details.getVersion()) {
            throw new ConcurrentChangeException();
        }
        enterprise.update(details);
    }

    public List<Account> members() {
        return accounts.members(mine());
    }

    /**
     * Mails a colleague a link to join; a new invitation to the same address replaces the old.
     * Only a verified owner invites, and at most {@value #INVITATIONS_PER_HOUR} an hour, so the
     * form cannot be used to send mail in bulk.
     */
    public void invite(String email) {
        Enterprise enterprise = owned();
        Account owner = caller.account();
        if (!owner.isEmailVerified()) {
            throw BusinessException.at("inviteEmail", "account.email_not_verified");
        }
        String address = email == null ? "" : email.strip();
        if (!Names.isEmail(address)) {
            throw BusinessException.at("inviteEmail", "account.email.invalid");
        }
        if (tokens.invitationsSince(enterprise, clock.instant().minus(Duration.ofHours(1))) >= INVITATIONS_PER_HOUR) {
            throw BusinessException.at("inviteEmail", "enterprise.invite.too_many", INVITATIONS_PER_HOUR);
        }
        if (accounts.findByEmail(address).isPresent()) {
            throw BusinessException.at("inviteEmail", "enterprise.invite.has_account");
        }
        tokens.openInvitations(enterprise).stream()
                .filter(t -> t.getEmail().equalsIgnoreCase(address))
                .forEach(t -> t.revoke(clock.instant()));
        String token = tokens.issue(TokenPurpose.INVITATION, null, address, enterprise, owner);
        outbox.enqueue(address, owner.getLanguage().locale(), "invitation", owner.getDisplayName(),
                enterprise.getLegalName(), links.to("/account/invitation", "token", token),
                tokens.validity(TokenPurpose.INVITATION).toDays());
    }

    public List<AccountToken> openInvitations() {
        return tokens.openInvitations(owned());
    }

    public void cancelInvitation(long id) {
        Enterprise enterprise = owned();
        tokens.openInvitations(enterprise).stream()
                .filter(t -> t.getId() == id)
                .findFirst()
                .orElseThrow(NotFoundException::new)
                .revoke(clock.instant());
    }

    /** What the invitation page shows before the colleague signs up, if the link is still good. */
    public Optional<AccountToken> peekInvitation(String token) {
        return tokens.peek(token, TokenPurpose.INVITATION);
    }

    private Enterprise owned() {
        Account account = caller.account();
        if (!account.isEnterpriseOwner()) {
            throw new NotAllowedException();
        }
        return account.getEnterprise();
    }
}
