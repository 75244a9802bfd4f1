package org.tijarat.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tijarat.platform.Language;

/**
 * Demo accounts for {@code scripts/run} ({@code tijarat.demo-data=true}), created on the first
 * start only: an admin, a trainer, and two SMEs each with an owner and a learner. They share one
 * password whose hash is precomputed, so seeding costs no hashing time.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class DemoAccounts {

    public static final String PASSWORD = "demo-Tijarat-2026";
    static final String ADMIN_EMAIL = "admin@tijarat.example";

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());
    private static final String PASSWORD_HASH = "PBKDF2WithHmacSHA256:210000:"
            + "xAtUAgL2CGuaOv0v17dlTejTrKqUKnTjGI9hk49eAuM=:ZUqYNfqC1DVfQTGQ5aFGT7Z5fjvkQ+2XHHBPoDxjjYU=";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "tijarat.demo-data", defaultValue = "false")
    private boolean enabled;

    @PostConstruct
    void seed() {
        if (!enabled || accounts.findByEmail(ADMIN_EMAIL).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        account(ADMIN_EMAIL, "Ayesha Khan", null, Language.EN, Role.ADMIN, now);
        account("trainer@tijarat.example", "Bilal Ahmed", null, Language.EN, Role.TRAINER, now);

        Enterprise leather = enterprise("Indus Leather Works (Pvt) Ltd", Sector.LEATHER_GOODS, Province.PUNJAB,
                "Sialkot", EmployeeBand.FROM_10_TO_49, "https://indusleather.example", now);
        member(leather, EnterpriseRole.OWNER, "owner@indusleather.example", "Usman Tariq", null, Language.EN, now);
        member(leather, EnterpriseRole.MEMBER, "sana@indusleather.example", "Sana Iqbal", null, Language.EN, now);

        Enterprise crafts = enterprise("کراچی ہینڈی کرافٹس", Sector.HANDICRAFTS_AND_HOME_DECOR, Province.SINDH,
                "Karachi", EmployeeBand.FROM_2_TO_9, null, now);
        member(crafts, EnterpriseRole.OWNER, "fatima@karachicrafts.example", "فاطمہ علی", "Fatima Ali", Language.UR, now);
        member(crafts, EnterpriseRole.MEMBER, "hamza@karachicrafts.example", "Hamza Sheikh", null, Language.EN, now);
        LOG.info("Demo accounts created; the password of each is " + PASSWORD);
    }

    private Account account(String email, String name, String latinName, Language language, Role role, Instant now) {
        Account account = new Account(email, name, latinName, language, role, now);
        account.setPasswordHash(PASSWORD_HASH);
        account.verifyEmail(now);
        em.persist(account);
        return account;
    }

    private void member(Enterprise enterprise, EnterpriseRole role, String email, String name, String latinName,
            Language language, Instant now) {
        account(email, name, latinName, language, Role.LEARNER, now).joinEnterprise(enterprise, role);
    }

    private Enterprise enterprise(String name, Sector sector, Province province, String city, EmployeeBand band,
            String website, Instant now) {
        EnterpriseDetails details = new EnterpriseDetails();
        details.setLegalName(name);
        details.setSector(sector);
        details.setProvince(province);
        details.setCity(city);
        details.setEmployeeBand(band);
        details.setWebsite(website);
        Enterprise enterprise = new Enterprise(details, now);
        em.persist(enterprise);
        return enterprise;
    }
}
