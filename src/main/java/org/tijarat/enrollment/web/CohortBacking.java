package org.tijarat.enrollment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.tijarat.course.Course;
import org.tijarat.course.CourseOutlines;
import org.tijarat.enrollment.Cohort;
import org.tijarat.enrollment.CohortService;
import org.tijarat.enrollment.RosterRow;
import org.tijarat.enrollment.RosterService;
import org.tijarat.identity.Account;
import org.tijarat.platform.NotFoundException;
import org.tijarat.platform.web.FacesMessages;

/** {@code /admin/cohort?id=N}: a cohort's members, enrolling them in a course together, and their progress. */
@Named("cohort")
@ViewScoped
public class CohortBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private CohortService cohorts;

    @Inject
    private RosterService rosters;

    @Inject
    private CourseOutlines outlines;

    private Long id;
    private Cohort cohort;
    private List<Account> members;
    private List<RosterRow> roster;
    private List<Course> courses;
    private String emails;
    private Long courseId;
    private List<CohortService.MemberResult> results;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        cohort = cohorts.get(id);
        members = cohort.getMembers().stream().sorted(Comparator.comparing(Account::getDisplayName)).toList();
        roster = rosters.cohort(id);
        courses = outlines.publishedCourses();
    }

    public String addMembers() {
        cohorts.addMembers(id, emails);
        FacesMessages.info("cohort.members_added");
        return "/admin/cohort?faces-redirect=true&id=" + id;
    }

    public String remove(long accountId) {
        cohorts.removeMember(id, accountId);
        return "/admin/cohort?faces-redirect=true&id=" + id;
    }

    public void enrollAll() {
        if (courseId == null) {
            FacesMessages.error("courseId", "general.required");
            return;
        }
        results = cohorts.enrollAll(id, courseId);
        roster = rosters.cohort(id);
        FacesMessages.info("cohort.enrolled", results.stream().filter(CohortService.MemberResult::enrolled).count(), results.size());
    }

    /** False when the address named no cohort (a view action that did not run): the page then shows nothing. */
    public boolean isLoaded() {
        return cohort != null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public List<Account> getMembers() {
        return members;
    }

    public List<RosterRow> getRoster() {
        return roster;
    }

    public List<Course> getCourses() {
        return courses;
    }

    public String getEmails() {
        return emails;
    }

    public void setEmails(String emails) {
        this.emails = emails;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public List<CohortService.MemberResult> getResults() {
        return results;
    }
}
