package org.tijarat.platform.mail;

/** Where mail goes: a log file by default, SMTP when configured. */
public interface MailTransport {

    void send(OutboxMail mail) throws MailFailure;
}
