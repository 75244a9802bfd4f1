package org.tijarat.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** The audit trail of actions on accounts, written in the transaction of the action itself. */
@Stateless
public class AuditLog {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Account actor, String kind, Account target, String detail) {
        em.persist(new AuditEntry(clock.instant(), actor, kind, target, detail));
    }

    public List<AuditEntry> about(Account target, int max) {
        return em.createQuery("SELECT e FROM AuditEntry e LEFT JOIN FETCH e.actor WHERE e.target = :target"
                        + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEntry.class)
                .setParameter("target", target)
                .setMaxResults(max)
                .getResultList();
    }
}
