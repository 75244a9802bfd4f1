package org.tijarat.certification;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a certificate records, gathered at issue from enrollment, identity and the course. */
public record Achievement(long enrollmentId, long accountId, long courseId, Long enterpriseId,
        String learnerName, String learnerNameLatin, String learnerSearch, String learnerEmail,
        String enterpriseName, String enterpriseCity, String courseTitle, String courseSlug,
        String programName, LocalDate completedOn, BigDecimal gradePercent, LocalDate expiresOn) {

    /** The same achievement under a corrected name (a reissue). */
    public Achievement renamed(String name, String nameLatin, String search) {
        return new Achievement(enrollmentId, accountId, courseId, enterpriseId, name, nameLatin, search,
                learnerEmail, enterpriseName, enterpriseCity, courseTitle, courseSlug, programName,
                completedOn, gradePercent, expiresOn);
    }
}
