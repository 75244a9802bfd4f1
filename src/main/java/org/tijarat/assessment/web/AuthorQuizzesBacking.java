package org.tijarat.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tijarat.assessment.Quiz;
import org.tijarat.assessment.QuizService;
import org.tijarat.course.Course;
import org.tijarat.course.CourseOutlines;
import org.tijarat.platform.web.FacesMessages;

/** {@code /author/quizzes?course=ID}: a course's quizzes, a new one, and the ways to its bank and grading queue. */
@Named("authorQuizzes")
@RequestScoped
public class AuthorQuizzesBacking {

    @Inject
    private QuizService quizzes;

    @Inject
    private CourseOutlines outlines;

    private Long course;
    private String title;
    private List<Quiz> list;
    private Course courseEntity;

    public void load() {
        courseEntity = outlines.requireEditor(course);
        list = quizzes.quizzes(course);
    }

    public String create() {
        Quiz quiz = quizzes.create(course, title);
        FacesMessages.info("author_quizzes.created", quiz.getTitle());
        return "/author/quiz?faces-redirect=true&id=" + quiz.getId();
    }

    public List<Quiz> getList() {
        if (list == null) {
            load();
        }
        return list;
    }

    public Course getCourseEntity() {
        if (courseEntity == null) {
            load();
        }
        return courseEntity;
    }

    public Long getCourse() {
        return course;
    }

    public void setCourse(Long course) {
        this.course = course;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
