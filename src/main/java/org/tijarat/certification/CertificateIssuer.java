package org.tijarat.certification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tijarat.course.Course;
import org.tijarat.course.CourseOutlines;
import org.tijarat.enrollment.CompletionRecord;
import org.tijarat.enrollment.CourseCompleted;
import org.tijarat.enrollment.EnrollmentService;
import org.tijarat.identity.Account;
import org.tijarat.identity.Enterprise;
import org.tijarat.platform.Links;
import org.tijarat.platform.TextNormalizer;
import org.tijarat.platform.mail.MailOutbox;

/**
 * Issues a certificate when a course is completed, in the transaction that records the completion:
 * both commit or neither does. Enrollment fires {@link CourseCompleted} once per enrollment under
 * the enrollment's row lock; a second report finds the certificate there, and the unique key on
 * the enrollment backs it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CertificateIssuer {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String QUIZ_REQUIREMENT = "quiz:";

    @Inject
    private CertificateRepository certificates;

    @Inject
    private EnrollmentService enrollments;

    @Inject
    private CourseOutlines outlines;

    @Inject
    private SigningKeys keys;

    @Inject
    private Credentials credentials;

    @Inject
    private Clock clock;

    @Inject
    private MailOutbox mail;

    @Inject
    private Links links;

    @Inject
    @ConfigProperty(name = "tijarat.program-name")
    private String programName;

    public void onCompleted(@Observes(during = TransactionPhase.IN_PROGRESS) CourseCompleted completed) {
        issueFor(completed.enrollmentId(), null);
    }

    /** The enrollment's certificate: the one there, or a new one. */
    public Certificate issueFor(long enrollmentId, Account actor) {
        var existing = certificates.currentOf(enrollmentId);
        if (existing.isPresent()) {
            return existing.get();
        }
        CompletionRecord completion = enrollments.completionRecord(enrollmentId);
        Achievement achievement = achievement(completion);
        Certificate certificate = store(achievement);
        Account learner = completion.learner();
        mail.enqueue(learner.getEmail(), learner.getLanguage().locale(), "certificate_issued", learner.getDisplayName(),
                certificate.getCourseTitle(), links.to("/my/certificates"), links.to("/verify/" + certificate.getCode()));
        certificates.persist(new CertificateEvent(certificate.getId(), certificate.getIssuedAt(), actor,
                completion.manualReason() == null ? CertificateEvent.Action.ISSUED : CertificateEvent.Action.ISSUED_MANUALLY,
                completion.manualReason()));
        return certificate;
    }

    /** Stores a certificate for an achievement with a fresh code and status slot, and signs its credential (also for a reissue). */
    public Certificate store(Achievement achievement) {
        Instant now = clock.instant();
        Certificate certificate = new Certificate(CertificateCode.generate(), achievement, freeSlot(), now);
        certificates.persist(certificate);
        certificates.flush();
        if (keys.hasKey()) {
            certificate.signed(credentials.signedCredential(certificate));
        }
        return certificate;
    }

    private Achievement achievement(CompletionRecord completion) {
        Account learner = completion.learner();
        Enterprise enterprise = learner.getEnterprise();
        Course course = outlines.course(completion.courseId());
        String title = outlines.published(course.getId()).map(r -> r.getTitle()).orElse(course.getTitle());
        LocalDate completedOn = completion.completedAt().atZone(zoneOf(learner)).toLocalDate();
        LocalDate expires = certificates.validity(course.getId())
                .map(v -> completedOn.plusMonths(v.getValidityMonths())).orElse(null);
        String latin = learner.getLatinName();
        return new Achievement(completion.enrollmentId(), learner.getId(), course.getId(),
                enterprise == null ? null : enterprise.getId(), learner.getDisplayName(), latin,
                searchKey(learner.getDisplayName(), latin), learner.getEmail(),
                enterprise == null ? null : enterprise.getLegalName(), enterprise == null ? null : enterprise.getCity(),
                title, course.getSlug(), programName, completedOn, grade(completion), expires);
    }

    /** The average of the required quizzes' grades (each already by its quiz's grading method); none without a graded quiz. */
    static BigDecimal grade(CompletionRecord completion) {
        Collection<BigDecimal> grades = completion.requirementScores().entrySet().stream()
                .filter(e -> e.getKey().startsWith(QUIZ_REQUIREMENT)).map(java.util.Map.Entry::getValue).toList();
        if (grades.isEmpty()) {
            return null;
        }
        BigDecimal sum = grades.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(grades.size()), 2, RoundingMode.HALF_UP);
    }

    static String searchKey(String name, String latin) {
        String key = TextNormalizer.searchKey(name + (latin == null ? "" : " " + latin));
        return key.length() > 260 ? key.substring(0, 260) : key;
    }

    static ZoneId zoneOf(Account learner) {
        try {
            return ZoneId.of(learner.getTimeZone());
        } catch (RuntimeException e) {
            return ZoneId.of("Asia/Karachi");
        }
    }

    /**
     * A random free place in the current status list (random, so a list says nothing about issue
     * order); a list is filled to half, then the next one starts.
     */
    private StatusSlot freeSlot() {
        int list = certificates.highestList();
        if (certificates.countInList(list) >= StatusBitstring.SIZE / 2) {
            list++;
        }
        for (int attempt = 0; attempt < 64; attempt++) {
            int index = RANDOM.nextInt(StatusBitstring.SIZE);
            if (!certificates.slotTaken(list, index)) {
                return new StatusSlot(list, index);
            }
        }
        throw new IllegalStateException("No free status slot found in list " + list);
    }
}
