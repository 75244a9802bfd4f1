package org.tijarat.course;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

/**
 * A lesson of a course's draft. Its key is its identity for learners: it is copied into every
 * published revision, so progress on it survives republishing.
 */
@Entity
@Table(name = "lesson")
public class Lesson implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id")
    private CourseModule module;

    @Column(name = "lesson_key", nullable = false, unique = true, length = 36)
    private String lessonKey;

    @Column(nullable = false)
    private int position;

    @Embedded
    private LessonBody body;

    @Version
    private long version;

    protected Lesson() {
    }

    public Lesson(CourseModule module, String title, LessonKind kind, int position) {
        this.module = module;
        this.lessonKey = UUID.randomUUID().toString();
        this.position = position;
        this.body = new LessonBody(title, kind);
    }

    public void update(LessonContent content) {
        body.update(content);
    }

    public void attach(MediaType.Use use, Media media) {
        body.attach(use, media);
    }

    public LessonContent content() {
        return body.content(version);
    }

    public Optional<String> missing() {
        return body.missing();
    }

    void moveTo(CourseModule target, int newPosition) {
        this.module = target;
        this.position = newPosition;
    }

    public Long getId() {
        return id;
    }

    public CourseModule getModule() {
        return module;
    }

    public String getLessonKey() {
        return lessonKey;
    }

    public int getPosition() {
        return position;
    }

    public LessonBody getBody() {
        return body;
    }

    public String getTitle() {
        return body.getTitle();
    }

    public long getVersion() {
        return version;
    }
}
