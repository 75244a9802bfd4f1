package org.tijarat.platform.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * Sends through an SMTP server: {@code tijarat.mail.smtp.host}, {@code .port} (587),
 * {@code .starttls} (true), {@code .user} and {@code .password} (both optional).
 */
class SmtpTransport implements MailTransport {

    private final String from;
    private final Session session;

    SmtpTransport(String from, Config config) {
        this.from = from;
        Properties props = new Properties();
        props.put("mail.smtp.host", config.getValue("tijarat.mail.smtp.host", String.class));
        props.put("mail.smtp.port", config.getOptionalValue("tijarat.mail.smtp.port", String.class).orElse("587"));
        props.put("mail.smtp.starttls.enable",
                config.getOptionalValue("tijarat.mail.smtp.starttls", String.class).orElse("true"));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        var user = config.getOptionalValue("tijarat.mail.smtp.user", String.class);
        var password = config.getOptionalValue("tijarat.mail.smtp.password", String.class);
        Authenticator authenticator = null;
        if (user.isPresent()) {
            props.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            };
        }
        this.session = Session.getInstance(props, authenticator);
    }

    @Override
    public void send(OutboxMail mail) throws MailFailure {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient()));
            message.setSubject(mail.getSubject(), "UTF-8");
            message.setText(mail.getBody(), "UTF-8");
            message.setSentDate(new Date());
            message.setHeader("Message-ID", "<outbox-" + mail.getId() + "-" + mail.getCreatedAt().toEpochMilli()
                    + "@" + from.replaceAll(".*@|>.*", "") + ">");
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailFailure("SMTP refused mail " + mail.getId() + ": " + e.getMessage(), e);
        }
    }
}
