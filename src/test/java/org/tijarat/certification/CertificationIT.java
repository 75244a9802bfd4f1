package org.tijarat.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tijarat.testing.Refusals.refusal;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tijarat.course.MediaSamples;
import org.tijarat.enrollment.Enrollment;
import org.tijarat.enrollment.EnrollmentFixtures;
import org.tijarat.enrollment.EnrollmentService;
import org.tijarat.enrollment.LearningService;
import org.tijarat.identity.Account;
import org.tijarat.identity.Enterprise;
import org.tijarat.identity.EnterpriseRole;
import org.tijarat.identity.Role;
import org.tijarat.platform.ConcurrentChangeException;
import org.tijarat.platform.Language;
import org.tijarat.platform.NotAllowedException;
import org.tijarat.testing.ActingCaller;
import org.tijarat.testing.AdjustableClock;
import org.tijarat.testing.Refusals;
import org.tijarat.testing.TestDeployments;
import org.tijarat.testing.Transactions;

/**
 * Certificates in the server: issued exactly once on completion (also when reported concurrently)
 * or by an admin's recorded completion, frozen facts, the public verification page over HTTP with
 * its rate limit, the published credential documents (JWKS, VC-JWT, status lists) as a verifier
 * reads them, key rotation, stored PDFs, reissue, and who may download what.
 */
@Tag("h2")
@ExtendWith(ArquillianExtension.class)
class CertificationIT {

    private static final int PER_MINUTE = 12;

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.inServer("certification", Map.of("tijarat.verify.per-minute", String.valueOf(PER_MINUTE)),
                CertificationIT.class, EnrollmentFixtures.class, MediaSamples.class);
    }

    @Inject
    private CertificateService certificates;

    @Inject
    private CertificatePdfs pdfs;

    @Inject
    private CertificateDocuments documents;

    @Inject
    private EnrollmentService enrollment;

    @Inject
    private LearningService learning;

    @Inject
    private EnrollmentFixtures fixtures;

    @Inject
    private ActingCaller caller;

    @Inject
    private AdjustableClock clock;

    @Inject
    private Transactions tx;

    @Inject
    private HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "tijarat.certificates-dir")
    private String certificatesDir;

    @Resource
    private ManagedExecutorService executor;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    // --- issuing ---------------------------------------------------------------------------------

    @Test
    void concurrentCompletionIssuesExactlyOneCertificateWithTheFrozenFacts() throws Exception {
        Enterprise enterprise = fixtures.enterprise("Sialkot Surgical " + UUID.randomUUID().toString().substring(0, 4));
        Account trainer = fixtures.account(Role.TRAINER);
        var course = fixtures.publish(trainer, 1);
        caller.actAs(trainer);
        enrollment.requireForCompletion(course.courseId(), "quiz:1", "Module quiz");
        enrollment.requireForCompletion(course.courseId(), "quiz:2", "Final quiz");
        Account learner = fixtures.account(Role.LEARNER, enterprise, EnterpriseRole.OWNER);
        caller.actAs(learner);
        Enrollment enrolled = enrollment.enroll(course.courseId(), null);
        learning.completeLesson(course.courseId(), course.key(0, 0));
        enrollment.report(learner.getId(), course.courseId(), "quiz:2", true, EnrollmentFixtures.percent("90"));
        assertThat(certificatesOf(enrolled)).isZero();

        List<Callable<Object>> reports = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            reports.add(() -> {
                enrollment.report(learner.getId(), course.courseId(), "quiz:1", true, EnrollmentFixtures.percent("75"));
                return "reported";
            });
        }
        assertThat(Refusals.concurrently(executor, reports)).containsOnly("reported");
        assertThat(certificatesOf(enrolled)).isOne();
        enrollment.report(learner.getId(), course.courseId(), "quiz:1", true, EnrollmentFixtures.percent("80"));
        assertThat(certificatesOf(enrolled)).isOne();
        assertThat(tx.number("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND subject LIKE 'Your certificate:%'",
                learner.getEmail())).isOne();

        caller.actAs(learner);
        Certificate mine = certificates.mine().getFirst();
        assertThat(mine.getLearnerName()).isEqualTo(learner.getDisplayName());
        assertThat(mine.getEnterpriseName()).isEqualTo(enterprise.getLegalName());
        assertThat(mine.getEnterpriseCity()).isEqualTo("Lahore");
        assertThat(mine.getCourseTitle()).startsWith("Enrollment course");
        assertThat(mine.getGradePercent()).isEqualByComparingTo("82.5");
        assertThat(mine.getExpiresOn()).isNull();
        assertThat(mine.getCode()).hasSize(27);
        assertThat(mine.getCredentialJwt()).isNotNull();

        // frozen: withdrawal, a new lesson, a course renamed and the account deactivated change nothing on it
        fixtures.addLessonAndRepublish(trainer, course);
        caller.actAs(learner);
        enrollment.withdraw(course.courseId());
        tx.run(em -> em.find(Account.class, learner.getId()).deactivate());
        Verification checked = certificates.verify(mine.getCode()).orElseThrow();
        assertThat(checked.standing()).isEqualTo(Standing.VALID);
        assertThat(checked.courseTitle()).isEqualTo(mine.getCourseTitle());
        assertThat(checked.learnerName()).isEqualTo(learner.getDisplayName());
        assertThat(checked.gradePercent()).isEqualByComparingTo("82.5");
    }

    @Test
    void anAdminRecordsACompletionWithAReasonAndTheCertificateFollows() {
        Account trainer = fixtures.account(Role.TRAINER);
        var course = fixtures.publish(trainer, 2);
        Account learner = fixtures.account(Role.LEARNER);
        caller.actAs(learner);
        Enrollment enrolled = enrollment.enroll(course.courseId(), null);
        Account admin = fixtures.account(Role.ADMIN);

        caller.actAs(trainer);
        assertThatThrownBy(() -> certificates.recordCompletion(enrolled.getId(), "Prior learning"))
                .isInstanceOf(NotAllowedException.class);
        caller.actAs(admin);
        assertThat(refusal(() -> certificates.recordCompletion(enrolled.getId(), "  ")).getMessageKey())
                .isEqualTo("enrollment.completion_reason_required");
        assertThat(certificatesOf(enrolled)).isZero();

        Certificate issued = certificates.recordCompletion(enrolled.getId(), "Attended the launch webinars in Sialkot");
        assertThat(issued.getGradePercent()).as("no graded quiz, no grade").isNull();
        assertThat(certificatesOf(enrolled)).isOne();
        assertThat(certificates.events(issued.getId())).singleElement().satisfies(event -> {
            assertThat(event.getAction()).isEqualTo(CertificateEvent.Action.ISSUED_MANUALLY);
            assertThat(event.getDetail()).isEqualTo("Attended the launch webinars in Sialkot");
        });
        assertThat(refusal(() -> certificates.recordCompletion(enrolled.getId(), "Again")).getMessageKey())
                .isEqualTo("enrollment.already_completed");
        assertThat(certificatesOf(enrolled)).isOne();
        assertThat(certificates.search(learner.getDisplayName(), null, course.courseId(), null, null, Standing.VALID))
                .extracting(Certificate::getId).containsExactly(issued.getId());
    }

    // --- verification ------------------------------------------------------------------------------

    @Test
    void theVerificationPageShowsValidExpiredSuspendedRevokedAndNotFound() throws Exception {
        Account admin = fixtures.account(Role.ADMIN);
        Certificate valid = issued(null);
        Certificate expiring = issued(1);
        Certificate suspended = issued(null);
        Certificate revoked = issued(null);
        caller.actAs(admin);
        certificates.suspend(suspended.getId(), suspended.getVersion(), "Under review by the program");
        certificates.revoke(revoked.getId(), revoked.getVersion(), "Completion recorded in error");
        freshMinute();

        HttpResponse<String> page = get("/verify/" + valid.getDisplayCode());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("verification-valid").contains(valid.getLearnerName())
                .contains(valid.getCourseTitle()).contains(valid.getDisplayCode());
        assertThat(get("/verify?code=" + valid.getCode().toLowerCase()).body()).contains("verification-valid");

        assertThat(get("/verify/" + expiring.getCode()).body()).contains("verification-valid");
        clock.advance(Duration.ofDays(40));
        assertThat(get("/verify/" + expiring.getCode()).body()).contains("verification-expired").contains("Valid until");

        assertThat(get("/verify/" + suspended.getCode()).body()).contains("verification-suspended")
                .contains("Under review by the program");
        page = get("/verify/" + revoked.getCode());
        assertThat(page.body()).contains("verification-revoked").contains("Completion recorded in error").contains("Since ");

        String unknown = CertificateCode.generate();
        page = get("/verify/" + unknown);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Not found.").doesNotContain("verify-result");
        assertThat(get("/verify/not-a-code").statusCode()).isEqualTo(404);

        caller.actAs(admin);
        assertThat(certificates.get(valid.getId()).getVerificationCount()).isEqualTo(2);
        assertThat(certificates.get(valid.getId()).getLastVerifiedAt()).isNotNull();
        assertThat(certificates.get(expiring.getId()).getVerificationCount()).isEqualTo(2);
    }

    @Test
    void lookupsAreLimitedPerClientAndTheLimitResetsAfterAMinute() throws Exception {
        Certificate certificate = issued(null);
        freshMinute();
        for (int i = 0; i < PER_MINUTE; i++) {
            String path = i % 2 == 0 ? "/verify/" + certificate.getCode() : "/credentials/" + certificate.getCode() + ".jwt";
            assertThat(get(path).statusCode()).as("lookup %d", i + 1).isEqualTo(200);
        }
        HttpResponse<String> limited = get("/verify/" + CertificateCode.generate());
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.body()).contains("Too many lookups");
        assertThat(get("/credentials/" + certificate.getCode() + ".jwt").statusCode()).isEqualTo(429);
        // the status lists and keys stay open: a verifier needs them for every credential
        assertThat(get("/credentials/status/revocation-1").statusCode()).isEqualTo(200);
        assertThat(get("/.well-known/jwks.json").statusCode()).isEqualTo(200);

        freshMinute();
        assertThat(get("/verify/" + certificate.getCode()).statusCode()).isEqualTo(200);
    }

    // --- credentials -------------------------------------------------------------------------------

    @Test
    void statusListsShowRevocationAndSuspensionWithoutAskingAboutTheCertificate() throws Exception {
        Account admin = fixtures.account(Role.ADMIN);
        Certificate certificate = issued(null);
        freshMinute();
        SignedJWT credential = SignedJWT.parse(get("/credentials/" + certificate.getCode() + ".jwt").body());
        List<Map<String, Object>> entries = statusEntries(credential);
        assertThat(entries).extracting(e -> e.get("statusPurpose")).containsExactlyInAnyOrder("revocation", "suspension");
        for (Map<String, Object> entry : entries) {
            assertThat(entry.get("type")).isEqualTo("BitstringStatusListEntry");
            assertThat(entry.get("statusListIndex")).isEqualTo(String.valueOf(certificate.getStatusIndex()));
        }
        assertThat(statusBit(entries, "revocation")).isFalse();
        assertThat(statusBit(entries, "suspension")).isFalse();

        caller.actAs(admin);
        Certificate changed = certificates.suspend(certificate.getId(), certificate.getVersion(), "Checking the enterprise");
        assertThat(statusBit(entries, "suspension")).isTrue();
        assertThat(statusBit(entries, "revocation")).isFalse();
        changed = certificates.unsuspend(changed.getId(), changed.getVersion(), null);
        assertThat(statusBit(entries, "suspension")).isFalse();
        certificates.revoke(changed.getId(), changed.getVersion(), "Fraudulent completion");
        assertThat(statusBit(entries, "revocation")).isTrue();
        assertThat(statusBit(entries, "suspension")).isFalse();
        assertThat(certificates.events(certificate.getId())).as("newest first").extracting(CertificateEvent::getAction)
                .containsExactly(CertificateEvent.Action.REVOKED, CertificateEvent.Action.UNSUSPENDED,
                        CertificateEvent.Action.SUSPENDED, CertificateEvent.Action.ISSUED);
        assertThat(refusal(() -> certificates.suspend(certificate.getId(), certificates.get(certificate.getId()).getVersion(),
                "Again")).getMessageKey()).isEqualTo("certificate.not_suspendable");

        assertThat(get("/credentials/status/revocation-99").statusCode()).isEqualTo(404);
        assertThat(get("/credentials/status/other-1").statusCode()).isEqualTo(404);
    }

    @Test
    void rotatingTheKeyKeepsEarlierCredentialsVerifiableAgainstThePublishedKeys() throws Exception {
        Account admin = fixtures.account(Role.ADMIN);
        Certificate before = issued(null);
        caller.actAs(admin);
        String newKey = certificates.rotateKey();
        Certificate after = issued(null);
        freshMinute();

        String jwks = get("/.well-known/jwks.json").body();
        assertThat(jwks).doesNotContain("\"d\"").doesNotContain("\"p\"");
        String oldJwt = get("/credentials/" + before.getCode() + ".jwt").body();
        String newJwt = get("/credentials/" + after.getCode() + ".jwt").body();
        assertThat(SignedJWT.parse(newJwt).getHeader().getKeyID()).isEqualTo(newKey);
        assertThat(SignedJWT.parse(oldJwt).getHeader().getKeyID()).isNotEqualTo(newKey);
        assertThat(JWKSet.parse(jwks).getKeys()).extracting(k -> k.getKeyID())
                .contains(newKey, SignedJWT.parse(oldJwt).getHeader().getKeyID());

        JWTClaimsSet old = verified(oldJwt, jwks);
        assertThat(old.getJWTID()).endsWith("/verify/" + before.getCode());
        assertThat(old.getIssuer()).isEqualTo(verified(newJwt, jwks).getIssuer());

        // what a verifier must refuse: a changed claim, alg=none, another key
        SignedJWT parsed = SignedJWT.parse(oldJwt);
        String payload = parsed.getPayload().toString().replace(before.getLearnerName(), "Someone Else");
        String tampered = parsed.getHeader().toBase64URL() + "." + Base64URL.encode(payload) + "." + parsed.getSignature();
        assertThatThrownBy(() -> verified(tampered, jwks)).isInstanceOf(Exception.class);
        String none = Base64URL.encode("{\"alg\":\"none\"}") + "." + parsed.getPayload().toBase64URL() + ".";
        assertThatThrownBy(() -> verified(none, jwks)).isInstanceOf(Exception.class);
        String otherKeys = new JWKSet(new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048)
                .keyID(parsed.getHeader().getKeyID()).generate().toPublicJWK()).toString();
        assertThatThrownBy(() -> verified(oldJwt, otherKeys)).isInstanceOf(Exception.class);
        assertThat(parsed.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    }

    // --- files and who may have them -------------------------------------------------------------

    @Test
    void aCertificatePdfIsRenderedOnceStoredAndOnlyForItsHolderOrAnAdmin() throws Exception {
        Account holder = fixtures.account(Role.LEARNER);
        Certificate certificate = issued(holder, null);
        Account other = fixtures.account(Role.LEARNER);

        caller.actAs(other);
        assertThatThrownBy(() -> pdfs.pdf(certificate.getCode())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> certificates.holderCredential(certificate.getCode())).isInstanceOf(NotAllowedException.class);
        assertThat(certificates.mine()).isEmpty();
        caller.anonymous();
        assertThatThrownBy(() -> pdfs.pdf(certificate.getCode())).isInstanceOf(NotAllowedException.class);

        Account admin = fixtures.account(Role.ADMIN);
        caller.actAs(admin);
        long versionSeenByAnAdmin = certificates.get(certificate.getId()).getVersion();
        caller.actAs(holder);
        byte[] first = pdfs.pdf(certificate.getCode());
        assertThat(new String(first, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String file = tx.call(em -> em.find(Certificate.class, certificate.getId()).getPdfFile());
        assertThat(file).isNotNull();
        Path stored = Path.of(certificatesDir).resolve(file);
        assertThat(stored).exists();
        FileTime written = Files.getLastModifiedTime(stored);
        assertThat(pdfs.pdf(certificate.getCode())).isEqualTo(first);
        // served from storage: the stored bytes, even when the template changes afterwards
        caller.actAs(fixtures.account(Role.ADMIN));
        assertThat(pdfs.pdf(certificate.getCode())).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(stored)).isEqualTo(written);
        String still = tx.call(em -> em.find(Certificate.class, certificate.getId()).getPdfFile());
        assertThat(still).isEqualTo(file);
        caller.actAs(holder);
        assertThat(certificates.holderCredential(certificate.getCode())).isEqualTo(certificate.getCredentialJwt());
        // the first download stored the file without changing anything an admin decides: their form is still current
        caller.actAs(admin);
        assertThat(certificates.suspend(certificate.getId(), versionSeenByAnAdmin, "Checking the enterprise").getStatus())
                .isEqualTo(CertificateStatus.SUSPENDED);
    }

    @Test
    void reissueAfterANameCorrectionRevokesTheOldOneAndLinksTheNewOne() throws Exception {
        Account holder = tx.call(em -> {
            Account account = new Account("urdu." + UUID.randomUUID().toString().substring(0, 8) + "@enrol.example",
                    "محمد عثمن", "Muhammad Usman", Language.UR, Role.LEARNER, Instant.now());
            account.verifyEmail(Instant.now());
            em.persist(account);
            return account;
        });
        Certificate old = issued(holder, null);
        assertThat(old.getLearnerName()).isEqualTo("محمد عثمن");
        caller.actAs(holder);
        byte[] oldPdf = pdfs.pdf(old.getCode());
        Account admin = fixtures.account(Role.ADMIN);
        caller.actAs(admin);
        long version = certificates.get(old.getId()).getVersion();
        assertThat(refusal(() -> certificates.reissue(old.getId(), version, " ", null, "Typo")).getMessageKey())
                .isEqualTo("certificate.name_invalid");
        assertThat(refusal(() -> certificates.reissue(old.getId(), version, "محمد عثمان", "محمد", "Typo"))
                .getMessageKey()).isEqualTo("certificate.latin_name_invalid");
        assertThat(refusal(() -> certificates.reissue(old.getId(), version, "محمد عثمان", null, ""))
                .getMessageKey()).isEqualTo("certificate.reason_required");
        assertThatThrownBy(() -> certificates.reissue(old.getId(), version + 1, "محمد عثمان", null, "Typo"))
                .isInstanceOf(ConcurrentChangeException.class);

        Certificate fresh = certificates.reissue(old.getId(), version, "محمد عثمان", "Muhammad Usman",
                "Spelling of the name corrected");
        Certificate replaced = certificates.get(old.getId());
        assertThat(fresh.getCode()).isNotEqualTo(old.getCode());
        assertThat(fresh.getReissueOf()).isEqualTo(old.getId());
        assertThat(replaced.getSupersededBy()).isEqualTo(fresh.getId());
        assertThat(replaced.getStatus()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(fresh.getLearnerName()).isEqualTo("محمد عثمان");
        assertThat(fresh.getCourseTitle()).isEqualTo(old.getCourseTitle());
        assertThat(fresh.getCompletedOn()).isEqualTo(old.getCompletedOn());
        assertThat(certificates.events(old.getId())).extracting(CertificateEvent::getAction)
                .containsExactly(CertificateEvent.Action.SUPERSEDED, CertificateEvent.Action.ISSUED);
        assertThat(certificates.events(fresh.getId())).extracting(CertificateEvent::getAction)
                .containsExactly(CertificateEvent.Action.REISSUED);
        assertThat(refusal(() -> certificates.reissue(old.getId(), replaced.getVersion(), "محمد", null, "Again"))
                .getMessageKey()).isEqualTo("certificate.already_superseded");

        Verification oldCheck = certificates.verify(old.getCode()).orElseThrow();
        assertThat(oldCheck.standing()).isEqualTo(Standing.REVOKED);
        assertThat(oldCheck.superseded()).isTrue();
        assertThat(certificates.verify(fresh.getCode()).orElseThrow().standing()).isEqualTo(Standing.VALID);

        caller.actAs(holder);
        assertThat(certificates.mine()).extracting(Certificate::getCode).containsExactlyInAnyOrder(old.getCode(), fresh.getCode());
        byte[] newPdf = pdfs.pdf(fresh.getCode());
        assertThat(newPdf).isNotEqualTo(oldPdf);
        assertThat(pdfs.pdf(old.getCode())).as("the old file stays as it was").isEqualTo(oldPdf);
        caller.actAs(admin);
        Certificate current = certificates.get(fresh.getId());
        // revocation is final: a revoked certificate is not brought back by a reissue, nor a suspended one
        Certificate suspended = certificates.suspend(fresh.getId(), current.getVersion(), "Checking the name");
        assertThat(refusal(() -> certificates.reissue(fresh.getId(), suspended.getVersion(), "محمد عثمان طارق", null, "Typo"))
                .getMessageKey()).isEqualTo("certificate.not_reissuable");
        Certificate revoked = certificates.revoke(fresh.getId(), suspended.getVersion(), "Not the learner's work");
        assertThat(refusal(() -> certificates.reissue(fresh.getId(), revoked.getVersion(), "محمد عثمان طارق", null, "Typo"))
                .getMessageKey()).isEqualTo("certificate.not_reissuable");
        caller.actAs(holder);
        assertThat(certificates.mine()).hasSize(2);
    }

    // --- the template ------------------------------------------------------------------------------

    @Test
    void anAdminEditsTheTemplateAndTheNextCertificatesFollowIt() throws Exception {
        Account admin = fixtures.account(Role.ADMIN);
        caller.actAs(fixtures.account(Role.TRAINER));
        assertThatThrownBy(() -> certificates.template()).isInstanceOf(NotAllowedException.class);
        caller.actAs(admin);
        TemplateForm form = TemplateForm.of(certificates.template());
        TemplateForm stale = TemplateForm.of(certificates.template());
        form.setTitle("Certificate of Achievement");
        form.setBody("{learner} of {enterprise} completed {course} on {date} in the {program}.");
        form.setPrimaryColour("#0b6e4f");
        form.setSigner1Name("Ayesha Khan");
        form.setSigner1Role("Programme Director");
        certificates.saveTemplate(form);
        assertThatThrownBy(() -> certificates.saveTemplate(stale)).isInstanceOf(ConcurrentChangeException.class);
        TemplateForm bad = TemplateForm.of(certificates.template());
        bad.setPrimaryColour("green");
        assertThatThrownBy(() -> certificates.saveTemplate(bad)).satisfies(thrown ->
                assertThat(thrown).hasRootCauseInstanceOf(jakarta.validation.ConstraintViolationException.class));
        assertThat(refusal(() -> certificates.saveImage(TemplateImage.LOGO, "not an image".getBytes(StandardCharsets.UTF_8)))
                .getMessageKey()).isEqualTo("certificate_template.image_type");
        byte[] logo = png();
        certificates.saveImage(TemplateImage.LOGO, logo);

        Enterprise enterprise = fixtures.enterprise("Faisalabad Home Textiles");
        Certificate issued = issued(fixtures.account(Role.LEARNER, enterprise, EnterpriseRole.MEMBER), null);
        CertificateDocument document = documents.of(issued, certificates.layout());
        assertThat(document.layout().title()).isEqualTo("Certificate of Achievement");
        assertThat(document.layout().primaryColour()).isEqualTo("#0b6e4f");
        assertThat(document.layout().logo()).isEqualTo(logo);
        String completedOn = document.details().get(1).value();
        assertThat(completedOn).contains(String.valueOf(issued.getCompletedOn().getYear()));
        assertThat(document.body()).isEqualTo(issued.nameInLatin() + " of Faisalabad Home Textiles, Lahore completed "
                + issued.getCourseTitle() + " on " + completedOn + " in the " + issued.getProgramName() + ".");
        assertThat(document.verifyUrl()).endsWith("/verify/" + issued.getCode());
        caller.actAs(admin);
        byte[] pdf = pdfs.pdf(issued.getCode());
        assertThat(pdf.length).as("the logo is embedded").isGreaterThan(logo.length);
        assertThat(pdfs.preview()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** A certificate of a new learner for a new one-lesson course, earned by completing the lesson. */
    private Certificate issued(Integer validityMonths) {
        return issued(fixtures.account(Role.LEARNER), validityMonths);
    }

    private Certificate issued(Account learner, Integer validityMonths) {
        Account trainer = fixtures.account(Role.TRAINER);
        var course = fixtures.publish(trainer, 1);
        if (validityMonths != null) {
            caller.actAs(fixtures.account(Role.ADMIN));
            certificates.setValidity(course.courseId(), validityMonths);
        }
        caller.actAs(learner);
        Enrollment enrolled = enrollment.enroll(course.courseId(), null);
        learning.completeLesson(course.courseId(), course.key(0, 0));
        return tx.call(em -> em.createQuery("SELECT c FROM Certificate c WHERE c.enrollmentId = :e", Certificate.class)
                .setParameter("e", enrolled.getId()).getSingleResult());
    }

    private static byte[] png() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(120, 60, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0x0b, 0x6e, 0x4f));
        g.fillRect(0, 0, 120, 60);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private long certificatesOf(Enrollment enrolled) {
        return tx.number("SELECT COUNT(*) FROM certificate WHERE enrollment_id = ?", enrolled.getId());
    }

    /** Starts a new minute on the server's clock: the lookup limit counts per minute. */
    private void freshMinute() {
        clock.advance(Duration.ofSeconds(61));
    }

    private HttpResponse<String> get(String path) throws Exception {
        URI uri = URI.create("http://localhost:" + request.getLocalPort() + request.getContextPath() + path);
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JWTClaimsSet verified(String jwt, String jwks) throws Exception {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier((type, context) -> { });
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(JWKSet.parse(jwks))));
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
        return processor.process(JWTParser.parse(jwt), null);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> statusEntries(SignedJWT credential) throws Exception {
        Object status = credential.getJWTClaimsSet().getClaim("credentialStatus");
        return status instanceof List<?> list ? (List<Map<String, Object>>) list : List.of((Map<String, Object>) status);
    }

    /** The bit a verifier reads: fetch the entry's status list, check its signature, decode, look at the index. */
    @SuppressWarnings("unchecked")
    private boolean statusBit(List<Map<String, Object>> entries, String purpose) throws Exception {
        Map<String, Object> entry = entries.stream().filter(e -> purpose.equals(e.get("statusPurpose"))).findFirst().orElseThrow();
        String url = (String) entry.get("statusListCredential");
        String path = URI.create(url).getPath();
        HttpResponse<String> list = get(path);
        assertThat(list.statusCode()).isEqualTo(200);
        JWTClaimsSet claims = verified(list.body(), get("/.well-known/jwks.json").body());
        Map<String, Object> subject = (Map<String, Object>) claims.getClaim("credentialSubject");
        assertThat(subject.get("statusPurpose")).isEqualTo(purpose);
        String encoded = (String) subject.get("encodedList");
        assertThat(StatusBitstring.length(encoded)).isGreaterThanOrEqualTo(131_072);
        BitSet bits = StatusBitstring.decode(encoded);
        return bits.get(Integer.parseInt((String) entry.get("statusListIndex")));
    }
}
