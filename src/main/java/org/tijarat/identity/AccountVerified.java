package org.tijarat.identity;

/**
 * An account's email address is now verified (a mailed link, or an accepted invitation): fired in
 * that transaction, so capabilities waiting on the address (enrollment invitations) can act.
 */
public record AccountVerified(long accountId, String emailNormalized) {
}
