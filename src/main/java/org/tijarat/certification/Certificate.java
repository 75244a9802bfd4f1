package org.tijarat.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.tijarat.platform.BusinessException;

/**
 * A certificate: what was achieved, by whom, for which enterprise, frozen when it was issued. Later
 * edits to the course, the learner's profile or enrollment change nothing here; only an admin
 * suspends, revokes or reissues it.
 */
@Entity
@Table(name = "certificate")
public class Certificate implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = CertificateCode.LENGTH)
    private String code;

    @Column(name = "enrollment_id", nullable = false)
    private long enrollmentId;

    /** The enrollment's id while this is its current certificate; null once superseded. */
    @Column(name = "enrollment_key")
    private Long enrollmentKey;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "enterprise_id")
    private Long enterpriseId;

    @Column(name = "learner_name", nullable = false, length = 120)
    private String learnerName;

    @Column(name = "learner_name_latin", length = 120)
    private String learnerNameLatin;

    @Column(name = "learner_search", nullable = false, length = 260)
    private String learnerSearch;

    @Column(name = "learner_email", nullable = false, length = 254)
    private String learnerEmail;

    @Column(name = "enterprise_name", length = 200)
    private String enterpriseName;

    @Column(name = "enterprise_city", length = 100)
    private String enterpriseCity;

    @Column(name = "course_title", nullable = false, length = 200)
    private String courseTitle;

    @Column(name = "course_slug", nullable = false, length = 120)
    private String courseSlug;

    @Column(name = "program_name", nullable = false, length = 200)
    private String programName;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "grade_percent", precision = 5, scale = 2)
    private BigDecimal gradePercent;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CertificateStatus status;

    @Column(name = "status_reason", length = REASON_MAX)
    private String statusReason;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "reissue_of")
    private Long reissueOf;

    @Column(name = "superseded_by")
    private Long supersededBy;

    @Column(name = "status_list", nullable = false)
    private int statusList;

    @Column(name = "status_index", nullable = false)
    private int statusIndex;

    @Column(name = "credential_jwt", columnDefinition = "TEXT")
    private String credentialJwt;

    @Column(name = "pdf_file", length = 60)
    private String pdfFile;

    @Column(name = "verification_count", nullable = false)
    private long verificationCount;

    @Column(name = "last_verified_at")
    private Instant lastVerifiedAt;

    @Version
    private long version;

    protected Certificate() {
    }

    Certificate(String code, Achievement achievement, StatusSlot slot, Instant now) {
        this.code = code;
        this.enrollmentId = achievement.enrollmentId();
        this.enrollmentKey = achievement.enrollmentId();
        this.accountId = achievement.accountId();
        this.courseId = achievement.courseId();
        this.enterpriseId = achievement.enterpriseId();
        this.learnerName = achievement.learnerName();
        this.learnerNameLatin = achievement.learnerNameLatin();
        this.learnerSearch = achievement.learnerSearch();
        this.learnerEmail = achievement.learnerEmail();
        this.enterpriseName = achievement.enterpriseName();
        this.enterpriseCity = achievement.enterpriseCity();
        this.courseTitle = achievement.courseTitle();
        this.courseSlug = achievement.courseSlug();
        this.programName = achievement.programName();
        this.completedOn = achievement.completedOn();
        this.gradePercent = achievement.gradePercent();
        this.expiresOn = achievement.expiresOn();
        this.issuedAt = now;
        this.status = CertificateStatus.ISSUED;
        this.statusList = slot.list();
        this.statusIndex = slot.index();
    }

    /** Where this certificate stands on a day: a decision wins over expiry. */
    public Standing standingOn(LocalDate day) {
        return switch (status) {
            case REVOKED -> Standing.REVOKED;
            case SUSPENDED -> Standing.SUSPENDED;
            case ISSUED -> expiresOn != null && day.isAfter(expiresOn) ? Standing.EXPIRED : Standing.VALID;
        };
    }

    void revoke(String reason, Instant now) {
        if (status == CertificateStatus.REVOKED) {
            throw new BusinessException("certificate.already_revoked");
        }
        status = CertificateStatus.REVOKED;
        statusReason = reason;
        statusChangedAt = now;
        revokedAt = now;
    }

    void suspend(String reason, Instant now) {
        if (status != CertificateStatus.ISSUED) {
            throw new BusinessException("certificate.not_suspendable");
        }
        status = CertificateStatus.SUSPENDED;
        statusReason = reason;
        statusChangedAt = now;
    }

    void unsuspend(Instant now) {
        if (status != CertificateStatus.SUSPENDED) {
            throw new BusinessException("certificate.not_suspended");
        }
        status = CertificateStatus.ISSUED;
        statusReason = null;
        statusChangedAt = now;
    }

    /** Gives up its place as the enrollment's certificate, before its successor is stored. */
    void releaseEnrollment() {
        enrollmentKey = null;
    }

    /** Marks it superseded by a reissue: revoked, final, pointing at the new one. */
    void supersede(Certificate successor, String reason, Instant now) {
        if (status != CertificateStatus.REVOKED) {
            status = CertificateStatus.REVOKED;
            revokedAt = now;
        }
        statusReason = reason;
        statusChangedAt = now;
        supersededBy = successor.getId();
    }

    void reissues(Certificate previous) {
        this.reissueOf = previous.getId();
    }

    void signed(String jwt) {
        this.credentialJwt = jwt;
    }

    public boolean isCurrent() {
        return enrollmentKey != null;
    }

    public boolean isSuperseded() {
        return supersededBy != null;
    }

    public String getDisplayCode() {
        return CertificateCode.display(code);
    }

    /** The name in Latin script: the profile's Latin-script name when given, else the name itself. */
    public String nameInLatin() {
        return learnerNameLatin != null ? learnerNameLatin : learnerName;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public long getEnrollmentId() {
        return enrollmentId;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getCourseId() {
        return courseId;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public String getLearnerName() {
        return learnerName;
    }

    public String getLearnerNameLatin() {
        return learnerNameLatin;
    }

    public String getLearnerEmail() {
        return learnerEmail;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public String getEnterpriseCity() {
        return enterpriseCity;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public String getCourseSlug() {
        return courseSlug;
    }

    public String getProgramName() {
        return programName;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public BigDecimal getGradePercent() {
        return gradePercent;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Long getReissueOf() {
        return reissueOf;
    }

    public Long getSupersededBy() {
        return supersededBy;
    }

    public int getStatusList() {
        return statusList;
    }

    public int getStatusIndex() {
        return statusIndex;
    }

    public String getCredentialJwt() {
        return credentialJwt;
    }

    public String getPdfFile() {
        return pdfFile;
    }

    public long getVerificationCount() {
        return verificationCount;
    }

    public Instant getLastVerifiedAt() {
        return lastVerifiedAt;
    }

    public long getVersion() {
        return version;
    }
}
