package org.tijarat.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;

/** Chooses the transport from {@code tijarat.mail.transport}: {@code log} (default) or {@code smtp}. */
@ApplicationScoped
public class MailTransports {

    @Inject
    private Config config;

    @Produces
    @ApplicationScoped
    MailTransport transport() {
        String from = config.getValue("tijarat.mail.from", String.class);
        String kind = config.getOptionalValue("tijarat.mail.transport", String.class).orElse("log");
        return switch (kind) {
            case "smtp" -> new SmtpTransport(from, new SmtpTransport.Settings(
                    config.getValue("tijarat.mail.smtp.host", String.class),
                    config.getOptionalValue("tijarat.mail.smtp.port", Integer.class).orElse(587),
                    config.getOptionalValue("tijarat.mail.smtp.starttls", Boolean.class).orElse(true),
                    config.getOptionalValue("tijarat.mail.smtp.user", String.class),
                    config.getOptionalValue("tijarat.mail.smtp.password", String.class)));
            case "log" -> new LogFileTransport(from, Path.of(config.getValue("tijarat.mail.log-file", String.class)));
            default -> throw new IllegalStateException("tijarat.mail.transport must be log or smtp, not " + kind);
        };
    }
}
