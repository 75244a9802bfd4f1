package org.tijarat.course;

import jakarta.persistence.Cacheable;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tijarat.identity.Account;
import org.tijarat.platform.Language;
import org.tijarat.platform.TextNormalizer;

/**
 * A published state of a course, frozen: what learners and the catalog see. Never changed after it
 * is written, so every node may cache it.
 */
@Entity
@Cacheable
@Table(name = "course_revision")
public class CourseRevision implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final int SEARCH_KEY_MAX = 1500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "revision_number", nullable = false)
    private int number;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "published_by")
    private Account publishedBy;

    @Column(nullable = false, length = CourseDetails.SLUG_MAX)
    private String slug;

    @Column(nullable = false, length = CourseDetails.TITLE_MAX)
    private String title;

    @Column(nullable = false, length = CourseDetails.SUMMARY_MAX)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "language_code", nullable = false, length = 2)
    private Language language;

    @Enumerated(EnumType.STRING)
    @Column(name = "course_level", nullable = false, length = 20)
    private CourseLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private CourseCategory category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cover_media_id")
    private Media cover;

    @Column(name = "estimated_hours", nullable = false, precision = 5, scale = 1)
    private BigDecimal estimatedHours;

    @Column(name = "search_key", nullable = false, length = SEARCH_KEY_MAX)
    private String searchKey;

    @OneToMany(mappedBy = "revision")
    @OrderBy("position")
    private List<RevisionModule> modules = new ArrayList<>();

    protected CourseRevision() {
    }

    CourseRevision(Course course, int number, Account publishedBy, Instant now) {
        this.course = course;
        this.number = number;
        this.publishedBy = publishedBy;
        this.publishedAt = now;
        this.slug = course.getSlug();
        this.title = course.getTitle();
        this.summary = course.getSummary();
        this.language = course.getLanguage();
        this.level = course.getLevel();
        this.category = course.getCategory();
        this.cover = course.getCover();
        this.estimatedHours = course.getEstimatedHours();
        String key = TextNormalizer.searchKey(title + " " + summary + " "
                + String.join(" ", course.getModules().stream().flatMap(m -> Stream.concat(Stream.of(m.getTitle()),
                        m.getLessons().stream().map(Lesson::getTitle))).toList()));
        this.searchKey = key.length() > SEARCH_KEY_MAX ? key.substring(0, SEARCH_KEY_MAX) : key;
    }

    public List<RevisionLesson> lessons() {
        return modules.stream().flatMap(m -> m.getLessons().stream()).toList();
    }

    public int getLessonCount() {
        return modules.stream().mapToInt(m -> m.getLessons().size()).sum();
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public int getNumber() {
        return number;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Account getPublishedBy() {
        return publishedBy;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public Language getLanguage() {
        return language;
    }

    public CourseLevel getLevel() {
        return level;
    }

    public CourseCategory getCategory() {
        return category;
    }

    public Media getCover() {
        return cover;
    }

    public BigDecimal getEstimatedHours() {
        return estimatedHours;
    }

    public List<RevisionModule> getModules() {
        return modules;
    }
}
