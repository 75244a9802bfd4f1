package org.tijarat.enrollment.web;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.tijarat.course.CourseActivities;
import org.tijarat.enrollment.LearningService;
import org.tijarat.enrollment.LessonView;
import org.tijarat.enrollment.Outline;
import org.tijarat.identity.Caller;
import org.tijarat.platform.web.FacesMessages;

/**
 * {@code /learn/lesson?course=SLUG&lesson=KEY}: the lesson player. Without a lesson it resumes
 * where the learner left off. A refusal (not enrolled, access over, a locked module) is shown as
 * a message with the way back to the course. View-scoped, so "mark as complete" finds the lesson
 * it was shown with.
 */
@Named("player")
@ViewScoped
public class PlayerBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private LearningService learning;

    @Inject
    private Instance<CourseActivities> activitySources;

    @Inject
    private Caller caller;

    private List<CourseActivities.Activity> activities = List.of();

    private String course;
    private String lessonKey;
    private LessonView view;

    public void load() {
        view = learning.open(course, lessonKey);
        lessonKey = view.lesson().lesson().getLessonKey();
        long accountId = caller.account().getId();
        activities = activitySources.stream()
                .flatMap(source -> source.activities(accountId, view.enrollment().getCourseId()).stream()).toList();
    }

    public List<CourseActivities.Activity> getActivities() {
        return activities;
    }

    /** Marks the lesson complete and moves on to the next one, if any. */
    public String complete() {
        learning.completeLesson(course, lessonKey);
        LessonView after = learning.open(course, lessonKey);
        if (after.enrollment().isCompleted()) {
            FacesMessages.info("player.course_completed");
        }
        Outline.Lesson next = after.getNext();
        String target = next != null && !next.locked() ? next.lesson().getLessonKey() : lessonKey;
        return "/learn/lesson?faces-redirect=true&course=" + course + "&lesson=" + target;
    }

    public LessonView getView() {
        return view;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getLessonKey() {
        return lessonKey;
    }

    public void setLessonKey(String lessonKey) {
        this.lessonKey = lessonKey;
    }
}
