package org.tijarat.course;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * What a course holds besides its lessons (quizzes, later webinars), as the learner sees it: a
 * title, where it is, and whether the learner has done it. Answered by the capabilities that own
 * those activities; the course and enrollment capabilities depend on none of them.
 */
public interface CourseActivities {

    List<Activity> activities(long accountId, long courseId);

    /** One activity: its title, its path in this site, whether it is required and whether it is done. */
    record Activity(String title, String path, boolean required, boolean done) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }
}
