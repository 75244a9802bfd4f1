package org.tijarat.testing;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.Consumer;
import java.util.function.Function;

/** Runs test set-up and checks in a transaction of their own, with the application's persistence unit. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Transactions {

    @PersistenceContext
    private EntityManager em;

    public <T> T call(Function<EntityManager, T> work) {
        return work.apply(em);
    }

    public void run(Consumer<EntityManager> work) {
        work.accept(em);
    }

    /** A single number from native SQL, such as a count. */
    public long number(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
