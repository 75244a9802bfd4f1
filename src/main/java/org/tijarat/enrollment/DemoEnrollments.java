package org.tijarat.enrollment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tijarat.course.CourseOutlines;
import org.tijarat.course.CourseRevision;
import org.tijarat.identity.Account;
import org.tijarat.identity.AccountRepository;

/**
 * Demo learning for {@code scripts/run}: the Indus Leather owner is enrolled in the starter course
 * and has done its first lessons, a cohort holds the Sialkot learners, and the Karachi Crafts owner
 * holds a certificate of the Urdu course (a completion the admin recorded). Once, on first start.
 */
@Singleton
@Startup
@DependsOn("DemoCourses")
public class DemoEnrollments {

    private static final Logger LOG = Logger.getLogger(DemoEnrollments.class.getName());
    private static final String COHORT = "Sialkot batch";

    @Inject
    @ConfigProperty(name = "tijarat.demo-data", defaultValue = "false")
    private boolean enabled;

    @Inject
    private AccountRepository accounts;

    @Inject
    private EnrollmentRepository enrollments;

    @Inject
    private CourseOutlines outlines;

    @Inject
    private Progress progress;

    @Inject
    private Clock clock;

    @PostConstruct
    void seed() {
        if (!enabled || enrollments.cohorts().stream().anyMatch(c -> c.getName().startsWith(COHORT))) {
            return;
        }
        var owner = accounts.findByEmail("owner@indusleather.example");
        var member = accounts.findByEmail("sana@indusleather.example");
        var admin = accounts.findByEmail("admin@tijarat.example");
        var course = outlines.bySlug("selling-on-amazon-from-pakistan");
        if (owner.isEmpty() || member.isEmpty() || admin.isEmpty() || course.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(Account.DEFAULT_TIME_ZONE)));
        Cohort cohort = new Cohort(COHORT + ", " + today.getYear(), today, today.plusMonths(3), admin.get(), clock.instant());
        cohort.add(owner.get());
        cohort.add(member.get());
        enrollments.persist(cohort);

        Enrollment enrollment = new Enrollment(course.get().getId(), owner.get(), cohort, clock.instant());
        enrollment.activate(clock.instant(), null, false, admin.get());
        enrollments.persist(enrollment);
        CourseRevision revision = course.get().getPublishedRevision();
        revision.lessons().stream().limit(2).forEach(l -> progress.completeLesson(enrollment, l.getLessonKey()));

        // a certificate to look at: the Karachi Crafts owner's prior learning, recognised by the admin
        var certified = accounts.findByEmail("fatima@karachicrafts.example");
        var urdu = outlines.bySlug("amazon-par-farokht");
        if (certified.isPresent() && urdu.isPresent()) {
            Enrollment recognised = new Enrollment(urdu.get().getId(), certified.get(), null, clock.instant());
            recognised.activate(clock.instant(), null, false, admin.get());
            enrollments.persist(recognised);
            progress.completeManually(recognised, admin.get().getId(), "Recognised prior learning: the launch webinar series");
        }
        LOG.info("Demo enrollments, cohort and certificate created");
    }
}
