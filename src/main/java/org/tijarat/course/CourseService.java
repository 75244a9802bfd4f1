package org.tijarat.course;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.tijarat.identity.Account;
import org.tijarat.identity.AccountRepository;
import org.tijarat.identity.Caller;
import org.tijarat.identity.Role;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.ConcurrentChangeException;
import org.tijarat.platform.DuplicateKeys;

/** Courses as wholes: creating, describing, covers, owners, archiving, history. */
@Stateless
public class CourseService {

    @Inject
    private CourseRepository courses;

    @Inject
    private CourseAccess access;

    @Inject
    private CourseHistory history;

    @Inject
    private Caller caller;

    @Inject
    private AccountRepository accounts;

    @Inject
    private MediaService media;

    @Inject
    private Clock clock;

    public Course create(@NotNull @Valid CourseDetails details) {
        Account trainer = caller.require(Role.TRAINER);
        ensureSlugFree(details.getSlug(), null);
        Course course = new Course(details, trainer, clock.instant());
        try {
            courses.persist(course);
            courses.flush();
        } catch (PersistenceException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw BusinessException.at("slug", "course.slug.taken");
            }
            throw e;
        }
        history.record(course, trainer, "COURSE_CREATED", course.getTitle());
        return course;
    }

    /** The course for its editors, with its modules and lessons. */
    public Course forEditing(long courseId) {
        Course course = courses.get(courseId);
        access.requireEditor(course);
        course.getModules().forEach(module -> module.getLessons().size());
        course.getOwners().size();
        return course;
    }

    public void describe(long courseId, @NotNull @Valid CourseDetails details) {
        Course course = courses.get(courseId);
        Account editor = access.requireEditor(course);
        if (course.getVersion() != details.getVersion()) {
            throw new ConcurrentChangeException();
        }
        ensureSlugFree(details.getSlug(), course);
        course.describe(details, clock.instant());
        history.record(course, editor, "DETAILS_CHANGED", course.getTitle());
    }

    public void changeCover(long courseId, InputStream content, String fileName) {
        Course course = courses.get(courseId);
        Account editor = access.requireEditor(course);
        course.useCover(media.upload(content, fileName, MediaType.Use.COVER, "cover"), clock.instant());
        history.record(course, editor, "COVER_CHANGED", fileName);
    }

    /** Courses the caller may edit: their own, or all for an admin. */
    public List<Course> mine() {
        Account account = caller.require(Role.TRAINER);
        return courses.editableBy(account, account.hasRole(Role.ADMIN));
    }

    /** An owner adds a co-trainer by email; they must have the trainer role. */
    public void addOwner(long courseId, String email) {
        Course course = courses.get(courseId);
        Account editor = access.requireEditor(course);
        Account trainer = accounts.findByEmail(email == null ? "" : email)
                .filter(a -> a.isActive() && a.hasRole(Role.TRAINER))
                .orElseThrow(() -> BusinessException.at("ownerEmail", "course.owner.not_trainer"));
        if (!course.isOwnedBy(trainer)) {
            course.addOwner(trainer);
            history.record(course, editor, "OWNER_ADDED", trainer.getEmail());
        }
    }

    public void removeOwner(long courseId, long accountId) {
        Course course = courses.get(courseId);
        Account editor = access.requireEditor(course);
        Account trainer = accounts.get(accountId);
        course.removeOwner(trainer);
        history.record(course, editor, "OWNER_REMOVED", trainer.getEmail());
    }

    public void archive(long courseId) {
        Course course = courses.get(courseId);
        Account editor = access.requireEditor(course);
        course.archive();
        history.record(course, editor, "ARCHIVED", null);
    }

    public void unarchive(long courseId) {
        Course course = courses.get(courseId);
        Account editor = access.requireEditor(course);
        course.unarchive();
        history.record(course, editor, "UNARCHIVED", null);
    }

    public List<CourseEdit> history(long courseId) {
        Course course = courses.get(courseId);
        access.requireEditor(course);
        return history.of(course, 200);
    }

    private void ensureSlugFree(String slug, Course self) {
        courses.findBySlug(slug).filter(other -> self == null || !other.getId().equals(self.getId()))
                .ifPresent(other -> {
                    throw BusinessException.at("slug", "course.slug.taken");
                });
    }
}
