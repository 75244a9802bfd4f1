package org.tijarat.enrollment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.tijarat.course.Course;
import org.tijarat.course.CourseOutlines;
import org.tijarat.enrollment.CourseRequirement;
import org.tijarat.enrollment.EnrollmentPolicy;
import org.tijarat.enrollment.EnrollmentService;
import org.tijarat.enrollment.RosterRow;
import org.tijarat.enrollment.RosterService;
import org.tijarat.enrollment.RulesForm;
import org.tijarat.identity.web.CurrentUserBacking;
import org.tijarat.platform.NotFoundException;
import org.tijarat.platform.web.FacesMessages;

/**
 * {@code /author/learners?course=N}: a course's enrollment rules, its pending requests, its roster
 * with progress, and enrolling a learner by email. For the course's trainers and admins.
 */
@Named("learners")
@ViewScoped
public class LearnersBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private EnrollmentService enrollments;

    @Inject
    private RosterService rosters;

    @Inject
    private CourseOutlines outlines;

    @Inject
    private CurrentUserBacking me;

    private Long courseId;
    private String title;
    private String slug;
    private RulesForm form;
    private LocalDate enrollUntil;
    private LocalDate accessEnds;
    private List<RosterRow> roster;
    private List<Course> otherCourses;
    private List<CourseRequirement> requirements;
    private String email;

    public void load() {
        if (courseId == null) {
            throw new NotFoundException();
        }
        Course course = outlines.requireEditor(courseId);
        title = course.getTitle();
        slug = course.getSlug();
        form = enrollments.rules(courseId).form();
        enrollUntil = date(form.getEnrollUntil());
        accessEnds = date(form.getAccessEndsAt());
        roster = rosters.course(courseId);
        otherCourses = outlines.publishedCourses().stream().filter(c -> !c.getId().equals(courseId)).toList();
        requirements = enrollments.requirements(courseId);
    }

    public String saveRules() {
        form.setEnrollUntil(endOf(enrollUntil));
        form.setAccessEndsAt(endOf(accessEnds));
        enrollments.changeRules(courseId, form);
        FacesMessages.info("learners.rules_saved");
        return reload();
    }

    public String approve(long enrollmentId) {
        enrollments.approve(enrollmentId);
        FacesMessages.info("learners.approved");
        return reload();
    }

    public String decline(long enrollmentId) {
        enrollments.decline(enrollmentId);
        FacesMessages.info("learners.declined");
        return reload();
    }

    public String enrol() {
        enrollments.enrollLearner(courseId, email);
        FacesMessages.info("learners.enrolled", email);
        return reload();
    }

    private String reload() {
        return "/author/learners?faces-redirect=true&course=" + courseId;
    }

    /** A date typed on the form means "until the end of that day", in the trainer's time zone. */
    private Instant endOf(LocalDate date) {
        return date == null ? null : date.plusDays(1).atStartOfDay(zone()).toInstant();
    }

    private LocalDate date(Instant end) {
        return end == null ? null : end.atZone(zone()).toLocalDate().minusDays(1);
    }

    private ZoneId zone() {
        return ZoneId.of(me.getTimeZone());
    }

    public List<RosterRow> getPending() {
        return roster == null ? List.of() : roster.stream().filter(RosterRow::isPending).toList();
    }

    public List<RosterRow> getRoster() {
        return roster == null ? List.of() : roster.stream().filter(r -> !r.isPending()).toList();
    }

    /** False when the address named no course (a view action that did not run): the page then shows nothing. */
    public boolean isLoaded() {
        return form != null;
    }

    public EnrollmentPolicy[] getPolicies() {
        return EnrollmentPolicy.values();
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public RulesForm getForm() {
        return form;
    }

    public LocalDate getEnrollUntil() {
        return enrollUntil;
    }

    public void setEnrollUntil(LocalDate enrollUntil) {
        this.enrollUntil = enrollUntil;
    }

    public LocalDate getAccessEnds() {
        return accessEnds;
    }

    public void setAccessEnds(LocalDate accessEnds) {
        this.accessEnds = accessEnds;
    }

    public List<Course> getOtherCourses() {
        return otherCourses;
    }

    public List<CourseRequirement> getRequirements() {
        return requirements;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
