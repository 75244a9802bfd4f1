package org.tijarat.platform.mail;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds: at once after each commit that queued mail, and every ten seconds
 * for whatever is left (a crash, a failed attempt). Rows are claimed with a row lock, so two
 * nodes never send the same mail.
 */
@Stateless
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    private static final int BATCH = 25;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private MailTransport transport;

    @Asynchronous
    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        sendDue();
    }

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    public void sweep() {
        sendDue();
    }

    /** Sends the mail that is due; returns how many went out. */
    public int sendDue() {
        Instant now = clock.instant();
        List<OutboxMail> due = em.createQuery(
                        "SELECT m FROM OutboxMail m WHERE m.sentAt IS NULL AND m.nextAttemptAt <= :now ORDER BY m.id",
                        OutboxMail.class)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(BATCH)
                .getResultList();
        int sent = 0;
        for (OutboxMail mail : due) {
            em.refresh(mail);
            if (!mail.isPending()) {
                continue;
            }
            try {
                transport.send(mail);
                mail.markSent(now);
                sent++;
            } catch (MailFailure | RuntimeException e) {
                mail.markFailed(now, e.getMessage());
                Level level = mail.isPending() ? Level.WARNING : Level.SEVERE;
                LOG.log(level, e, () -> "Mail " + mail.getId() + " to " + mail.getRecipient()
                        + " failed (attempt " + mail.getAttempts() + ")");
            }
        }
        return sent;
    }
}
