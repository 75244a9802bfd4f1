package org.tijarat.enrollment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tijarat.course.Course;
import org.tijarat.course.CourseCategory;
import org.tijarat.course.CourseDetails;
import org.tijarat.course.CourseLevel;
import org.tijarat.course.CourseModule;
import org.tijarat.course.CourseService;
import org.tijarat.course.CurriculumService;
import org.tijarat.course.Lesson;
import org.tijarat.course.LessonContent;
import org.tijarat.course.LessonKind;
import org.tijarat.course.MediaSamples;
import org.tijarat.course.MediaType;
import org.tijarat.course.PublishingService;
import org.tijarat.identity.Account;
import org.tijarat.identity.Enterprise;
import org.tijarat.identity.EnterpriseDetails;
import org.tijarat.identity.EnterpriseRole;
import org.tijarat.identity.EmployeeBand;
import org.tijarat.identity.Province;
import org.tijarat.identity.Role;
import org.tijarat.identity.Sector;
import org.tijarat.platform.Language;
import org.tijarat.testing.ActingCaller;
import org.tijarat.testing.Transactions;

/** Builds what enrollment tests need: verified accounts, enterprises, published courses; records completions. */
@ApplicationScoped
public class EnrollmentFixtures {

    /** A published course and its lessons' keys, module by module. */
    public record Published(long courseId, String slug, List<List<String>> lessonKeys, List<Long> lessonIds) {
        public String key(int module, int lesson) {
            return lessonKeys.get(module).get(lesson);
        }
    }

    private final List<CourseCompleted> completions = new CopyOnWriteArrayList<>();

    @Inject
    private Transactions tx;

    @Inject
    private ActingCaller caller;

    @Inject
    private CourseService courses;

    @Inject
    private CurriculumService curriculum;

    @Inject
    private PublishingService publishing;

    void onCompleted(@Observes CourseCompleted event) {
        completions.add(event);
    }

    public long completionsOf(long enrollmentId) {
        return completions.stream().filter(c -> c.enrollmentId() == enrollmentId).count();
    }

    public Account account(Role role) {
        return account(role, null, null);
    }

    public Account account(Role role, Enterprise enterprise, EnterpriseRole enterpriseRole) {
        return tx.call(em -> {
            String email = role.name().toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@enrol.example";
            Account account = new Account(email, "Learner " + email.substring(0, 14), null, Language.EN, role, Instant.now());
            account.verifyEmail(Instant.now());
            if (enterprise != null) {
                account.joinEnterprise(em.find(Enterprise.class, enterprise.getId()), enterpriseRole);
            }
            em.persist(account);
            em.flush();
            return account;
        });
    }

    public Account unverified() {
        return tx.call(em -> {
            Account account = new Account("new." + UUID.randomUUID().toString().substring(0, 8) + "@enrol.example",
                    "Not verified", null, Language.EN, Role.LEARNER, Instant.now());
            em.persist(account);
            em.flush();
            return account;
        });
    }

    public Enterprise enterprise(String name) {
        return tx.call(em -> {
            EnterpriseDetails details = new EnterpriseDetails();
            details.setLegalName(name);
            details.setSector(Sector.values()[0]);
            details.setProvince(Province.PUNJAB);
            details.setCity("Lahore");
            details.setEmployeeBand(EmployeeBand.values()[0]);
            Enterprise enterprise = new Enterprise(details, Instant.now());
            em.persist(enterprise);
            em.flush();
            return enterprise;
        });
    }

    /** A course published by the trainer, with the given number of text lessons in each module. */
    public Published publish(Account trainer, int... lessonsPerModule) {
        return publish(trainer, false, lessonsPerModule);
    }

    /** The same; with {@code video}, the first lesson of the first module is an uploaded MP4. */
    public Published publish(Account trainer, boolean video, int... lessonsPerModule) {
        caller.actAs(trainer);
        Course course = courses.create(details("Enrollment course " + UUID.randomUUID().toString().substring(0, 6)));
        List<List<String>> keys = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int m = 0; m < lessonsPerModule.length; m++) {
            CourseModule module = curriculum.addModule(course.getId(), "Module " + (m + 1));
            List<String> moduleKeys = new ArrayList<>();
            for (int l = 0; l < lessonsPerModule[m]; l++) {
                boolean isVideo = video && m == 0 && l == 0;
                Lesson lesson = curriculum.addLesson(module.getId(), "Lesson " + (m + 1) + "." + (l + 1),
                        isVideo ? LessonKind.VIDEO : LessonKind.TEXT);
                if (isVideo) {
                    curriculum.attach(lesson.getId(), MediaType.Use.VIDEO, new ByteArrayInputStream(MediaSamples.mp4(2048)),
                            "lesson.mp4", "video");
                } else {
                    curriculum.updateLesson(lesson.getId(), text(lesson));
                }
                moduleKeys.add(lesson.getLessonKey());
                ids.add(lesson.getId());
            }
            keys.add(moduleKeys);
        }
        publishing.publish(course.getId());
        return new Published(course.getId(), course.getSlug(), keys, ids);
    }

    /** Adds a required text lesson to the first module and publishes again; returns its key. */
    public String addLessonAndRepublish(Account trainer, Published course) {
        caller.actAs(trainer);
        long moduleId = courses.forEditing(course.courseId()).getModules().getFirst().getId();
        Lesson lesson = curriculum.addLesson(moduleId, "Added later", LessonKind.TEXT);
        curriculum.updateLesson(lesson.getId(), text(lesson));
        publishing.publish(course.courseId());
        return lesson.getLessonKey();
    }

    public Course draft(Account trainer) {
        caller.actAs(trainer);
        return courses.create(details("Draft " + UUID.randomUUID().toString().substring(0, 6)));
    }

    private LessonContent text(Lesson lesson) {
        LessonContent content = new LessonContent();
        content.setTitle(lesson.getTitle());
        content.setKind(LessonKind.TEXT);
        content.setMinutes(5);
        content.setBodyHtml("<p>What a seller needs to know.</p>");
        content.setVersion(curriculum.lessonForEditing(lesson.getId()).getVersion());
        return content;
    }

    private static CourseDetails details(String title) {
        CourseDetails details = new CourseDetails();
        details.setTitle(title);
        details.setSlug("e-" + UUID.randomUUID().toString().substring(0, 13));
        details.setSummary("About " + title);
        details.setLanguage(Language.EN);
        details.setLevel(CourseLevel.BEGINNER);
        details.setCategory(CourseCategory.GETTING_STARTED);
        details.setEstimatedHours(new BigDecimal("2"));
        return details;
    }

    public static BigDecimal percent(String value) {
        return new BigDecimal(value);
    }
}
