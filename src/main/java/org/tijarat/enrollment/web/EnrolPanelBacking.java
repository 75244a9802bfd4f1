package org.tijarat.enrollment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.tijarat.course.Course;
import org.tijarat.course.CourseOutlines;
import org.tijarat.course.web.CourseLandingBacking;
import org.tijarat.enrollment.Enrollment;
import org.tijarat.enrollment.EnrollmentRules;
import org.tijarat.enrollment.EnrollmentService;
import org.tijarat.platform.web.FacesMessages;

/**
 * The enrollment box on a course's landing page: enrol (with a key), ask to join, or continue.
 * Only signed-in visitors reach it, so anonymous visitors get a page without a session.
 */
@Named("enrolPanel")
@RequestScoped
public class EnrolPanelBacking {

    @Inject
    private EnrollmentService enrollments;

    @Inject
    private CourseOutlines outlines;

    @Inject
    private CourseLandingBacking landing;

    private String key;
    private Optional<Enrollment> mine;
    private EnrollmentRules rules;

    public String enrol() throws IOException {
        Course course = outlines.course(courseId());
        Enrollment enrollment = enrollments.enroll(courseId(), key);
        if (enrollment.isPending()) {
            FacesMessages.info("enrol.requested");
            Faces.redirect(Faces.getRequestContextPath() + "/courses/" + course.getSlug());
            return null;
        }
        FacesMessages.info("enrol.done", course.getTitle());
        return "/learn/lesson?faces-redirect=true&course=" + course.getSlug();
    }

    public Enrollment getMine() {
        if (mine == null) {
            mine = enrollments.mine(courseId());
        }
        return mine.orElse(null);
    }

    /** Enrolled now (active or pending); withdrawn and declined learners may enrol again. */
    public boolean isEnrolled() {
        Enrollment enrollment = getMine();
        return enrollment != null && (enrollment.isActive() || enrollment.isPending());
    }

    public EnrollmentRules getRules() {
        if (rules == null) {
            rules = enrollments.rules(courseId());
        }
        return rules;
    }

    public Integer getSeatsLeft() {
        EnrollmentRules r = getRules();
        return r.getCapacity() == null ? null : Math.max(0, r.getCapacity() - r.getSeatsTaken());
    }

    private Long courseId() {
        return landing.getCourseId();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }
}
