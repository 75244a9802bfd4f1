package org.tijarat.course;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.tijarat.identity.Account;
import org.tijarat.identity.Caller;
import org.tijarat.identity.Role;
import org.tijarat.platform.NotAllowedException;

/**
 * Who may do what with a course: its owners (trainers) and admins edit it; they and whoever a
 * {@link CourseLearners} admits may see its lessons and their media.
 */
@RequestScoped
public class CourseAccess {

    @Inject
    private Caller caller;

    @Inject
    private Instance<CourseLearners> learners;

    @Inject
    private CourseRepository courses;

    /** The acting trainer or admin, who must own the course unless an admin. */
    public Account requireEditor(Course course) {
        Account account = caller.require(Role.TRAINER);
        if (!canEdit(account, course)) {
            throw new NotAllowedException();
        }
        return account;
    }

    /** The courses the caller edits: an admin's are all, a trainer's are those they own, anyone else's none. */
    public List<Course> editableCourses() {
        return caller.current().filter(a -> a.hasRole(Role.TRAINER) || a.hasRole(Role.ADMIN))
                .map(a -> courses.editableBy(a, a.hasRole(Role.ADMIN))).orElse(List.of());
    }

    public boolean canEdit(Course course) {
        return caller.current().map(account -> canEdit(account, course)).orElse(false);
    }

    public boolean canLearn(Course course) {
        Optional<Account> account = caller.current();
        if (account.isEmpty()) {
            return false;
        }
        if (canEdit(account.get(), course)) {
            return true;
        }
        for (CourseLearners policy : learners) {
            if (policy.mayLearn(account.get().getId(), course.getId())) {
                return true;
            }
        }
        return false;
    }

    private static boolean canEdit(Account account, Course course) {
        return account.hasRole(Role.ADMIN) || account.hasRole(Role.TRAINER) && course.isOwnedBy(account);
    }
}
