package org.tijarat.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A module of a course's draft: an ordered group of lessons. Its key survives publishing. */
@Entity
@Table(name = "course_module")
public class CourseModule implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "module_key", nullable = false, length = 36)
    private String moduleKey;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = CourseDetails.TITLE_MAX)
    private String title;

    @OneToMany(mappedBy = "module")
    @OrderBy("position")
    private List<Lesson> lessons = new ArrayList<>();

    @Version
    private long version;

    protected CourseModule() {
    }

    public CourseModule(Course course, String title, int position) {
        this(course, UUID.randomUUID().toString(), title, position);
    }

    CourseModule(Course course, String moduleKey, String title, int position) {
        this.course = course;
        this.moduleKey = moduleKey;
        this.title = title.strip();
        this.position = position;
    }

    public void rename(String newTitle) {
        this.title = newTitle.strip();
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public int nextLessonPosition() {
        return lessons.stream().mapToInt(Lesson::getPosition).max().orElse(0) + 1;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public List<Lesson> getLessons() {
        return lessons;
    }

    public long getVersion() {
        return version;
    }
}
