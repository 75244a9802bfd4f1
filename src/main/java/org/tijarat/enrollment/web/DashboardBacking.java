package org.tijarat.enrollment.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tijarat.enrollment.DashboardEntry;
import org.tijarat.enrollment.EnrollmentService;
import org.tijarat.enrollment.InvitedEnrollments;
import org.tijarat.enrollment.LearningService;
import org.omnifaces.util.Faces;
import org.tijarat.platform.NotFoundException;
import org.tijarat.platform.web.FacesMessages;

/** {@code /my/courses}: the learner's courses in progress, requests waiting, and completed courses. */
@Named("dashboard")
@RequestScoped
public class DashboardBacking {

    @Inject
    private LearningService learning;

    @Inject
    private EnrollmentService enrollments;

    @Inject
    private InvitedEnrollments invitations;

    private List<DashboardEntry> entries;

    @PostConstruct
    void init() {
        invitations.claimMine();
        entries = learning.dashboard();
    }

    /** Withdraws from the course named by the button's own parameter, not by its row's position in a list that may have changed. */
    public String withdraw() {
        String course = Faces.getRequestParameter("course");
        if (course == null || !course.matches("\\d{1,18}")) {
            throw new NotFoundException();
        }
        enrollments.withdraw(Long.parseLong(course));
        FacesMessages.info("dashboard.withdrawn");
        return "/my/courses?faces-redirect=true";
    }

    public List<DashboardEntry> getInProgress() {
        return entries.stream().filter(e -> e.enrollment().isActive() && !e.isCompleted()).toList();
    }

    public List<DashboardEntry> getPending() {
        return entries.stream().filter(e -> e.enrollment().isPending()).toList();
    }

    public List<DashboardEntry> getCompleted() {
        return entries.stream().filter(DashboardEntry::isCompleted).toList();
    }

    public List<DashboardEntry> getEndingSoon() {
        return entries.stream().filter(DashboardEntry::accessEndingSoon).toList();
    }
}
