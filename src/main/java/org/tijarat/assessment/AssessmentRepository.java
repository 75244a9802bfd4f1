package org.tijarat.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import org.tijarat.platform.NotFoundException;
import org.tijarat.platform.UtcInstantConverter;

/** Queries of banks, quizzes and attempts. */
@ApplicationScoped
public class AssessmentRepository {

    @PersistenceContext
    private EntityManager em;

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public Question getQuestion(long id) {
        return Optional.ofNullable(em.find(Question.class, id)).orElseThrow(NotFoundException::new);
    }

    public QuestionVersion getVersion(long id) {
        return Optional.ofNullable(em.find(QuestionVersion.class, id)).orElseThrow(NotFoundException::new);
    }

    public Quiz getQuiz(long id) {
        return Optional.ofNullable(em.find(Quiz.class, id)).orElseThrow(NotFoundException::new);
    }

    public QuestionCategory getCategory(long id) {
        return Optional.ofNullable(em.find(QuestionCategory.class, id)).orElseThrow(NotFoundException::new);
    }

    public QuizAttempt getAttempt(long id) {
        return Optional.ofNullable(em.find(QuizAttempt.class, id)).orElseThrow(NotFoundException::new);
    }

    /** The attempt with its row locked: saves and the submit of one attempt happen one after another. */
    /**
     * The attempt, its row locked until commit and its state as committed before the lock was
     * granted. The lock is taken in SQL, reading the row's version: EclipseLink's locking find
     * refreshes the attempt, which also loads its questions without their versions (a statement
     * each when grading reads them). An attempt this transaction had already read is refreshed
     * only if another one changed it since.
     */
    public QuizAttempt getAttemptLocked(long id) {
        List<?> locked = em.createNativeQuery("SELECT version FROM quiz_attempt WHERE id = ? FOR UPDATE").setParameter(1, id)
                .getResultList();
        if (locked.isEmpty()) {
            throw new NotFoundException();
        }
        QuizAttempt attempt = em.find(QuizAttempt.class, id);
        if (attempt.getVersion() != ((Number) locked.getFirst()).longValue()) {
            em.refresh(attempt);
        }
        return attempt;
    }

    public AttemptQuestion getAttemptQuestion(long id) {
        return Optional.ofNullable(em.find(AttemptQuestion.class, id)).orElseThrow(NotFoundException::new);
    }

    /**
     * The autosave's one read: the attempt's owner, status and deadline with the asked question's
     * row and version (none if the attempt asks no such question), locking the attempt row until
     * commit, so a save and a submit of the same attempt take turns. Only the attempt row: the
     * asked row is read in subqueries, which a locking read does not lock, so a save takes its row
     * locks in the order a submit does (attempt, then its questions). In SQL, without building
     * entities: it runs for every answer.
     */
    public Optional<AnswerTarget> lockAnswerTarget(long attemptId, int position) {
        List<?> rows = em.createNativeQuery("SELECT a.account_id, a.status, a.deadline_at,"
                        + " (SELECT q.id FROM attempt_question q WHERE q.attempt_id = a.id AND q.position = ?),"
                        + " (SELECT q.version_id FROM attempt_question q WHERE q.attempt_id = a.id AND q.position = ?)"
                        + " FROM quiz_attempt a WHERE a.id = ? FOR UPDATE")
                .setParameter(1, position).setParameter(2, position).setParameter(3, attemptId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.getFirst();
        return Optional.of(new AnswerTarget(((Number) row[0]).longValue(), AttemptStatus.valueOf((String) row[1]),
                UtcInstantConverter.parse(row[2]), row[3] == null ? null : ((Number) row[3]).longValue(),
                row[4] == null ? null : ((Number) row[4]).longValue()));
    }

    /** Writes one answer (the autosave's one update); in SQL, since the row carries no version to raise. */
    public void saveAnswer(long askedId, String answer, Instant now) {
        em.createNativeQuery("UPDATE attempt_question SET answer = ?, saved_at = ? WHERE id = ?")
                .setParameter(1, answer).setParameter(2, UtcInstantConverter.format(now)).setParameter(3, askedId)
                .executeUpdate();
    }

    public List<AttemptQuestion> asked(long attemptId) {
        // the hint fetches the versions' questions too, which a fetch join through an alias would not;
        // no flush first: flushing would load the attempt's question list only to find nothing new in it
        return em.createQuery("SELECT q FROM AttemptQuestion q WHERE q.attempt.id = :a ORDER BY q.position", AttemptQuestion.class)
                .setHint(QueryHints.FETCH, "q.version.question")
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("a", attemptId).getResultList();
    }

    public Optional<QuestionCategory> findCategory(long courseId, String name) {
        return em.createQuery("SELECT c FROM QuestionCategory c WHERE c.courseId = :c AND c.nameKey = :k", QuestionCategory.class)
                .setParameter("c", courseId).setParameter("k", QuestionCategory.key(name))
                .getResultStream().findFirst();
    }

    public List<QuestionCategory> categories(long courseId) {
        return em.createQuery("SELECT c FROM QuestionCategory c WHERE c.courseId = :c ORDER BY c.name", QuestionCategory.class)
                .setParameter("c", courseId).getResultList();
    }

    public List<Question> questions(long courseId, Long categoryId, String tag) {
        return em.createQuery("SELECT q FROM Question q JOIN FETCH q.currentVersion WHERE q.courseId = :c AND q.archived = false"
                                + " AND (:cat IS NULL OR q.category.id = :cat) AND (:tag IS NULL OR q.tags LIKE :tag) ORDER BY q.id",
                        Question.class)
                .setParameter("c", courseId).setParameter("cat", categoryId)
                .setParameter("tag", tag == null || tag.isBlank() ? null : "% " + tag.strip().toLowerCase(java.util.Locale.ROOT) + " %")
                .getResultList();
    }

    public List<Question> inCategory(long categoryId) {
        return em.createQuery("SELECT q FROM Question q JOIN FETCH q.currentVersion WHERE q.category.id = :c AND q.archived = false ORDER BY q.id",
                        Question.class)
                .setParameter("c", categoryId).getResultList();
    }

    public int nextVersionNumber(long questionId) {
        Integer max = em.createQuery("SELECT MAX(v.number) FROM QuestionVersion v WHERE v.question.id = :q", Integer.class)
                .setParameter("q", questionId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** A course's quizzes that have questions, in creation order. */
    public List<Quiz> playableQuizzes(long courseId) {
        return em.createQuery("SELECT q FROM Quiz q WHERE q.courseId = :c AND EXISTS (SELECT s FROM QuizSlot s WHERE s.quiz = q)"
                        + " ORDER BY q.id", Quiz.class)
                .setParameter("c", courseId).getResultList();
    }

    /** A learner's graded percentages in a course's quizzes, by quiz, in attempt order (one query). */
    public java.util.Map<Long, List<java.math.BigDecimal>> gradedPercents(long accountId, long courseId) {
        java.util.Map<Long, List<java.math.BigDecimal>> byQuiz = new java.util.HashMap<>();
        em.createQuery("SELECT a.quiz.id, a.percent FROM QuizAttempt a WHERE a.accountId = :l AND a.quiz.courseId = :c"
                        + " AND a.status = :graded ORDER BY a.number", Object[].class)
                .setParameter("l", accountId).setParameter("c", courseId).setParameter("graded", AttemptStatus.GRADED)
                .getResultList()
                .forEach(row -> byQuiz.computeIfAbsent((Long) row[0], k -> new java.util.ArrayList<>()).add((java.math.BigDecimal) row[1]));
        return byQuiz;
    }

    public long slotCount(long quizId) {
        return em.createQuery("SELECT COUNT(s) FROM QuizSlot s WHERE s.quiz.id = :quiz", Long.class)
                .setParameter("quiz", quizId).getSingleResult();
    }

    /** A quiz's slots with their fixed questions and those questions' current versions, in one query. */
    public List<QuizSlot> slots(long quizId) {
        // EclipseLink ignores a fetch join through another's alias; its hint fetches the versions too
        return em.createQuery("SELECT s FROM QuizSlot s WHERE s.quiz.id = :quiz ORDER BY s.position", QuizSlot.class)
                .setHint(QueryHints.LEFT_FETCH, "s.question.currentVersion")
                .setParameter("quiz", quizId).getResultList();
    }

    public List<Quiz> quizzes(long courseId) {
        return em.createQuery("SELECT q FROM Quiz q WHERE q.courseId = :c ORDER BY q.id", Quiz.class)
                .setParameter("c", courseId).getResultList();
    }

    public Optional<QuizOverride> findOverride(long quizId, long accountId) {
        return Optional.ofNullable(em.find(QuizOverride.class, new QuizOverride.Key(quizId, accountId)));
    }

    public List<QuizOverride> overrides(long quizId) {
        return em.createQuery("SELECT o FROM QuizOverride o WHERE o.quizId = :q", QuizOverride.class)
                .setParameter("q", quizId).getResultList();
    }

    public Optional<QuizAttempt> findOpen(long quizId, long accountId) {
        return em.createQuery("SELECT a FROM QuizAttempt a WHERE a.quiz.id = :q AND a.accountId = :l AND a.openFlag = 1",
                        QuizAttempt.class)
                .setParameter("q", quizId).setParameter("l", accountId).getResultStream().findFirst();
    }

    public List<QuizAttempt> attempts(long quizId, long accountId) {
        return em.createQuery("SELECT a FROM QuizAttempt a WHERE a.quiz.id = :q AND a.accountId = :l ORDER BY a.number",
                        QuizAttempt.class)
                .setParameter("q", quizId).setParameter("l", accountId).getResultList();
    }

    public List<QuizAttempt> attemptsOf(long quizId) {
        return em.createQuery("SELECT a FROM QuizAttempt a WHERE a.quiz.id = :q ORDER BY a.id", QuizAttempt.class)
                .setParameter("q", quizId).getResultList();
    }

    public List<Long> overdue(Instant cutoff, int limit) {
        return em.createQuery("SELECT a.id FROM QuizAttempt a WHERE a.openFlag = 1 AND a.deadlineAt < :cutoff ORDER BY a.deadlineAt",
                        Long.class)
                .setParameter("cutoff", cutoff).setMaxResults(limit).getResultList();
    }

    /** Submitted attempts that asked this version (the ones a key correction regrades). */
    public List<QuizAttempt> submittedWith(long versionId) {
        return em.createQuery("SELECT DISTINCT q.attempt FROM AttemptQuestion q WHERE q.version.id = :v AND q.attempt.openFlag IS NULL",
                        QuizAttempt.class)
                .setParameter("v", versionId).getResultList();
    }

    public List<Long> pendingRegrades(int limit) {
        return em.createQuery("SELECT i.id FROM RegradeItem i WHERE i.doneAt IS NULL ORDER BY i.id", Long.class)
                .setMaxResults(limit).getResultList();
    }

    public Optional<RegradeItem> findRegradeItemLocked(long id) {
        return Optional.ofNullable(em.find(RegradeItem.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public RegradeJob getRegradeJob(long id) {
        return Optional.ofNullable(em.find(RegradeJob.class, id)).orElseThrow(NotFoundException::new);
    }

    public List<RegradeItem> regradeItems(long jobId) {
        return em.createQuery("SELECT i FROM RegradeItem i WHERE i.job.id = :j ORDER BY i.id", RegradeItem.class)
                .setParameter("j", jobId).getResultList();
    }

    public int finishRegrades(Instant now) {
        List<Long> finished = em.createQuery("SELECT j.id FROM RegradeJob j WHERE j.finishedAt IS NULL"
                        + " AND NOT EXISTS (SELECT i FROM RegradeItem i WHERE i.job = j AND i.doneAt IS NULL)", Long.class)
                .getResultList();
        if (finished.isEmpty()) {
            return 0;
        }
        return em.createQuery("UPDATE RegradeJob j SET j.finishedAt = :now WHERE j.id IN :ids AND j.finishedAt IS NULL")
                .setParameter("now", now).setParameter("ids", finished).executeUpdate();
    }

    public long pendingItems(long jobId) {
        return em.createQuery("SELECT COUNT(i) FROM RegradeItem i WHERE i.job.id = :j AND i.doneAt IS NULL", Long.class)
                .setParameter("j", jobId).getSingleResult();
    }

    /** Questions waiting for a person's marks in these courses, oldest submit first. */
    public List<AttemptQuestion> gradingQueue(List<Long> courseIds, Long quizId) {
        if (courseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT q FROM AttemptQuestion q JOIN FETCH q.attempt a JOIN FETCH a.quiz z"
                                + " WHERE q.needsGrading = true AND z.courseId IN :c AND (:quiz IS NULL OR z.id = :quiz)"
                                + " ORDER BY a.submittedAt, q.position", AttemptQuestion.class)
                .setParameter("c", courseIds).setParameter("quiz", quizId).getResultList();
    }

    /** Every question asked in the graded attempts of a quiz, for statistics. */
    public List<AttemptQuestion> gradedAnswers(long quizId) {
        return em.createQuery("SELECT q FROM AttemptQuestion q JOIN FETCH q.attempt a JOIN FETCH q.version v JOIN FETCH v.question"
                                + " WHERE a.quiz.id = :quiz AND a.status = :graded ORDER BY a.id, q.position", AttemptQuestion.class)
                .setParameter("quiz", quizId).setParameter("graded", AttemptStatus.GRADED).getResultList();
    }
}
