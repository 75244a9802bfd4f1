package org.tijarat.enrollment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.tijarat.identity.Account;
import org.tijarat.identity.AccountVerified;
import org.tijarat.identity.Caller;
import org.tijarat.platform.BusinessException;

/**
 * Turns bulk-enrollment invitations into enrollments once an account verifies the invited address:
 * right after that commits, and again from the dashboard should that have been missed (a crash).
 */
@Stateless
public class InvitedEnrollments {

    private static final Logger LOG = Logger.getLogger(InvitedEnrollments.class.getName());

    @Inject
    private EnrollmentRepository enrollments;

    @Inject
    private Admissions admissions;

    @Inject
    private Caller caller;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onVerified(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountVerified verified) {
        claim(verified.accountId(), verified.emailNormalized());
    }

    /** The signed-in learner's open invitations, if any were missed (the dashboard asks). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void claimMine() {
        caller.current().filter(Account::isEmailVerified).ifPresent(a -> claim(a.getId(), a.getEmailNormalized()));
    }

    /** Enrols the account in every course its address was invited to; each invitation is settled once. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void claim(long accountId, String emailNormalized) {
        for (EnrollmentInvitation invitation : enrollments.openInvitations(emailNormalized)) {
            try {
                admissions.admitOnce(new Admission(accountId, invitation.getCourseId(), null, false,
                        invitation.getCohort() == null ? null : invitation.getCohort().getId(), null));
            } catch (BusinessException refused) {
                LOG.info(() -> "Invitation " + invitation.getId() + " not turned into an enrollment: " + refused.getMessageKey());
            }
            admissions.settle(invitation.getId());
        }
    }
}
