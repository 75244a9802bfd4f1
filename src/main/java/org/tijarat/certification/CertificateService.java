package org.tijarat.certification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tijarat.enrollment.Enrollment;
import org.tijarat.enrollment.EnrollmentService;
import org.tijarat.identity.Account;
import org.tijarat.identity.Caller;
import org.tijarat.identity.Names;
import org.tijarat.identity.Role;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.ConcurrentChangeException;
import org.tijarat.platform.NotAllowedException;
import org.tijarat.platform.NotFoundException;
import org.tijarat.platform.TextNormalizer;

/**
 * Certificates after issue: the learner's list and downloads, public verification and credential
 * documents, and the admin's search, suspension, revocation, reissue, manual completion, template
 * and validity. Every admin action is written to the certificate's audit log in its transaction.
 */
@Stateless
public class CertificateService {

    /** Verification dates are the program's: Pakistan. */
    public static final ZoneId PROGRAM_ZONE = ZoneId.of("Asia/Karachi");
    private static final int SEARCH_MAX = 200;

    @Inject
    private CertificateRepository certificates;

    @Inject
    private CertificateIssuer issuer;

    @Inject
    private EnrollmentService enrollments;

    @Inject
    private Credentials credentials;

    @Inject
    private SigningKeys keys;

    @Inject
    private Caller caller;

    @Inject
    private StatusListCache statusLists;

    @Inject
    private Event<StatusListCache.StatusChanged> statusChanged;

    @Inject
    private Clock clock;

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PROGRAM_ZONE);
    }

    // --- the learner ---------------------------------------------------------------------------

    /** The caller's certificates, newest first, superseded and revoked ones included (they show their status). */
    public List<Certificate> mine() {
        return certificates.ofAccount(caller.account().getId());
    }

    /** A certificate its holder or an admin may download; anyone else is refused. */
    public Certificate forHolder(String code) {
        Certificate certificate = CertificateCode.parse(code).flatMap(certificates::byCode).orElseThrow(NotFoundException::new);
        Account account = caller.account();
        if (certificate.getAccountId() != account.getId() && !account.hasRole(Role.ADMIN)) {
            throw new NotAllowedException();
        }
        return certificate;
    }

    /** Records the stored PDF's file name, unless another download stored one first (which is then kept). */
    public String storePdfName(long certificateId, String file) {
        return certificates.recordFirst(certificateId, "pdf_file", file);
    }

    public TemplateLayout layout() {
        return certificates.template().layout();
    }

    // --- the public ----------------------------------------------------------------------------

    /** Looks a code up for the verification page and counts the check; empty when there is no such certificate. */
    public Optional<Verification> verify(String typed) {
        Optional<Certificate> found = CertificateCode.parse(typed).flatMap(certificates::byCode);
        found.ifPresent(c -> certificates.countVerification(c.getId(), clock.instant()));
        return found.map(c -> Verification.of(c, today()));
    }

    /** The signed credential of a certificate, for whoever holds its code (a counted check); signed now if it was issued before a key existed. */
    public Optional<String> credential(String typed) {
        Optional<Certificate> found = CertificateCode.parse(typed).flatMap(certificates::byCode);
        found.ifPresent(c -> certificates.countVerification(c.getId(), clock.instant()));
        return found.map(this::signed);
    }

    /** The credential of a certificate the caller holds (or any, for an admin), for download. */
    public String holderCredential(String code) {
        return signed(forHolder(code));
    }

    private String signed(Certificate found) {
        if (found.getCredentialJwt() != null) {
            return found.getCredentialJwt();
        }
        return certificates.recordFirst(found.getId(), "credential_jwt", credentials.signedCredential(found));
    }

    /** A status list ({@code revocation-1}, {@code suspension-1}) as a signed credential. */
    public Optional<String> statusList(String name) {
        int dash = name == null ? -1 : name.lastIndexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        String purpose = name.substring(0, dash);
        int list;
        try {
            list = Integer.parseInt(name.substring(dash + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (list < 1 || list > certificates.highestList()) {
            return Optional.empty();
        }
        CertificateStatus status = switch (purpose) {
            case OpenBadges.REVOCATION -> CertificateStatus.REVOKED;
            case OpenBadges.SUSPENSION -> CertificateStatus.SUSPENDED;
            default -> null;
        };
        if (status == null) {
            return Optional.empty();
        }
        int number = list;
        return Optional.of(statusLists.get(purpose + "-" + number,
                () -> credentials.signedStatusList(purpose, number, certificates.indexesIn(number, status), clock.instant())));
    }

    // --- admins --------------------------------------------------------------------------------

    public List<Certificate> search(String learner, String enterprise, Long courseId, LocalDate from, LocalDate to, Standing status) {
        caller.require(Role.ADMIN);
        String learnerKey = learner == null || learner.isBlank() ? null : TextNormalizer.searchKey(learner);
        String enterpriseKey = enterprise == null || enterprise.isBlank() ? null : enterprise.strip().toLowerCase(java.util.Locale.ROOT);
        return certificates.search(new CertificateSearch(learnerKey, enterpriseKey, courseId, from, to, status, today()), SEARCH_MAX);
    }

    public Certificate get(long id) {
        caller.require(Role.ADMIN);
        return certificates.get(id);
    }

    public List<CertificateEvent> events(long id) {
        caller.require(Role.ADMIN);
        return certificates.events(id);
    }

    public Certificate revoke(long id, long version, String reason) {
        Account admin = caller.require(Role.ADMIN);
        Certificate certificate = locked(id, version);
        certificate.revoke(reason(reason), clock.instant());
        log(certificate, admin, CertificateEvent.Action.REVOKED, certificate.getStatusReason());
        return certificate;
    }

    public Certificate suspend(long id, long version, String reason) {
        Account admin = caller.require(Role.ADMIN);
        Certificate certificate = locked(id, version);
        certificate.suspend(reason(reason), clock.instant());
        log(certificate, admin, CertificateEvent.Action.SUSPENDED, certificate.getStatusReason());
        return certificate;
    }

    public Certificate unsuspend(long id, long version, String note) {
        Account admin = caller.require(Role.ADMIN);
        Certificate certificate = locked(id, version);
        certificate.unsuspend(clock.instant());
        log(certificate, admin, CertificateEvent.Action.UNSUSPENDED, note == null || note.isBlank() ? null : note.strip());
        return certificate;
    }

    /**
     * Reissues a certificate under a corrected name: the old one is revoked and marked superseded,
     * the new one (new code, new credential) links back to it; everything else stays as issued.
     */
    public Certificate reissue(long id, long version, String name, String nameLatin, String reason) {
        Account admin = caller.require(Role.ADMIN);
        String why = reason(reason);
        String newName = name == null ? "" : name.strip();
        if (newName.isEmpty() || newName.length() > Names.PERSON_MAX || !newName.matches(Names.TEXT_PATTERN)) {
            throw BusinessException.at("name", "certificate.name_invalid", Names.PERSON_MAX);
        }
        String latin = Names.optional(nameLatin);
        if (latin != null && (latin.length() > Names.PERSON_MAX || !latin.matches(Names.LATIN_PATTERN))) {
            throw BusinessException.at("nameLatin", "certificate.latin_name_invalid");
        }
        Certificate old = locked(id, version);
        if (!old.isCurrent()) {
            throw new BusinessException("certificate.already_superseded");
        }
        if (old.getStatus() != CertificateStatus.ISSUED) {
            // revocation is final, and a suspension is decided before anything is reissued
            throw new BusinessException("certificate.not_reissuable");
        }
        Achievement corrected = achievementOf(old).renamed(newName, latin, CertificateIssuer.searchKey(newName, latin));
        old.releaseEnrollment();
        certificates.flush();
        Certificate fresh = issuer.store(corrected);
        fresh.reissues(old);
        old.supersede(fresh, why, clock.instant());
        log(old, admin, CertificateEvent.Action.SUPERSEDED, why);
        log(fresh, admin, CertificateEvent.Action.REISSUED, why);
        return fresh;
    }

    /** An admin records a completion (recognised prior learning); the certificate follows as for an earned one. */
    public Certificate recordCompletion(long enrollmentId, String reason) {
        Enrollment enrollment = enrollments.recordCompletion(enrollmentId, reason);
        return certificates.currentOf(enrollment.getId()).orElseThrow(IllegalStateException::new);
    }

    public List<Enrollment> enrollmentsOf(String email) {
        return enrollments.enrollmentsOf(email);
    }

    /** A new signing key for new credentials; earlier ones stay published and verifiable. */
    public String rotateKey() {
        caller.require(Role.ADMIN);
        return keys.rotate();
    }

    public List<String> keyIds() {
        caller.require(Role.ADMIN);
        return keys.publicKeys().getKeys().stream().map(k -> k.getKeyID()).toList();
    }

    // --- template and validity ------------------------------------------------------------------

    public CertificateTemplate template() {
        caller.require(Role.ADMIN);
        return certificates.template();
    }

    public CertificateTemplate saveTemplate(@NotNull @Valid TemplateForm form) {
        caller.require(Role.ADMIN);
        CertificateTemplate template = certificates.template();
        if (template.getVersion() != form.getVersion()) {
            throw new ConcurrentChangeException();
        }
        template.describe(form, clock.instant());
        return template;
    }

    public CertificateTemplate saveImage(TemplateImage which, byte[] image) {
        caller.require(Role.ADMIN);
        if (image != null) {
            TemplateImages.check(image);
        }
        CertificateTemplate template = certificates.template();
        template.useImage(which, image, clock.instant());
        return template;
    }

    public Map<Long, Integer> validities() {
        caller.require(Role.ADMIN);
        return certificates.validities().stream().collect(java.util.stream.Collectors.toMap(
                CertificateValidity::getCourseId, CertificateValidity::getValidityMonths));
    }

    /** Months of validity for a course's future certificates; null or 0: they do not expire. */
    public void setValidity(long courseId, Integer months) {
        caller.require(Role.ADMIN);
        if (months != null && (months < 0 || months > CertificateValidity.MONTHS_MAX)) {
            throw BusinessException.at("months", "certificate.validity_invalid", CertificateValidity.MONTHS_MAX);
        }
        Optional<CertificateValidity> existing = certificates.validity(courseId);
        if (months == null || months == 0) {
            existing.ifPresent(certificates::remove);
        } else if (existing.isPresent()) {
            existing.get().change(months);
        } else {
            certificates.persist(new CertificateValidity(courseId, months));
        }
    }

    // -------------------------------------------------------------------------------------------

    private Certificate locked(long id, long version) {
        Certificate certificate = certificates.lock(id);
        if (certificate.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        return certificate;
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > Certificate.REASON_MAX) {
            throw BusinessException.at("reason", "certificate.reason_required", Certificate.REASON_MAX);
        }
        return why;
    }

    private void log(Certificate certificate, Account actor, CertificateEvent.Action action, String detail) {
        certificates.persist(new CertificateEvent(certificate.getId(), clock.instant(), actor, action, detail));
        statusChanged.fire(new StatusListCache.StatusChanged(certificate.getId()));
    }

    private static Achievement achievementOf(Certificate c) {
        return new Achievement(c.getEnrollmentId(), c.getAccountId(), c.getCourseId(), c.getEnterpriseId(),
                c.getLearnerName(), c.getLearnerNameLatin(), "", c.getLearnerEmail(), c.getEnterpriseName(),
                c.getEnterpriseCity(), c.getCourseTitle(), c.getCourseSlug(), c.getProgramName(), c.getCompletedOn(),
                c.getGradePercent(), c.getExpiresOn());
    }
}
