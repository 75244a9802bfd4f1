package org.tijarat.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A question in a course's bank. What it asks lives in its versions; the current one is what new
 * attempts get. Its type is fixed at creation; its name, category and tags may change freely.
 */
@Entity
@Table(name = "question")
public class Question implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final int NAME_MAX = 160;
    public static final int TAGS_MAX = 400;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private Long courseId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private QuestionCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionType type;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    /** Space-separated, lower-case, with a space at each end so one tag is found with LIKE '% tag %'. */
    @Column(nullable = false, length = TAGS_MAX)
    private String tags;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_version")
    private QuestionVersion currentVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean archived;

    @Version
    private long version;

    protected Question() {
    }

    public Question(long courseId, QuestionCategory category, QuestionType type, String name, Instant now) {
        this.courseId = courseId;
        this.category = category;
        this.type = type;
        this.name = name;
        this.tags = " ";
        this.createdAt = now;
    }

    public void rename(String newName, QuestionCategory newCategory, List<String> newTags) {
        this.name = newName;
        this.category = newCategory;
        String joined = newTags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT).replace(' ', '-'))
                .filter(t -> !t.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new)).stream()
                .collect(Collectors.joining(" "));
        this.tags = " " + (joined.length() > TAGS_MAX - 2 ? joined.substring(0, TAGS_MAX - 2) : joined) + " ";
    }

    void makeCurrent(QuestionVersion newVersion) {
        this.currentVersion = newVersion;
    }

    public void archive() {
        archived = true;
    }

    public Long getId() {
        return id;
    }

    public Long getCourseId() {
        return courseId;
    }

    public QuestionCategory getCategory() {
        return category;
    }

    public QuestionType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public List<String> getTags() {
        return Arrays.stream(tags.strip().split(" ")).filter(t -> !t.isEmpty()).toList();
    }

    public QuestionVersion getCurrentVersion() {
        return currentVersion;
    }

    public boolean isArchived() {
        return archived;
    }

    public long getVersion() {
        return version;
    }
}
