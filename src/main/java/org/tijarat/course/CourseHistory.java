package org.tijarat.course;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.tijarat.identity.Account;

/** The edit history of courses, written in the transaction of each change. */
@Stateless
public class CourseHistory {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Course course, Account actor, String kind, String detail) {
        course.touch(clock.instant());
        em.persist(new CourseEdit(course, clock.instant(), actor, kind, detail));
    }

    public List<CourseEdit> of(Course course, int max) {
        return em.createQuery("SELECT e FROM CourseEdit e LEFT JOIN FETCH e.actor WHERE e.course = :course"
                        + " ORDER BY e.occurredAt DESC, e.id DESC", CourseEdit.class)
                .setParameter("course", course)
                .setMaxResults(max)
                .getResultList();
    }
}
