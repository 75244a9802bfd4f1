package org.tijarat.identity;

/** A deactivated account cannot sign in; its records stay. */
public enum AccountStatus {
    ACTIVE,
    DEACTIVATED
}
