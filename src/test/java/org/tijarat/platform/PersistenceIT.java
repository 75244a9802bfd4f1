package org.tijarat.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tijarat.course.Course;
import org.tijarat.course.CourseRevision;
import org.tijarat.course.CourseTransferService;
import org.tijarat.course.MediaStore;
import org.tijarat.course.PublishingService;
import org.tijarat.course.RevisionLesson;
import org.tijarat.identity.Account;
import org.tijarat.identity.EmployeeBand;
import org.tijarat.identity.Enterprise;
import org.tijarat.identity.EnterpriseDetails;
import org.tijarat.identity.EnterpriseRole;
import org.tijarat.identity.Province;
import org.tijarat.identity.Role;
import org.tijarat.identity.Sector;
import org.tijarat.identity.SignInThrottle;
import org.tijarat.platform.mail.MailOutbox;
import org.tijarat.platform.mail.MailSender;
import org.tijarat.testing.AdjustableClock;
import org.tijarat.testing.TestDeployments;
import org.tijarat.testing.Transactions;

/**
 * The platform on the leg's database: migrations, mapping (Urdu text, enums, element collections,
 * instants), the unique email key, the native upsert and the row-locking outbox.
 */
@Tag("h2")
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.inServer("persistence", PersistenceIT.class);
    }

    @Inject
    private Transactions tx;

    @Inject
    private MailOutbox outbox;

    @Inject
    private MailSender sender;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private CourseTransferService transfers;

    @Inject
    private PublishingService publishing;

    @Inject
    private AdjustableClock clock;

    @Inject
    @Readiness
    private HealthChecks health;

    @Inject
    @ConfigProperty(name = "tijarat.mail.log-file")
    private String mailLog;

    @Test
    void migrationsRanToTheLatestVersion() {
        assertThat(tx.number("SELECT COUNT(*) FROM flyway_schema_history WHERE success = TRUE")).isGreaterThanOrEqualTo(1);
        assertThat(tx.number("SELECT COUNT(*) FROM flyway_schema_history WHERE success = FALSE")).isZero();
    }

    @Test
    void healthReportsTheDatabaseUp() {
        assertThat(health.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void accountsAndEnterprisesKeepUrduTextRolesAndInstants() {
        String email = unique("Fatima");
        Instant now = Instant.parse("2026-06-01T10:15:30.123456Z");
        long id = tx.call(em -> {
            Enterprise enterprise = new Enterprise(details("کراچی ہینڈی کرافٹس"), now);
            em.persist(enterprise);
            Account account = new Account(email, "فاطمہ علی", "Fatima Ali", Language.UR, Role.LEARNER, now);
            account.grant(Role.TRAINER);
            account.joinEnterprise(enterprise, EnterpriseRole.OWNER);
            em.persist(account);
            em.flush();
            return account.getId();
        });

        tx.run(em -> {
            Account read = em.find(Account.class, id);
            assertThat(read.getDisplayName()).isEqualTo("فاطمہ علی");
            assertThat(read.getLatinName()).isEqualTo("Fatima Ali");
            assertThat(read.getRoles()).containsExactlyInAnyOrder(Role.LEARNER, Role.TRAINER);
            assertThat(read.getCreatedAt()).isEqualTo(now);
            assertThat(read.getEnterprise().getLegalName()).isEqualTo("کراچی ہینڈی کرافٹس");
            assertThat(read.getEmailNormalized()).isEqualTo(email.toLowerCase(Locale.ROOT));
        });
    }

    @Test
    void theSameEmailInAnotherCaseIsRefusedByTheDatabase() {
        String email = unique("Case");
        tx.run(em -> em.persist(new Account(email, "First", null, Language.EN, Role.LEARNER, Instant.now())));

        assertThatThrownBy(() -> tx.run(em -> em.persist(
                new Account(email.toUpperCase(Locale.ROOT), "Second", null, Language.EN, Role.LEARNER, Instant.now()))))
                .isInstanceOf(EJBException.class);
        assertThat(tx.number("SELECT COUNT(*) FROM account WHERE email_normalized = ?1", email.toLowerCase(Locale.ROOT)))
                .isEqualTo(1);
    }

    @Test
    void attemptsAreCountedAndFurtherOnesWaitLongerEachTime() {
        String email = unique("Throttle");
        String address = "203.0.113." + (int) (Math.random() * 200);
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.claimAttempt(email, address)).as("attempt " + (i + 1)).isZero();
        }
        assertThat(throttle.claimAttempt(email, address)).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.claimAttempt(email, address)).isZero();
        assertThat(throttle.claimAttempt(email, address)).isGreaterThan(Duration.ofMinutes(1));
        throttle.forget(email);
        assertThat(throttle.claimAttempt(email, address)).isZero();
    }

    @Test
    void parallelAttemptsCannotSlipPastTheCount() throws Exception {
        String email = unique("Parallel");
        String address = "192.0.2." + (int) (Math.random() * 200);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Duration>> claims = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            claims.add(pool.submit(() -> throttle.claimAttempt(email, address)));
        }
        int allowed = 0;
        for (Future<Duration> claim : claims) {
            allowed += claim.get().isZero() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(allowed).as("three free attempts and one more").isEqualTo(4);
    }

    @Test
    void anAddressWithManyAttemptsWaitsWhateverAccountItTries() {
        String address = "198.51.100." + (int) (Math.random() * 200);
        for (int i = 0; i < 11; i++) {
            assertThat(throttle.claimAttempt(unique("Spray" + i), address)).isZero();
        }
        assertThat(throttle.claimAttempt(unique("Fresh"), address)).isPositive();
        assertThat(throttle.claimAttempt(unique("Fresh"), "192.0.2.250")).isZero();
    }

    @Test
    void aStarterCourseIsImportedAndPublishedWithItsRevision() throws Exception {
        Account trainer = tx.call(em -> {
            Account account = new Account(unique("Trainer"), "Bilal Ahmed", null, Language.EN, Role.TRAINER, Instant.now());
            em.persist(account);
            return account;
        });
        byte[] manifest;
        try (var in = getClass().getResourceAsStream("/demo/courses/amazon-par-farokht.json")) {
            manifest = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"amazon-par-farokht\"", "\"persistence-" + UUID.randomUUID().toString().substring(0, 8) + "\"")
                    .getBytes(StandardCharsets.UTF_8);
        }
        MediaStore.Incoming cover;
        try (var in = getClass().getResourceAsStream("/demo/courses/amazon-par-farokht.png")) {
            cover = transfers.receive(in);
        }
        long revisionId = tx.call(em -> {
            Course course = transfers.createFrom(manifest, Map.of(cover.sha256(), cover), em.find(Account.class, trainer.getId()));
            CourseRevision published = publishing.publishAs(course, em.find(Account.class, trainer.getId()));
            em.flush();
            return published.getId();
        });
        tx.run(em -> {
            CourseRevision revision = em.find(CourseRevision.class, revisionId);
            assertThat(revision.getLanguage()).isEqualTo(Language.UR);
            assertThat(revision.getTitle()).isEqualTo("پاکستان سے ایمیزون پر فروخت");
            assertThat(revision.getEstimatedHours()).isEqualByComparingTo("2.0");
            assertThat(revision.getCover().getContentType()).isEqualTo("image/png");
            assertThat(revision.getModules()).hasSizeGreaterThanOrEqualTo(2);
            RevisionLesson lesson = revision.lessons().get(1);
            assertThat(lesson.getBody().getBodyHtml()).contains("<h3>");
            assertThat(lesson.getBody().getPolicyEffective()).isNotNull();
            assertThat(lesson.getLessonKey()).hasSize(36);
        });
    }

    @Test
    void mailInTheOutboxIsWrittenToTheLogOnce() throws Exception {
        String recipient = unique("Mail");
        outbox.enqueue(recipient, Locale.ENGLISH, "password_changed", "Sana");
        Path log = Path.of(mailLog);
        String text = "";
        for (int i = 0; i < 100 && !text.contains(recipient); i++) {
            Thread.onSpinWait();
            sender.sendDue();
            text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        }
        assertThat(text).contains("To: " + recipient).contains("Dear Sana");
        sender.sendDue();
        String again = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(again.split("To: " + recipient, -1)).hasSize(2);
    }

    static EnterpriseDetails details(String name) {
        EnterpriseDetails details = new EnterpriseDetails();
        details.setLegalName(name);
        details.setSector(Sector.HANDICRAFTS_AND_HOME_DECOR);
        details.setProvince(Province.SINDH);
        details.setCity("Karachi");
        details.setEmployeeBand(EmployeeBand.FROM_2_TO_9);
        return details;
    }

    static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@Test.Example";
    }
}
