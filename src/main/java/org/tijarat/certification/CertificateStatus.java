package org.tijarat.certification;

/** What an admin decided about a certificate. Expiry is not a decision: it follows from the date. */
public enum CertificateStatus {
    ISSUED,
    SUSPENDED,
    /** Final: a revoked certificate is never reinstated (a reissue makes a new one). */
    REVOKED
}
