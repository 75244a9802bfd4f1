package org.tijarat.certification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** What the public verification page shows of a certificate. */
public record Verification(String code, Standing standing, String learnerName, String learnerNameLatin,
        String enterpriseName, String enterpriseCity, String courseTitle, String programName, LocalDate completedOn,
        BigDecimal gradePercent, LocalDate expiresOn, Instant statusChangedAt, String statusReason, boolean superseded) {

    public static Verification of(Certificate c, LocalDate today) {
        Standing standing = c.standingOn(today);
        boolean decided = standing == Standing.REVOKED || standing == Standing.SUSPENDED;
        return new Verification(c.getDisplayCode(), standing, c.getLearnerName(),
                c.getLearnerNameLatin() != null && !c.getLearnerNameLatin().equals(c.getLearnerName()) ? c.getLearnerNameLatin() : null,
                c.getEnterpriseName(), c.getEnterpriseCity(), c.getCourseTitle(), c.getProgramName(), c.getCompletedOn(),
                c.getGradePercent(), c.getExpiresOn(), decided ? c.getStatusChangedAt() : null,
                decided ? c.getStatusReason() : null, c.isSuperseded());
    }

    public boolean isValid() {
        return standing == Standing.VALID;
    }
}
