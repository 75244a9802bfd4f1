package org.tijarat.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.tijarat.platform.NotFoundException;
import org.tijarat.platform.TextNormalizer;
import org.tijarat.platform.UtcInstantConverter;

@ApplicationScoped
public class AccountRepository {

    @PersistenceContext
    private EntityManager em;

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /** An account's standing in one lean read, without loading the account and its roles (for hot requests). */
    public Optional<AccountStanding> standing(long id) {
        List<?> rows = em.createNativeQuery("SELECT status, credentials_changed_at FROM account WHERE id = ?")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(Object[].class::cast)
                .map(row -> new AccountStanding(AccountStatus.valueOf((String) row[0]), UtcInstantConverter.parse(row[1])));
    }

    public Account get(long id) {
        return find(id).orElseThrow(NotFoundException::new);
    }

    public Optional<Account> findByEmail(String email) {
        return em.createQuery("SELECT a FROM Account a WHERE a.emailNormalized = :email", Account.class)
                .setParameter("email", TextNormalizer.email(email))
                .getResultStream()
                .findFirst();
    }

    /** Accounts whose name or email contains the words, newest first. */
    public List<Account> search(String words, int first, int max) {
        return em.createQuery("SELECT a FROM Account a WHERE a.searchKey LIKE :words ORDER BY a.id DESC", Account.class)
                .setParameter("words", likePattern(words))
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(String words) {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.searchKey LIKE :words", Long.class)
                .setParameter("words", likePattern(words))
                .getSingleResult();
    }

    public List<Account> members(Enterprise enterprise) {
        return em.createQuery("SELECT a FROM Account a WHERE a.enterprise = :enterprise ORDER BY a.enterpriseRole DESC, a.displayName",
                        Account.class)
                .setParameter("enterprise", enterprise)
                .getResultList();
    }

    public void persist(Account account) {
        em.persist(account);
    }

    private static String likePattern(String words) {
        String key = TextNormalizer.searchKey(words).replace("\\", "").replace("%", "").replace("_", "");
        return "%" + key.replace(' ', '%') + "%";
    }
}
