package org.tijarat.enrollment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.tijarat.course.CourseLearners;

/** Tells the course capability who may see a course's lessons and media: learners with an open enrollment. */
@ApplicationScoped
public class EnrollmentLearners implements CourseLearners {

    @Inject
    private EnrollmentRepository enrollments;

    @Inject
    private Clock clock;

    @Override
    public boolean mayLearn(long accountId, long courseId) {
        return enrollments.find(accountId, courseId).map(e -> e.isOpen(clock.instant())).orElse(false);
    }
}
