package org.tijarat.identity;

/** What an account may do. Names match the security roles declared in web.xml. */
public enum Role {
    LEARNER,
    TRAINER,
    ADMIN
}
