package org.tijarat.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;

/**
 * Something a course needs for completion besides its required lessons, declared by the
 * capability that owns it (a required quiz: key {@code quiz:12}). Enrollment only compares keys.
 */
@Entity
@IdClass(CourseRequirement.Key.class)
@Table(name = "course_requirement")
public class CourseRequirement implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int KEY_MAX = 80;
    public static final int TITLE_MAX = 160;

    @Id
    @Column(name = "course_id")
    private Long courseId;

    @Id
    @Column(name = "requirement_key", length = KEY_MAX)
    private String requirementKey;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    protected CourseRequirement() {
    }

    CourseRequirement(long courseId, String requirementKey, String title) {
        this.courseId = courseId;
        this.requirementKey = requirementKey;
        this.title = title;
    }

    void retitle(String title) {
        this.title = title;
    }

    public Long getCourseId() {
        return courseId;
    }

    public String getRequirementKey() {
        return requirementKey;
    }

    public String getTitle() {
        return title;
    }

    /** The composite key. */
    public record Key(Long courseId, String requirementKey) implements Serializable {
    }
}
