package org.tijarat.enrollment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tijarat.platform.NotFoundException;

@ApplicationScoped
public class EnrollmentRepository {

    @PersistenceContext
    private EntityManager em;

    public Optional<Enrollment> find(long accountId, long courseId) {
        return em.createQuery("SELECT e FROM Enrollment e WHERE e.account.id = :account AND e.courseId = :course",
                        Enrollment.class)
                .setParameter("account", accountId)
                .setParameter("course", courseId)
                .getResultStream()
                .findFirst();
    }

    /** The enrollment, read past any snapshot and locked for the rest of the transaction. */
    public Optional<Enrollment> findLocked(long accountId, long courseId) {
        return em.createQuery("SELECT e FROM Enrollment e WHERE e.account.id = :account AND e.courseId = :course",
                        Enrollment.class)
                .setParameter("account", accountId)
                .setParameter("course", courseId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    public Enrollment get(long id) {
        return Optional.ofNullable(em.find(Enrollment.class, id)).orElseThrow(NotFoundException::new);
    }

    public Enrollment lock(long id) {
        return Optional.ofNullable(em.find(Enrollment.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(NotFoundException::new);
    }

    public Optional<EnrollmentRules> findRules(long courseId) {
        return Optional.ofNullable(em.find(EnrollmentRules.class, courseId));
    }

    /** The course's rules, locked: seats are counted under this lock. */
    public Optional<EnrollmentRules> lockRules(long courseId) {
        return Optional.ofNullable(em.find(EnrollmentRules.class, courseId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The rules of several courses, by course id (courses without a row have the defaults). */
    public Map<Long, EnrollmentRules> rules(Collection<Long> courseIds) {
        Map<Long, EnrollmentRules> byCourse = new HashMap<>();
        if (!courseIds.isEmpty()) {
            em.createQuery("SELECT r FROM EnrollmentRules r WHERE r.courseId IN :ids", EnrollmentRules.class)
                    .setParameter("ids", courseIds)
                    .getResultList()
                    .forEach(r -> byCourse.put(r.getCourseId(), r));
        }
        return byCourse;
    }

    /** Marks every active enrollment of the course as holding a seat and returns how many there are. */
    public long countSeatHolders(long courseId) {
        em.createQuery("UPDATE Enrollment e SET e.holdsSeat = true WHERE e.courseId = :course AND e.status = :active")
                .setParameter("course", courseId)
                .setParameter("active", EnrollmentStatus.ACTIVE)
                .executeUpdate();
        return em.createQuery("SELECT COUNT(e) FROM Enrollment e WHERE e.courseId = :course AND e.status = :active", Long.class)
                .setParameter("course", courseId)
                .setParameter("active", EnrollmentStatus.ACTIVE)
                .getSingleResult();
    }

    public List<Enrollment> byLearner(long accountId) {
        return em.createQuery("SELECT e FROM Enrollment e WHERE e.account.id = :account ORDER BY e.createdAt DESC",
                        Enrollment.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    public List<Enrollment> byCourse(long courseId) {
        return em.createQuery("SELECT e FROM Enrollment e JOIN FETCH e.account WHERE e.courseId = :course"
                        + " ORDER BY e.account.displayName", Enrollment.class)
                .setParameter("course", courseId)
                .setHint("eclipselink.left-join-fetch", "e.account.enterprise")
                .setHint("eclipselink.left-join-fetch", "e.cohort")
                .getResultList();
    }

    public List<Enrollment> byCohort(long cohortId) {
        return em.createQuery("SELECT e FROM Enrollment e JOIN FETCH e.account WHERE e.cohort.id = :cohort"
                        + " ORDER BY e.account.displayName, e.courseId", Enrollment.class)
                .setParameter("cohort", cohortId)
                .setHint("eclipselink.left-join-fetch", "e.account.enterprise")
                .setHint("eclipselink.left-join-fetch", "e.cohort")
                .getResultList();
    }

    public List<Enrollment> byEnterprise(long enterpriseId) {
        return em.createQuery("SELECT e FROM Enrollment e JOIN FETCH e.account a WHERE a.enterprise.id = :enterprise"
                        + " ORDER BY a.displayName, e.courseId", Enrollment.class)
                .setParameter("enterprise", enterpriseId)
                .setHint("eclipselink.left-join-fetch", "e.cohort")
                .getResultList();
    }

    public List<LessonProgress> progress(Enrollment enrollment) {
        return em.createQuery("SELECT p FROM LessonProgress p WHERE p.enrollment = :e", LessonProgress.class)
                .setParameter("e", enrollment)
                .getResultList();
    }

    public Optional<LessonProgress> findProgress(Enrollment enrollment, String lessonKey) {
        return em.createQuery("SELECT p FROM LessonProgress p WHERE p.enrollment = :e AND p.lessonKey = :key",
                        LessonProgress.class)
                .setParameter("e", enrollment)
                .setParameter("key", lessonKey)
                .getResultStream()
                .findFirst();
    }

    /** The completed lesson keys of several enrollments, in one query. */
    public Map<Long, Set<String>> completedKeys(Collection<Long> enrollmentIds) {
        Map<Long, Set<String>> keys = new HashMap<>();
        if (enrollmentIds.isEmpty()) {
            return keys;
        }
        em.createQuery("SELECT p.enrollment.id, p.lessonKey FROM LessonProgress p"
                        + " WHERE p.enrollment.id IN :ids AND p.completedAt IS NOT NULL", Object[].class)
                .setParameter("ids", enrollmentIds)
                .getResultList()
                .forEach(row -> keys.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((String) row[1]));
        return keys;
    }

    /** How many of the given lessons each enrollment of a course has completed, in one query. */
    public Map<Long, Long> completedCounts(long courseId, Collection<String> lessonKeys) {
        Map<Long, Long> counts = new HashMap<>();
        if (lessonKeys.isEmpty()) {
            return counts;
        }
        em.createQuery("SELECT p.enrollment.id, COUNT(p) FROM LessonProgress p WHERE p.enrollment.courseId = :course"
                        + " AND p.lessonKey IN :keys AND p.completedAt IS NOT NULL GROUP BY p.enrollment.id", Object[].class)
                .setParameter("course", courseId)
                .setParameter("keys", lessonKeys)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    public List<RequirementFact> facts(Enrollment enrollment) {
        return em.createQuery("SELECT f FROM RequirementFact f WHERE f.enrollment = :e", RequirementFact.class)
                .setParameter("e", enrollment)
                .getResultList();
    }

    public List<CourseRequirement> requirements(long courseId) {
        return em.createQuery("SELECT r FROM CourseRequirement r WHERE r.courseId = :course ORDER BY r.title",
                        CourseRequirement.class)
                .setParameter("course", courseId)
                .getResultList();
    }

    public Optional<CourseRequirement> findRequirement(long courseId, String key) {
        return Optional.ofNullable(em.find(CourseRequirement.class, new CourseRequirement.Key(courseId, key)));
    }

    /** How many of these courses the learner has completed. */
    public long completedAmong(long accountId, Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(e) FROM Enrollment e WHERE e.account.id = :account"
                        + " AND e.courseId IN :courses AND e.completedAt IS NOT NULL", Long.class)
                .setParameter("account", accountId)
                .setParameter("courses", courseIds)
                .getSingleResult();
    }

    public List<EnrollmentInvitation> openInvitations(String emailNormalized) {
        return em.createQuery("SELECT i FROM EnrollmentInvitation i WHERE i.emailNormalized = :email"
                        + " AND i.acceptedAt IS NULL ORDER BY i.id", EnrollmentInvitation.class)
                .setParameter("email", emailNormalized)
                .getResultList();
    }

    public Optional<EnrollmentInvitation> findInvitation(String emailNormalized, long courseId) {
        return em.createQuery("SELECT i FROM EnrollmentInvitation i WHERE i.emailNormalized = :email AND i.courseId = :course",
                        EnrollmentInvitation.class)
                .setParameter("email", emailNormalized)
                .setParameter("course", courseId)
                .getResultStream()
                .findFirst();
    }

    public EnrollmentInvitation invitation(long id) {
        return Optional.ofNullable(em.find(EnrollmentInvitation.class, id)).orElseThrow(NotFoundException::new);
    }

    public Cohort getCohort(long id) {
        return Optional.ofNullable(em.find(Cohort.class, id)).orElseThrow(NotFoundException::new);
    }

    public List<Cohort> cohorts() {
        return em.createQuery("SELECT c FROM Cohort c ORDER BY c.startsOn DESC, c.name", Cohort.class).getResultList();
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
