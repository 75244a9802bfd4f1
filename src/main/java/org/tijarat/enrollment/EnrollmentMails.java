package org.tijarat.enrollment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.tijarat.course.Course;
import org.tijarat.identity.Account;
import org.tijarat.platform.Language;
import org.tijarat.platform.Links;
import org.tijarat.platform.Texts;
import org.tijarat.platform.mail.MailOutbox;

/**
 * Enrollment's mails, queued in the outbox in the transaction that decides them: a rollback sends
 * nothing and a crash loses nothing.
 */
@ApplicationScoped
public class EnrollmentMails {

    @Inject
    private MailOutbox outbox;

    @Inject
    private Links links;

    void confirmed(Enrollment enrollment, Course course) {
        Account learner = enrollment.getAccount();
        outbox.enqueue(learner.getEmail(), learner.getLanguage().locale(), "enrollment_confirmed",
                learner.getDisplayName(), course.getTitle(), learnLink(course), ends(enrollment, learner));
    }

    void approved(Enrollment enrollment, Course course) {
        Account learner = enrollment.getAccount();
        outbox.enqueue(learner.getEmail(), learner.getLanguage().locale(), "enrollment_approved",
                learner.getDisplayName(), course.getTitle(), learnLink(course), ends(enrollment, learner));
    }

    void declined(Enrollment enrollment, Course course) {
        Account learner = enrollment.getAccount();
        outbox.enqueue(learner.getEmail(), learner.getLanguage().locale(), "enrollment_declined",
                learner.getDisplayName(), course.getTitle(), links.to("/catalog"));
    }

    /** An address without an account: an invitation to sign up, which enrols on verification. */
    void invited(String email, Course course, Language language) {
        outbox.enqueue(email, language.locale(), "enrollment_invitation", course.getTitle(),
                links.to("/signup", "email", email));
    }

    void accessEnding(Enrollment enrollment, Course course) {
        Account learner = enrollment.getAccount();
        outbox.enqueue(learner.getEmail(), learner.getLanguage().locale(), "access_ending",
                learner.getDisplayName(), course.getTitle(), date(enrollment.getAccessEndsAt(), learner), learnLink(course));
    }

    private String learnLink(Course course) {
        return links.to("/learn/lesson", "course", course.getSlug());
    }

    /** Until when access lasts, in the learner's language. */
    private static String ends(Enrollment enrollment, Account learner) {
        return enrollment.getAccessEndsAt() == null ? Texts.get(learner.getLanguage().locale(), "enrollment.no_access_end")
                : date(enrollment.getAccessEndsAt(), learner);
    }

    private static String date(Instant instant, Account learner) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(learner.getLanguage().locale())
                .withZone(ZoneId.of(learner.getTimeZone()))
                .format(instant);
    }
}
