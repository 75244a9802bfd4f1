package org.tijarat.course.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tijarat.course.Course;
import org.tijarat.course.CourseService;
import org.tijarat.course.CurriculumService;
import org.tijarat.course.Lesson;
import org.tijarat.platform.NotFoundException;

/** {@code /author/preview?course=N&lesson=KEY}: a draft lesson exactly as a learner will see it. */
@Named("preview")
@RequestScoped
public class PreviewBacking {

    @Inject
    private CurriculumService curriculum;

    @Inject
    private CourseService courses;

    private Long courseId;
    private String lessonKey;
    private Course course;
    private Lesson lesson;
    private List<Lesson> order;

    public void load() {
        if (courseId == null || lessonKey == null) {
            throw new NotFoundException();
        }
        lesson = curriculum.preview(courseId, lessonKey);
        course = courses.forEditing(courseId);
        order = course.getModules().stream().flatMap(m -> m.getLessons().stream()).toList();
    }

    private int index() {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).getLessonKey().equals(lessonKey)) {
                return i;
            }
        }
        return -1;
    }

    public Lesson getPrevious() {
        int i = index();
        return i > 0 ? order.get(i - 1) : null;
    }

    public Lesson getNext() {
        int i = index();
        return i >= 0 && i < order.size() - 1 ? order.get(i + 1) : null;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public String getLessonKey() {
        return lessonKey;
    }

    public void setLessonKey(String lessonKey) {
        this.lessonKey = lessonKey;
    }

    public Course getCourse() {
        return course;
    }

    public Lesson getLesson() {
        return lesson;
    }
}
