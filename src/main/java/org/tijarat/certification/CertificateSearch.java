package org.tijarat.certification;

import java.time.LocalDate;

/** An admin's certificate search; null criteria are not applied. Keys are normalised search text. */
public record CertificateSearch(String learnerKey, String enterpriseKey, Long courseId, LocalDate from, LocalDate to,
        Standing status, LocalDate today) {
}
