package org.tijarat.course;

import jakarta.persistence.Cacheable;
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
import java.io.Serial;
import java.io.Serializable;

/** A lesson as it was published in one revision, under the same key as in the draft. Immutable. */
@Entity
@Cacheable
@Table(name = "revision_lesson")
public class RevisionLesson implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id")
    private RevisionModule module;

    @Column(name = "lesson_key", nullable = false, length = 36)
    private String lessonKey;

    @Column(nullable = false)
    private int position;

    @Embedded
    private LessonBody body;

    protected RevisionLesson() {
    }

    RevisionLesson(RevisionModule module, Lesson draft) {
        this.module = module;
        this.lessonKey = draft.getLessonKey();
        this.position = draft.getPosition();
        this.body = draft.getBody().copy();
    }

    public Long getId() {
        return id;
    }

    public RevisionModule getModule() {
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
}
