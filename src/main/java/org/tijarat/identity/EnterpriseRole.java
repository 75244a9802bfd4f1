package org.tijarat.identity;

/** A learner's place in their enterprise: its first user owns it and invites colleagues. */
public enum EnterpriseRole {
    OWNER,
    MEMBER
}
