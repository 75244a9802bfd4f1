package org.tijarat.course.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.tijarat.course.Course;
import org.tijarat.course.CourseDetails;
import org.tijarat.course.CourseService;
import org.tijarat.platform.web.FacesMessages;
import org.tijarat.platform.web.LocaleBacking;

/** {@code /author/courses}: the trainer's courses and a form to start a new one. */
@Named("authorCourses")
@ViewScoped
public class AuthorCoursesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private CourseService courses;

    @Inject
    private LocaleBacking locale;

    private List<Course> mine;
    private final CourseDetails details = new CourseDetails();

    @PostConstruct
    void init() {
        mine = courses.mine();
        details.setLanguage(locale.getLanguage());
    }

    public String create() {
        Course course = courses.create(details);
        FacesMessages.info("author_courses.created", course.getTitle());
        return "/author/course?faces-redirect=true&id=" + course.getId();
    }

    public List<Course> getMine() {
        return mine;
    }

    public CourseDetails getDetails() {
        return details;
    }
}
