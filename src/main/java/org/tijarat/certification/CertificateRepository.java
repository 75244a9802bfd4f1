package org.tijarat.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tijarat.platform.NotFoundException;
import org.tijarat.platform.UtcInstantConverter;

@ApplicationScoped
public class CertificateRepository {

    @PersistenceContext
    private EntityManager em;

    public Optional<Certificate> byCode(String code) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.code = :code", Certificate.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Optional<Certificate> currentOf(long enrollmentId) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.enrollmentKey = :enrollment", Certificate.class)
                .setParameter("enrollment", enrollmentId)
                .getResultStream().findFirst();
    }

    public Certificate get(long id) {
        return Optional.ofNullable(em.find(Certificate.class, id)).orElseThrow(NotFoundException::new);
    }

    public Certificate lock(long id) {
        return Optional.ofNullable(em.find(Certificate.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(NotFoundException::new);
    }

    public List<Certificate> ofAccount(long accountId) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.accountId = :account ORDER BY c.issuedAt DESC, c.id DESC",
                        Certificate.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    public boolean slotTaken(int list, int index) {
        return !em.createQuery("SELECT c.id FROM Certificate c WHERE c.statusList = :list AND c.statusIndex = :index", Long.class)
                .setParameter("list", list).setParameter("index", index).setMaxResults(1).getResultList().isEmpty();
    }

    public long countInList(int list) {
        return em.createQuery("SELECT COUNT(c) FROM Certificate c WHERE c.statusList = :list", Long.class)
                .setParameter("list", list).getSingleResult();
    }

    public int highestList() {
        Integer list = em.createQuery("SELECT MAX(c.statusList) FROM Certificate c", Integer.class).getSingleResult();
        return list == null ? 1 : list;
    }

    /** The set bits of one status list: revoked certificates, or suspended ones. */
    public List<Integer> indexesIn(int list, CertificateStatus status) {
        return em.createQuery("SELECT c.statusIndex FROM Certificate c WHERE c.statusList = :list AND c.status = :status",
                        Integer.class)
                .setParameter("list", list).setParameter("status", status).getResultList();
    }

    /**
     * Counts one verification, without loading or locking the row for long. In SQL, not JPQL: a
     * JPQL bulk update would raise the row's version, and every public check would then turn an
     * admin's revocation in progress into a "changed meanwhile".
     */
    public void countVerification(long id, Instant now) {
        em.createNativeQuery("UPDATE certificate SET verification_count = verification_count + 1, last_verified_at = ?"
                        + " WHERE id = ?")
                .setParameter(1, UtcInstantConverter.format(now)).setParameter(2, id).executeUpdate();
    }

    /**
     * Records a certificate's stored PDF name or its signed credential, made on first request,
     * unless another request recorded one first; returns the one kept. In SQL: it changes nothing
     * an admin decides, so it must not raise the row's version under an admin's open form.
     */
    public String recordFirst(long id, String column, String value) {
        if (!column.equals("pdf_file") && !column.equals("credential_jwt")) {
            throw new IllegalArgumentException(column);
        }
        em.createNativeQuery("UPDATE certificate SET " + column + " = ? WHERE id = ? AND " + column + " IS NULL")
                .setParameter(1, value).setParameter(2, id).executeUpdate();
        return (String) em.createNativeQuery("SELECT " + column + " FROM certificate WHERE id = ? FOR UPDATE")
                .setParameter(1, id).getSingleResult();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public List<CertificateEvent> events(long certificateId) {
        return em.createQuery("SELECT e FROM CertificateEvent e LEFT JOIN FETCH e.actor WHERE e.certificateId = :certificate"
                        + " ORDER BY e.occurredAt DESC, e.id DESC", CertificateEvent.class)
                .setParameter("certificate", certificateId).getResultList();
    }

    public CertificateTemplate template() {
        return Optional.ofNullable(em.find(CertificateTemplate.class, CertificateTemplate.THE_TEMPLATE))
                .orElseThrow(NotFoundException::new);
    }

    public Optional<CertificateValidity> validity(long courseId) {
        return Optional.ofNullable(em.find(CertificateValidity.class, courseId));
    }

    public List<CertificateValidity> validities() {
        return em.createQuery("SELECT v FROM CertificateValidity v", CertificateValidity.class).getResultList();
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    /** Admin search: every criterion optional; newest first. */
    public List<Certificate> search(CertificateSearch search, int max) {
        StringBuilder jpql = new StringBuilder("SELECT c FROM Certificate c WHERE 1 = 1");
        List<Object[]> parameters = new ArrayList<>();
        if (search.learnerKey() != null) {
            jpql.append(" AND (c.learnerSearch LIKE :learner OR c.learnerEmail LIKE :learner)");
            parameters.add(new Object[] {"learner", "%" + search.learnerKey() + "%"});
        }
        if (search.enterpriseKey() != null) {
            jpql.append(" AND LOWER(c.enterpriseName) LIKE :enterprise");
            parameters.add(new Object[] {"enterprise", "%" + search.enterpriseKey() + "%"});
        }
        if (search.courseId() != null) {
            jpql.append(" AND c.courseId = :course");
            parameters.add(new Object[] {"course", search.courseId()});
        }
        if (search.from() != null) {
            jpql.append(" AND c.completedOn >= :from");
            parameters.add(new Object[] {"from", search.from()});
        }
        if (search.to() != null) {
            jpql.append(" AND c.completedOn <= :to");
            parameters.add(new Object[] {"to", search.to()});
        }
        if (search.status() != null) {
            switch (search.status()) {
                case VALID -> {
                    jpql.append(" AND c.status = :issued AND (c.expiresOn IS NULL OR c.expiresOn >= :today)");
                    parameters.add(new Object[] {"issued", CertificateStatus.ISSUED});
                    parameters.add(new Object[] {"today", search.today()});
                }
                case EXPIRED -> {
                    jpql.append(" AND c.status = :issued AND c.expiresOn < :today");
                    parameters.add(new Object[] {"issued", CertificateStatus.ISSUED});
                    parameters.add(new Object[] {"today", search.today()});
                }
                case SUSPENDED -> {
                    jpql.append(" AND c.status = :status");
                    parameters.add(new Object[] {"status", CertificateStatus.SUSPENDED});
                }
                case REVOKED -> {
                    jpql.append(" AND c.status = :status");
                    parameters.add(new Object[] {"status", CertificateStatus.REVOKED});
                }
            }
        }
        jpql.append(" ORDER BY c.issuedAt DESC, c.id DESC");
        TypedQuery<Certificate> query = em.createQuery(jpql.toString(), Certificate.class);
        for (Object[] parameter : parameters) {
            query.setParameter((String) parameter[0], parameter[1]);
        }
        return query.setMaxResults(max).getResultList();
    }
}
