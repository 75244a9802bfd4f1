package org.tijarat.assessment;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sweeps assessment's background work from the database every few seconds (no persistent timer):
 * attempts left open past their deadline are submitted and graded, and pending regrades are done.
 * Each item is its own transaction, so one failure neither blocks nor undoes the others.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AssessmentSweeper {

    private static final Logger LOG = Logger.getLogger(AssessmentSweeper.class.getName());
    private static final int BATCH = 200;

    @Inject
    private AssessmentRepository repository;

    @Inject
    private BackgroundGrading work;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "tijarat.quiz.grace-seconds", defaultValue = "15")
    private int graceSeconds;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    public void sweep() {
        submitOverdue();
        regradePending();
    }

    /** Submits what is overdue; returns how many attempts were submitted. */
    public int submitOverdue() {
        Duration grace = Duration.ofSeconds(graceSeconds);
        int done = 0;
        for (Long id : repository.overdue(clock.instant().minus(grace), BATCH)) {
            try {
                done += work.submitOverdue(id, grace) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "Automatic submit of attempt " + id + " failed; it is tried again");
            }
        }
        return done;
    }

    /** Regrades what is pending; returns how many attempts were regraded. */
    public int regradePending() {
        int done = 0;
        for (Long id : repository.pendingRegrades(BATCH)) {
            try {
                done += work.regrade(id) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "Regrade item " + id + " failed; it is tried again");
            }
        }
        if (done > 0) {
            work.finishRegrades();
        }
        return done;
    }
}
