package org.tijarat.enrollment;

import java.io.Serial;
import java.io.Serializable;
import org.tijarat.course.CourseRevision;

/** The lesson player's page: the lesson, the learner's outline with ticks, and where a video was left. */
public record LessonView(CourseRevision course, Enrollment enrollment, Outline outline, Outline.Lesson lesson,
                         LessonProgress progress) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public Outline.Lesson getPrevious() {
        return outline.previous(lesson.lesson().getLessonKey()).orElse(null);
    }

    public Outline.Lesson getNext() {
        return outline.next(lesson.lesson().getLessonKey()).orElse(null);
    }

    /** Where to resume a video, in seconds (0 when the lesson was finished: a rewatch starts over). */
    public int getResumeAt() {
        return progress == null || progress.isCompleted() && progress.getPositionSeconds() >= progress.getDurationSeconds() - 1
                ? 0 : progress.getPositionSeconds();
    }
}
