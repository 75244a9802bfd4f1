package org.tijarat.platform.mail;

/** Fired when a mail joins the outbox; after the commit, the sender is woken at once. */
public record MailQueued(long mailId) {
}
