package org.tijarat.course;

import jakarta.persistence.Cacheable;
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
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A module as it was published in one revision. Immutable. */
@Entity
@Cacheable
@Table(name = "revision_module")
public class RevisionModule implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "revision_id")
    private CourseRevision revision;

    @Column(name = "module_key", nullable = false, length = 36)
    private String moduleKey;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = CourseDetails.TITLE_MAX)
    private String title;

    @OneToMany(mappedBy = "module")
    @OrderBy("position")
    private List<RevisionLesson> lessons = new ArrayList<>();

    protected RevisionModule() {
    }

    RevisionModule(CourseRevision revision, CourseModule draft) {
        this.revision = revision;
        this.moduleKey = draft.getModuleKey();
        this.position = draft.getPosition();
        this.title = draft.getTitle();
    }

    public int getMinutes() {
        return lessons.stream().mapToInt(l -> l.getBody().getMinutes()).sum();
    }

    public Long getId() {
        return id;
    }

    public CourseRevision getRevision() {
        return revision;
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

    public List<RevisionLesson> getLessons() {
        return lessons;
    }
}
