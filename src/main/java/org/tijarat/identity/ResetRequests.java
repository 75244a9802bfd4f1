package org.tijarat.identity;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Takes "forgot my password" requests off the request thread, so the page answers as fast for an
 * unknown address as for a registered one and says nothing about which it was.
 */
@Stateless
public class ResetRequests {

    @Inject
    private PasswordService passwords;

    @Asynchronous
    public void submit(String email) {
        passwords.requestReset(email);
    }
}
