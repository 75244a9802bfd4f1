package org.tijarat.certification;

/** A certificate's standing as a verifier sees it on a given day. */
public enum Standing {
    VALID,
    EXPIRED,
    SUSPENDED,
    REVOKED
}
