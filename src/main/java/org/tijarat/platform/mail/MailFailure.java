package org.tijarat.platform.mail;

import java.io.Serial;

/** A transport could not hand the mail over; the sender tries again later. */
public class MailFailure extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    public MailFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
