package org.tijarat.course;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.tijarat.platform.Language;
import org.tijarat.platform.TextNormalizer;

/**
 * The public catalog: published courses (their latest revision), searchable by words in any
 * script and filtered by category, language and level. No sign-in needed.
 */
@Stateless
public class CatalogService {

    /** One page of results and the number of all of them. */
    public record Page(List<CourseRevision> courses, long total) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** What a visitor asks the catalog for; nulls and blanks mean "any". */
    public record Query(String words, CourseCategory category, Language language, CourseLevel level) {
    }

    @PersistenceContext
    private EntityManager em;

    public Page search(Query query, int first, int max) {
        StringBuilder where = new StringBuilder(" FROM Course c JOIN c.publishedRevision r WHERE c.status = :published");
        String words = TextNormalizer.searchKey(query.words());
        if (!words.isEmpty()) {
            where.append(" AND r.searchKey LIKE :words");
        }
        if (query.category() != null) {
            where.append(" AND r.category = :category");
        }
        if (query.language() != null) {
            where.append(" AND r.language = :language");
        }
        if (query.level() != null) {
            where.append(" AND r.level = :level");
        }
        TypedQuery<CourseRevision> found = em.createQuery("SELECT r" + where + " ORDER BY r.title", CourseRevision.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r)" + where, Long.class);
        for (TypedQuery<?> q : List.of(found, count)) {
            q.setParameter("published", CourseStatus.PUBLISHED);
            if (!words.isEmpty()) {
                q.setParameter("words", "%" + words.replace("\\", "").replace("%", "").replace("_", "").replace(' ', '%') + "%");
            }
            if (query.category() != null) {
                q.setParameter("category", query.category());
            }
            if (query.language() != null) {
                q.setParameter("language", query.language());
            }
            if (query.level() != null) {
                q.setParameter("level", query.level());
            }
        }
        List<CourseRevision> page = found.setFirstResult(first).setMaxResults(Math.min(max, 50)).getResultList();
        return new Page(page, count.getSingleResult());
    }

    /** The latest revision of a published course, with its syllabus, for its landing page. */
    public Optional<CourseRevision> landing(String slug) {
        if (slug == null || !slug.matches(CourseDetails.SLUG_PATTERN)) {
            return Optional.empty();
        }
        Optional<CourseRevision> revision = em.createQuery("SELECT r FROM Course c JOIN c.publishedRevision r"
                        + " WHERE c.slug = :slug AND c.status = :published", CourseRevision.class)
                .setParameter("slug", slug)
                .setParameter("published", CourseStatus.PUBLISHED)
                .getResultStream()
                .findFirst();
        revision.ifPresent(r -> r.getModules().forEach(m -> m.getLessons().size()));
        return revision;
    }

    /** The trainers shown on a landing page. */
    public List<String> trainers(CourseRevision revision) {
        return em.createQuery("SELECT o.displayName FROM Course c JOIN c.owners o WHERE c = :course ORDER BY o.displayName",
                        String.class)
                .setParameter("course", revision.getCourse())
                .getResultList();
    }
}
