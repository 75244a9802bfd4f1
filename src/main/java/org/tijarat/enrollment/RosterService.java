package org.tijarat.enrollment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tijarat.course.CourseOutlines;
import org.tijarat.course.CourseRevision;
import org.tijarat.identity.Account;
import org.tijarat.identity.Caller;
import org.tijarat.identity.Role;
import org.tijarat.platform.NotAllowedException;

/**
 * Who is learning what, for the people allowed to see it: a course's trainers and admins see its
 * roster, admins see cohorts, an enterprise's owner sees their colleagues' progress.
 */
@Stateless
public class RosterService {

    @Inject
    private EnrollmentRepository enrollments;

    @Inject
    private CourseOutlines outlines;

    @Inject
    private Caller caller;

    /** A course's learners, requests and completions, for its trainers and admins. */
    public List<RosterRow> course(long courseId) {
        caller.require(Role.TRAINER);
        if (!outlines.callerEdits(courseId)) {
            throw new NotAllowedException();
        }
        return rows(enrollments.byCourse(courseId));
    }

    /** A cohort's enrollments in every course, for admins. */
    public List<RosterRow> cohort(long cohortId) {
        caller.require(Role.ADMIN);
        return rows(enrollments.byCohort(cohortId));
    }

    /** The caller's enterprise colleagues' enrollments, for its owner. */
    public List<RosterRow> enterprise() {
        Account owner = caller.account();
        if (!owner.isEnterpriseOwner()) {
            throw new NotAllowedException();
        }
        return rows(enrollments.byEnterprise(owner.getEnterprise().getId()));
    }

    /** One learner's progress in one course: the learner, their enterprise's owner, the course's trainers, admins. */
    public RosterRow progress(long enrollmentId) {
        Enrollment enrollment = enrollments.get(enrollmentId);
        Account viewer = caller.account();
        Account learner = enrollment.getAccount();
        boolean allowed = viewer.getId().equals(learner.getId())
                || viewer.isEnterpriseOwner() && learner.getEnterprise() != null
                        && learner.getEnterprise().getId().equals(viewer.getEnterprise().getId())
                || viewer.hasRole(Role.ADMIN)
                || viewer.hasRole(Role.TRAINER) && outlines.callerEdits(enrollment.getCourseId());
        if (!allowed) {
            throw new NotAllowedException();
        }
        return rows(List.of(enrollment)).getFirst();
    }

    /** Rows with progress for many enrollments: one query per course for the completed-lesson counts. */
    private List<RosterRow> rows(List<Enrollment> list) {
        Set<Long> courseIds = list.stream().map(Enrollment::getCourseId).collect(Collectors.toSet());
        Map<Long, CourseRevision> courses = outlines.published(courseIds);
        Map<Long, Long> doneCounts = new HashMap<>();
        Map<Long, Integer> counted = new HashMap<>();
        for (Long courseId : courseIds) {
            CourseRevision revision = courses.get(courseId);
            if (revision == null) {
                continue;
            }
            Collection<String> keys = Outline.countedKeys(revision);
            counted.put(courseId, keys.size());
            doneCounts.putAll(enrollments.completedCounts(courseId, keys));
        }
        return list.stream().map(e -> {
            CourseRevision course = courses.get(e.getCourseId());
            int total = counted.getOrDefault(e.getCourseId(), 0);
            int percent = total == 0 ? 0 : (int) (100 * doneCounts.getOrDefault(e.getId(), 0L) / total);
            Account a = e.getAccount();
            return new RosterRow(e.getId(), e.getCourseId(), course == null ? "" : course.getTitle(), a.getDisplayName(),
                    a.getEmail(), a.getEnterprise() == null ? "" : a.getEnterprise().getLegalName(),
                    a.getEnterprise() == null ? "" : a.getEnterprise().getCity(),
                    e.getCohort() == null ? "" : e.getCohort().getName(), e.getStatus(), percent,
                    e.getEnrolledAt(), e.getLastActivityAt(), e.getCompletedAt());
        }).toList();
    }
}
