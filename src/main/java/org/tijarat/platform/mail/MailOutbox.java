package org.tijarat.platform.mail;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tijarat.platform.Texts;

/**
 * Queues mail in the caller's transaction. A template is a pair of bundle keys,
 * {@code mail.<name>.subject} and {@code mail.<name>.body}, rendered in the recipient's language.
 */
@Stateless
public class MailOutbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<MailQueued> queued;

    @Inject
    @ConfigProperty(name = "tijarat.program-name")
    private String programName;

    public OutboxMail enqueue(String recipient, Locale locale, String template, Object... arguments) {
        String subject = Texts.get(locale, "mail." + template + ".subject", arguments);
        String body = Texts.get(locale, "mail." + template + ".body", arguments)
                + "\n\n-- \n" + programName + "\n";
        OutboxMail mail = new OutboxMail(recipient, subject, body, clock.instant());
        em.persist(mail);
        em.flush();
        queued.fire(new MailQueued(mail.getId()));
        return mail;
    }
}
