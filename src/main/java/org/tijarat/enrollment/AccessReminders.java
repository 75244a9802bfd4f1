package org.tijarat.enrollment;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.tijarat.course.CourseOutlines;

/**
 * Mails learners whose access ends within seven days, once per enrollment. Swept from the
 * database every quarter hour; rows are claimed with a row lock, so two nodes never mail twice.
 */
@Stateless
public class AccessReminders {

    private static final int BATCH = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CourseOutlines outlines;

    @Inject
    private EnrollmentMails mails;

    @Inject
    private Clock clock;

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    public void sweep() {
        sendDue();
    }

    /** Queues the reminders that are due; returns how many. */
    public int sendDue() {
        Instant now = clock.instant();
        List<Enrollment> due = em.createQuery("SELECT e FROM Enrollment e WHERE e.status = :active"
                        + " AND e.accessWarnedAt IS NULL AND e.completedAt IS NULL AND e.accessEndsAt > :now AND e.accessEndsAt <= :soon ORDER BY e.id",
                        Enrollment.class)
                .setParameter("active", EnrollmentStatus.ACTIVE)
                .setParameter("now", now)
                .setParameter("soon", now.plus(LearningService.ENDING_SOON))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(BATCH)
                .getResultList();
        int sent = 0;
        for (Enrollment enrollment : due) {
            em.refresh(enrollment);
            if (enrollment.getAccessWarnedAt() != null || enrollment.isCompleted()) {
                continue;
            }
            enrollment.warnedOfAccessEnd(now);
            mails.accessEnding(enrollment, outlines.course(enrollment.getCourseId()));
            sent++;
        }
        return sent;
    }
}
