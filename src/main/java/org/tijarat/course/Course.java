package org.tijarat.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tijarat.identity.Account;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.Language;

/**
 * A course as its trainers edit it (the draft), with its status and the revision learners see.
 * Edits never touch a published revision: publishing copies the draft into a new one.
 */
@Entity
@Table(name = "course")
public class Course implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = CourseDetails.SLUG_MAX)
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CourseStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "draft_changed_at", nullable = false)
    private Instant draftChangedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "published_revision_id")
    private CourseRevision publishedRevision;

    @ManyToMany
    @JoinTable(name = "course_owner", joinColumns = @JoinColumn(name = "course_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> owners = new HashSet<>();

    @OneToMany(mappedBy = "course")
    @OrderBy("position")
    private List<CourseModule> modules = new ArrayList<>();

    @Version
    private long version;

    protected Course() {
    }

    public Course(CourseDetails details, Account owner, Instant now) {
        this.status = CourseStatus.DRAFT;
        this.createdAt = now;
        this.owners.add(owner);
        describe(details, now);
    }

    /** Takes the editable description; the slug of a published course is its address and stays. */
    public final void describe(CourseDetails details, Instant now) {
        if (publishedRevision != null && !details.getSlug().equals(slug)) {
            throw BusinessException.at("slug", "course.slug.fixed");
        }
        this.slug = details.getSlug();
        this.title = details.getTitle().strip();
        this.summary = details.getSummary().strip();
        this.language = details.getLanguage();
        this.level = details.getLevel();
        this.category = details.getCategory();
        this.estimatedHours = details.getEstimatedHours();
        touch(now);
    }

    public CourseDetails details() {
        CourseDetails details = new CourseDetails();
        details.setTitle(title);
        details.setSlug(slug);
        details.setSummary(summary);
        details.setLanguage(language);
        details.setLevel(level);
        details.setCategory(category);
        details.setEstimatedHours(estimatedHours);
        details.setVersion(version);
        return details;
    }

    public void useCover(Media media, Instant now) {
        this.cover = media;
        touch(now);
    }

    /** Any change to the draft (course, module or lesson) marks it as ahead of the published revision. */
    public void touch(Instant now) {
        draftChangedAt = now;
    }

    public boolean isOwnedBy(Account account) {
        return owners.stream().anyMatch(owner -> owner.getId().equals(account.getId()));
    }

    public void addOwner(Account trainer) {
        owners.add(trainer);
    }

    /** A course keeps at least one owner. */
    public void removeOwner(Account trainer) {
        if (owners.size() == 1 && isOwnedBy(trainer)) {
            throw new BusinessException("course.last_owner");
        }
        owners.removeIf(owner -> owner.getId().equals(trainer.getId()));
    }

    /** The draft is now what learners see: no unpublished changes until the next edit. */
    void published(CourseRevision revision) {
        this.publishedRevision = revision;
        this.status = CourseStatus.PUBLISHED;
        this.draftChangedAt = revision.getPublishedAt();
    }

    public void archive() {
        if (status == CourseStatus.DRAFT) {
            throw new BusinessException("course.archive_unpublished");
        }
        status = CourseStatus.ARCHIVED;
    }

    public void unarchive() {
        if (status == CourseStatus.ARCHIVED) {
            status = CourseStatus.PUBLISHED;
        }
    }

    /** True when the draft holds edits that learners do not see yet. */
    public boolean hasUnpublishedChanges() {
        return publishedRevision == null || draftChangedAt.isAfter(publishedRevision.getPublishedAt());
    }

    public int nextModulePosition() {
        return modules.stream().mapToInt(CourseModule::getPosition).max().orElse(0) + 1;
    }

    public Long getId() {
        return id;
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

    public CourseStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDraftChangedAt() {
        return draftChangedAt;
    }

    public CourseRevision getPublishedRevision() {
        return publishedRevision;
    }

    public Set<Account> getOwners() {
        return owners;
    }

    public List<CourseModule> getModules() {
        return modules;
    }

    public long getVersion() {
        return version;
    }
}
