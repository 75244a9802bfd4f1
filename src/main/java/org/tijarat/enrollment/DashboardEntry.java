package org.tijarat.enrollment;

import java.io.Serial;
import java.io.Serializable;
import org.tijarat.course.CourseRevision;

/** One course on a learner's dashboard: the enrollment, what the course is now, and how far along they are. */
public record DashboardEntry(Enrollment enrollment, CourseRevision course, int percent, String continueKey,
                             boolean accessEndingSoon, boolean accessOver) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean isCompleted() {
        return enrollment.isCompleted();
    }
}
