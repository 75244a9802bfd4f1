package org.tijarat.course;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/**
 * The database side of media: one row per content hash. A new row is inserted in a transaction of
 * its own, so two uploads of the same file at once give one row and both succeed.
 */
@Stateless
public class MediaRegistry {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public Optional<Media> find(String sha256) {
        return em.createQuery("SELECT m FROM Media m WHERE m.sha256 = :sha", Media.class)
                .setParameter("sha", sha256)
                .getResultStream()
                .findFirst();
    }

    /** Finds or adds the row in the caller's transaction (an import, which rolls back as a whole). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Media findOrAdd(String sha256, MediaType type, long size, String originalName, Long createdBy) {
        return find(sha256).orElseGet(() -> {
            Media media = new Media(sha256, type, size, originalName, clock.instant(), createdBy);
            em.persist(media);
            return media;
        });
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Media insert(String sha256, MediaType type, long size, String originalName, Long createdBy) {
        Media media = new Media(sha256, type, size, originalName, clock.instant(), createdBy);
        em.persist(media);
        em.flush();
        return media;
    }
}
