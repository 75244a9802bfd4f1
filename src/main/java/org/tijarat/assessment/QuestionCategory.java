package org.tijarat.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import org.tijarat.platform.TextNormalizer;

/** A named group of a course's questions; quizzes draw random questions from one. */
@Entity
@Table(name = "question_category")
public class QuestionCategory implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final int NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private Long courseId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "name_key", nullable = false, length = NAME_MAX)
    private String nameKey;

    protected QuestionCategory() {
    }

    public QuestionCategory(long courseId, String name) {
        this.courseId = courseId;
        this.name = name.strip();
        this.nameKey = key(name);
    }

    public static String key(String name) {
        String key = TextNormalizer.searchKey(name);
        return key.length() > NAME_MAX ? key.substring(0, NAME_MAX) : key;
    }

    public Long getId() {
        return id;
    }

    public Long getCourseId() {
        return courseId;
    }

    public String getName() {
        return name;
    }
}
