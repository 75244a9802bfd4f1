package org.tijarat.enrollment;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tijarat.course.Course;
import org.tijarat.course.CourseOutlines;
import org.tijarat.course.CourseStatus;
import org.tijarat.identity.Account;
import org.tijarat.identity.AccountRepository;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.DuplicateKeys;
import org.tijarat.platform.Language;
import org.tijarat.platform.TextNormalizer;

/**
 * Lets one learner into one course, each time in a transaction of its own: for a course with a
 * capacity, its rules row is locked, the seat counted and the enrollment written under that lock.
 * A second insert of the same enrollment fails on the unique key and rolls back only itself; the
 * caller then reads the winner's row. Callers have checked who is acting.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Admissions {

    @Inject
    private EnrollmentRepository enrollments;

    @Inject
    private AccountRepository accounts;

    @Inject
    private CourseOutlines outlines;

    @Inject
    private EnrollmentMails mails;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;


    public Enrollment admit(Admission admission) {
        Instant now = clock.instant();
        Account learner = accounts.get(admission.accountId());
        learner.ensureCanEnrol();
        Course course = outlines.course(admission.courseId());
        requireOpenForEnrollment(course);
        EnrollmentRules rules = rulesFor(course.getId());
        Cohort cohort = admission.cohortId() == null ? null : enrollments.getCohort(admission.cohortId());
        Account decider = admission.deciderId() == null ? null : accounts.get(admission.deciderId());

        Optional<Enrollment> existing = enrollments.findLocked(learner.getId(), course.getId());
        if (existing.isPresent() && (existing.get().isActive() || existing.get().isPending() && admission.self())) {
            existing.get().joinCohort(cohort);
            return existing.get();
        }
        if (admission.self()) {
            rules.checkSelfEnrollment(admission.key(), now);
        } else {
            rules.checkAccessPeriod(now);
        }
        checkPrerequisites(learner, rules);
        Enrollment enrollment = existing.orElseGet(() -> new Enrollment(course.getId(), learner, cohort, now));
        enrollment.joinCohort(cohort);
        if (admission.self() && rules.getPolicy() == EnrollmentPolicy.APPROVAL) {
            if (rules.isFull()) {
                throw new BusinessException("enrollment.full");
            }
            enrollment.requestAgain(now);
        } else {
            rules.takeSeat();
            enrollment.activate(now, rules.accessEndFor(now), true, decider);
        }
        if (existing.isEmpty()) {
            insert(enrollment);
        }
        if (enrollment.isActive()) {
            mails.confirmed(enrollment, course);
        }
        return enrollment;
    }

    /**
     * Admits, and when a concurrent request inserted the same enrollment first, reads that one: the
     * caller gets the enrollment either way. Runs without a transaction of its own, so the insert's
     * transaction is the one that rolls back.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Enrollment admitOnce(Admission admission) {
        try {
            return context.getBusinessObject(Admissions.class).admit(admission);
        } catch (DuplicateEnrollmentException lostRace) {
            return enrollments.find(admission.accountId(), admission.courseId()).orElseThrow(() -> lostRace);
        }
    }

    /** A pending request approved by a trainer or admin: a seat is taken now. */
    public Enrollment approve(long enrollmentId, long deciderId) {
        Instant now = clock.instant();
        long courseId = enrollments.get(enrollmentId).getCourseId();
        EnrollmentRules rules = rulesFor(courseId);
        Enrollment enrollment = enrollments.lock(enrollmentId);
        enrollment.requirePending();
        rules.checkAccessPeriod(now);
        rules.takeSeat();
        enrollment.activate(now, rules.accessEndFor(now), true, accounts.get(deciderId));
        mails.approved(enrollment, outlines.course(courseId));
        return enrollment;
    }

    /** One line of a bulk enrollment, in a transaction of its own; a refusal becomes the line's error. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BulkRow carryOut(BulkRow row, long courseId, Long cohortId, long adminId) {
        try {
            return context.getBusinessObject(Admissions.class).carryOutInOwnTransaction(row, courseId, cohortId, adminId);
        } catch (DuplicateEnrollmentException lostRace) {
            return new BulkRow(row.line(), row.email(), BulkRow.Outcome.ALREADY, null);
        } catch (BusinessException refused) {
            return row.failed(refused.getMessageKey(), refused.getArguments());
        }
    }

    public BulkRow carryOutInOwnTransaction(BulkRow row, long courseId, Long cohortId, long adminId) {
        return apply(row, courseId, cohortId, adminId);
    }

    /** Every line of a bulk enrollment in one transaction: the first refusal undoes them all, naming its line. */
    public List<BulkRow> carryOutTogether(List<BulkRow> plan, long courseId, Long cohortId, long adminId, Locale locale) {
        List<BulkRow> done = new ArrayList<>();
        for (BulkRow row : plan) {
            try {
                done.add(apply(row, courseId, cohortId, adminId));
            } catch (DuplicateEnrollmentException lostRace) {
                throw new BusinessException("bulk.concurrent");
            } catch (BusinessException refused) {
                throw BusinessException.withReasons("bulk.has_errors", List.of(BulkRow.lineRefusal(
                        row.failed(refused.getMessageKey(), refused.getArguments()), locale)));
            }
        }
        return done;
    }

    private BulkRow apply(BulkRow row, long courseId, Long cohortId, long adminId) {
        switch (row.outcome()) {
            case ENROL, ALREADY -> {
                Account learner = accounts.findByEmail(row.email()).orElseThrow(() -> new BusinessException("enrollment.no_such_account"));
                boolean was = enrollments.find(learner.getId(), courseId).map(Enrollment::isActive).orElse(false);
                admit(new Admission(learner.getId(), courseId, null, false, cohortId, adminId));
                return new BulkRow(row.line(), row.email(), was ? BulkRow.Outcome.ALREADY : BulkRow.Outcome.ENROL, null);
            }
            case INVITE -> {
                invite(row.email(), courseId, cohortId, adminId);
                return row;
            }
            default -> {
                return row;
            }
        }
    }

    /** Records an invitation for an address without a usable account and mails it; a repeated one is not mailed again. */
    private void invite(String email, long courseId, Long cohortId, long adminId) {
        String normalized = TextNormalizer.email(email);
        if (enrollments.findInvitation(normalized, courseId).isPresent()) {
            return;
        }
        Course course = outlines.course(courseId);
        Cohort cohort = cohortId == null ? null : enrollments.getCohort(cohortId);
        try {
            enrollments.persist(new EnrollmentInvitation(normalized, courseId, cohort, accounts.get(adminId), clock.instant()));
            enrollments.flush();
        } catch (PersistenceException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw new DuplicateEnrollmentException(e);
            }
            throw e;
        }
        Language language = accounts.findByEmail(email).map(Account::getLanguage).orElse(course.getLanguage());
        mails.invited(email, course, language);
    }

    /** An invitation has been turned into an enrollment (or refused): it is not tried again. */
    public void settle(long invitationId) {
        enrollments.invitation(invitationId).accepted(clock.instant());
    }

    /** Leaves a course; a seat it held is freed for someone else. */
    public Enrollment withdraw(long enrollmentId) {
        long courseId = enrollments.get(enrollmentId).getCourseId();
        EnrollmentRules rules = rulesFor(courseId);
        Enrollment enrollment = enrollments.lock(enrollmentId);
        if (enrollment.withdraw(clock.instant())) {
            rules.releaseSeat();
        }
        return enrollment;
    }

    /**
     * The course's rules, read past any snapshot and locked, so admissions to one course run one at a
     * time and seats are counted right. A course whose rules were never set has no row: open,
     * unlimited, and nothing to count until rules are saved, which counts the active enrollments.
     */
    private EnrollmentRules rulesFor(long courseId) {
        return enrollments.lockRules(courseId).orElseGet(() -> new EnrollmentRules(courseId));
    }

    static void requireOpenForEnrollment(Course course) {
        if (course.getStatus() == CourseStatus.DRAFT || course.getPublishedRevision() == null) {
            throw new BusinessException("enrollment.course_not_published");
        }
        if (course.getStatus() == CourseStatus.ARCHIVED) {
            throw new BusinessException("enrollment.course_archived");
        }
    }

    private void checkPrerequisites(Account learner, EnrollmentRules rules) {
        if (!rules.getPrerequisites().isEmpty()
                && enrollments.completedAmong(learner.getId(), rules.getPrerequisites()) < rules.getPrerequisites().size()) {
            throw new BusinessException("enrollment.prerequisites_missing");
        }
    }

    private void insert(Enrollment enrollment) {
        try {
            enrollments.persist(enrollment);
            enrollments.flush();
        } catch (PersistenceException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw new DuplicateEnrollmentException(e);
            }
            throw e;
        }
    }
}
