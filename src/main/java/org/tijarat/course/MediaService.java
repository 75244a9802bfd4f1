package org.tijarat.course;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tijarat.identity.Account;
import org.tijarat.identity.Caller;
import org.tijarat.identity.Role;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.DuplicateKeys;

/**
 * Accepts files from trainers (type by content, size by kind) and decides who may fetch them:
 * covers of published courses are public; everything else follows the lessons that use it.
 */
@Stateless
public class MediaService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MediaStore store;

    @Inject
    private MediaLimits limits;

    @Inject
    private MediaRegistry registry;

    @Inject
    private Caller caller;

    @Inject
    private CourseAccess access;

    /** Stores an upload for the use, refusing it at {@code field} with the reason when it does not fit. */
    public Media upload(InputStream content, String originalName, MediaType.Use use, String field) {
        Account trainer = caller.require(Role.TRAINER);
        return accept(content, originalName, use, field, trainer.getId());
    }

    /**
     * Stores a file for an import or the demo data. Not reachable from any page: the importer has
     * checked who is acting before it calls this.
     */
    public Media accept(InputStream content, String originalName, MediaType.Use use, String field, Long createdBy) {
        MediaStore.Incoming incoming;
        try {
            incoming = store.receive(content, limits.bytes(use));
        } catch (MediaStore.TooLarge e) {
            throw BusinessException.at(field, "media.too_large", limits.bytes(use) / (1024 * 1024));
        } catch (IOException e) {
            throw BusinessException.at(field, "media.unreadable");
        }
        try {
            MediaType type = MediaSniffer.sniff(incoming.path()).filter(use::accepts)
                    .orElseThrow(() -> BusinessException.at(field, "media.wrong_type", accepted(use)));
            if (incoming.size() > limits.bytes(type)) {
                throw BusinessException.at(field, "media.too_large", limits.megabytes(type));
            }
            Media media = registry.find(incoming.sha256()).orElseGet(() -> register(incoming, type, originalName, createdBy));
            store.keep(incoming);
            return media;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            store.discard(incoming);
        }
    }

    private Media register(MediaStore.Incoming incoming, MediaType type, String name, Long createdBy) {
        try {
            return registry.insert(incoming.sha256(), type, incoming.size(), name, createdBy);
        } catch (EJBException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return registry.find(incoming.sha256()).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    public Optional<Media> find(String sha256) {
        return registry.find(sha256);
    }

    /** True when the caller may fetch the file; public reports whether anyone may (and caches may keep it). */
    public Access access(Media media) {
        boolean publicCover = !em.createQuery("SELECT r.id FROM Course c JOIN c.publishedRevision r"
                        + " WHERE c.status = :published AND r.cover = :media", Long.class)
                .setParameter("published", CourseStatus.PUBLISHED)
                .setParameter("media", media)
                .setMaxResults(1)
                .getResultList().isEmpty();
        if (publicCover) {
            return Access.PUBLIC;
        }
        for (Course course : coursesUsing(media)) {
            if (access.canLearn(course)) {
                return Access.PRIVATE;
            }
        }
        return Access.NONE;
    }

    /** Who may fetch a file: anyone, only the caller, or not the caller. */
    public enum Access {
        PUBLIC, PRIVATE, NONE
    }

    private List<Course> coursesUsing(Media media) {
        List<Course> courses = new java.util.ArrayList<>(em.createQuery("SELECT DISTINCT l.module.course FROM Lesson l"
                        + " WHERE l.body.video = :m OR l.body.captions = :m OR l.body.file = :m", Course.class)
                .setParameter("m", media)
                .getResultList());
        courses.addAll(em.createQuery("SELECT DISTINCT l.module.revision.course FROM RevisionLesson l"
                        + " WHERE l.body.video = :m OR l.body.captions = :m OR l.body.file = :m", Course.class)
                .setParameter("m", media)
                .getResultList());
        courses.addAll(em.createQuery("SELECT c FROM Course c WHERE c.cover = :m", Course.class)
                .setParameter("m", media)
                .getResultList());
        return courses;
    }

    private static String accepted(MediaType.Use use) {
        return use.accepted().stream().map(t -> t.extension().toUpperCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
