package org.tijarat.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.tijarat.identity.Account;
import org.tijarat.platform.NotFoundException;

@ApplicationScoped
public class CourseRepository {

    @PersistenceContext
    private EntityManager em;

    public Course get(long id) {
        return Optional.ofNullable(em.find(Course.class, id)).orElseThrow(NotFoundException::new);
    }

    /** The course, locked for the rest of the transaction (publishing, reordering). */
    public Course lock(long id) {
        return Optional.ofNullable(em.find(Course.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(NotFoundException::new);
    }

    public Optional<Course> findBySlug(String slug) {
        return em.createQuery("SELECT c FROM Course c WHERE c.slug = :slug", Course.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public CourseModule getModule(long id) {
        return Optional.ofNullable(em.find(CourseModule.class, id)).orElseThrow(NotFoundException::new);
    }

    public Lesson getLesson(long id) {
        return Optional.ofNullable(em.find(Lesson.class, id)).orElseThrow(NotFoundException::new);
    }

    public Optional<Lesson> findLesson(Course course, String lessonKey) {
        return em.createQuery("SELECT l FROM Lesson l WHERE l.lessonKey = :key AND l.module.course = :course", Lesson.class)
                .setParameter("key", lessonKey)
                .setParameter("course", course)
                .getResultStream()
                .findFirst();
    }

    /** Courses the account owns, or every course for an admin, newest first. */
    public List<Course> editableBy(Account account, boolean all) {
        String jpql = all ? "SELECT c FROM Course c ORDER BY c.createdAt DESC"
                : "SELECT c FROM Course c WHERE :account MEMBER OF c.owners ORDER BY c.createdAt DESC";
        var query = em.createQuery(jpql, Course.class);
        if (!all) {
            query.setParameter("account", account);
        }
        return query.getResultList();
    }

    public int nextRevisionNumber(Course course) {
        Integer last = em.createQuery("SELECT MAX(r.number) FROM CourseRevision r WHERE r.course = :course", Integer.class)
                .setParameter("course", course)
                .getSingleResult();
        return last == null ? 1 : last + 1;
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    public void flush() {
        em.flush();
    }
}
