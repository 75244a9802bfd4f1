package org.tijarat.enrollment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.Optional;
import org.tijarat.course.CourseOutlines;
import org.tijarat.identity.Account;
import org.tijarat.identity.AccountRepository;
import org.tijarat.identity.Caller;
import org.tijarat.identity.Role;
import jakarta.persistence.PersistenceException;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.ConcurrentChangeException;
import org.tijarat.platform.NotAllowedException;
import org.tijarat.platform.NotFoundException;

/**
 * Enrollment: learners enrol themselves as a course's rules allow, trainers and admins enrol them
 * and decide requests, learners withdraw and come back with their progress kept. Every admission
 * runs in a transaction of its own ({@link Admissions}), so a double click, a retry or two
 * concurrent requests give one enrollment and "already enrolled" is a success.
 */
@Stateless
public class EnrollmentService {

    @Inject
    private Admissions admissions;

    @Inject
    private EnrollmentRepository enrollments;

    @Inject
    private AccountRepository accounts;

    @Inject
    private CourseOutlines outlines;

    @Inject
    private EnrollmentMails mails;

    @Inject
    private Progress progress;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** The caller enrols in a course (or asks to, under the approval policy); the key when the course has one. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Enrollment enroll(long courseId, String key) {
        Account learner = caller.account();
        return admit(new Admission(learner.getId(), courseId, key, true, null, null));
    }

    /** A trainer of the course or an admin enrols a learner, whatever the course's policy (capacity still holds). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Enrollment enrollLearner(long courseId, String email) {
        Account decider = requireEditor(courseId);
        Account learner = accounts.findByEmail(email == null ? "" : email.strip())
                .orElseThrow(() -> BusinessException.at("email", "enrollment.no_such_account"));
        return admit(new Admission(learner.getId(), courseId, null, false, null, decider.getId()));
    }

    private Enrollment admit(Admission admission) {
        return admissions.admitOnce(admission);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Enrollment approve(long enrollmentId) {
        Enrollment enrollment = enrollments.get(enrollmentId);
        Account decider = requireEditor(enrollment.getCourseId());
        return admissions.approve(enrollmentId, decider.getId());
    }

    public Enrollment decline(long enrollmentId) {
        Enrollment enrollment = enrollments.lock(enrollmentId);
        Account decider = requireEditor(enrollment.getCourseId());
        enrollment.decline(decider, clock.instant());
        mails.declined(enrollment, outlines.course(enrollment.getCourseId()));
        return enrollment;
    }

    /** The caller leaves a course; progress and any completion are kept for a return. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Enrollment withdraw(long courseId) {
        Account learner = caller.account();
        Enrollment enrollment = enrollments.find(learner.getId(), courseId)
                .orElseThrow(() -> new BusinessException("enrollment.not_enrolled"));
        return admissions.withdraw(enrollment.getId());
    }

    /** The caller's enrollment in a course, if any. */
    public Optional<Enrollment> mine(long courseId) {
        return caller.current().flatMap(account -> enrollments.find(account.getId(), courseId));
    }

    public EnrollmentRules rules(long courseId) {
        return enrollments.findRules(courseId).orElseGet(() -> new EnrollmentRules(courseId));
    }

    /**
     * A trainer of the course or an admin changes its enrollment rules. Under the rules lock the
     * seats are counted afresh, so a capacity set on a course with learners starts from them.
     */
    public EnrollmentRules changeRules(long courseId, RulesForm form) {
        requireEditor(courseId);
        Optional<EnrollmentRules> saved = enrollments.lockRules(courseId);
        if (saved.isPresent() && saved.get().getVersion() != form.getVersion()) {
            throw new ConcurrentChangeException();
        }
        EnrollmentRules rules = saved.orElseGet(() -> firstRules(courseId));
        for (Long prerequisite : form.getPrerequisites()) {
            if (outlines.course(prerequisite).getPublishedRevision() == null) {
                throw BusinessException.at("prerequisites", "enrollment_rules.prerequisite_unpublished");
            }
        }
        rules.recount(enrollments.countSeatHolders(courseId));
        rules.change(form);
        return rules;
    }

    /** The first rules of a course; a concurrent first save loses at the primary key with a clear message. */
    private EnrollmentRules firstRules(long courseId) {
        EnrollmentRules fresh = new EnrollmentRules(courseId);
        try {
            enrollments.persist(fresh);
            enrollments.flush();
        } catch (PersistenceException e) {
            throw new ConcurrentChangeException();
        }
        return fresh;
    }

    // --- requirement facts: what other capabilities report ----------------------------------------

    /**
     * Declares that a course needs something besides its lessons (a required quiz: key
     * {@code quiz:12}), as a trainer of the course marks it required.
     */
    public void requireForCompletion(long courseId, String requirementKey, String title) {
        requireEditor(courseId);
        enrollments.findRequirement(courseId, requirementKey).ifPresentOrElse(r -> r.retitle(title),
                () -> enrollments.persist(new CourseRequirement(courseId, requirementKey, title)));
    }

    /** The course no longer needs it; facts already reported stay, and completions stay final. */
    public void dropRequirement(long courseId, String requirementKey) {
        requireEditor(courseId);
        enrollments.findRequirement(courseId, requirementKey).ifPresent(enrollments::remove);
    }

    /**
     * Reports a fact about a learner in a course ("quiz 12 passed with 84 %"), which may complete
     * the course. No caller check: the capability that decided the fact checked who acts, and it may
     * be a background sweep with nobody signed in. No page or REST resource reaches it.
     */
    public void report(long accountId, long courseId, String requirementKey, boolean met, BigDecimal scorePercent) {
        Enrollment enrollment = enrollments.findLocked(accountId, courseId).orElseThrow(NotFoundException::new);
        progress.report(enrollment, requirementKey, met, scorePercent);
    }

    /**
     * An admin records a completion for an enrollment (recognised prior learning), with a reason:
     * the course counts as completed and a certificate follows as for an earned completion.
     */
    public Enrollment recordCompletion(long enrollmentId, String reason) {
        Account admin = caller.require(Role.ADMIN);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > Enrollment.NOTE_MAX) {
            throw BusinessException.at("reason", "enrollment.completion_reason_required", Enrollment.NOTE_MAX);
        }
        Enrollment enrollment = enrollments.lock(enrollmentId);
        if (!progress.completeManually(enrollment, admin.getId(), why)) {
            throw new BusinessException("enrollment.already_completed");
        }
        return enrollment;
    }

    /** What a completed enrollment achieved: its completion and the scores reported for its requirements. */
    public CompletionRecord completionRecord(long enrollmentId) {
        Enrollment enrollment = enrollments.get(enrollmentId);
        if (!enrollment.isCompleted()) {
            throw new BusinessException("enrollment.not_completed");
        }
        Set<String> required = enrollments.requirements(enrollment.getCourseId()).stream()
                .map(CourseRequirement::getRequirementKey).collect(Collectors.toSet());
        Map<String, BigDecimal> scores = new TreeMap<>();
        for (RequirementFact fact : enrollments.facts(enrollment)) {
            if (required.contains(fact.getRequirementKey()) && fact.getScorePercent() != null) {
                scores.put(fact.getRequirementKey(), fact.getScorePercent());
            }
        }
        return new CompletionRecord(enrollment.getId(), enrollment.getCourseId(), enrollment.getAccount(),
                enrollment.getCompletedAt(), enrollment.getCompletionNote(), scores);
    }

    /** The enrollments of a learner, found by e-mail address, for an admin recording a completion. */
    public List<Enrollment> enrollmentsOf(String email) {
        caller.require(Role.ADMIN);
        Account learner = accounts.findByEmail(email == null ? "" : email.strip())
                .orElseThrow(() -> BusinessException.at("email", "enrollment.no_such_account"));
        return enrollments.byLearner(learner.getId());
    }

    public List<CourseRequirement> requirements(long courseId) {
        return enrollments.requirements(courseId);
    }

    private Account requireEditor(long courseId) {
        Account account = caller.require(Role.TRAINER);
        if (!outlines.callerEdits(courseId)) {
            throw new NotAllowedException();
        }
        return account;
    }
}
