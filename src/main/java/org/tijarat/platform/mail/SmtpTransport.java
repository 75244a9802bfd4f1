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
import java.util.Optional;
import java.util.Properties;

/** Sends through an SMTP server, UTF-8 plain text, with a stable Message-ID per outbox row. */
class SmtpTransport implements MailTransport {

    /** {@code tijarat.mail.smtp.host}, {@code .port} (587), {@code .starttls} (true), {@code .user}, {@code .password}. */
    record Settings(String host, int port, boolean startTls, Optional<String> user, Optional<String> password) {
    }

    private final String from;
    private final Session session;

    SmtpTransport(String from, Settings settings) {
        this.from = from;
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.host());
        props.put("mail.smtp.port", String.valueOf(settings.port()));
        props.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        Authenticator authenticator = null;
        if (settings.user().isPresent()) {
            props.put("mail.smtp.auth", "true");
            String user = settings.user().get();
            String password = settings.password().orElse("");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            };
        }
        this.session = Session.getInstance(props, authenticator);
    }

    @Override
    public void send(OutboxMail mail) throws MailFailure {
        try {
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    // the same row always carries the same id, so a resent mail is recognisable
                    setHeader("Message-ID", "<outbox-" + mail.getId() + "-" + mail.getCreatedAt().toEpochMilli()
                            + "@" + domainOf(from) + ">");
                }
            };
            message.setFrom(new InternetAddress(from));
            // strict: exactly one address, never a list smuggled into one field
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient(), true));
            message.setSubject(mail.getSubject(), "UTF-8");
            message.setText(mail.getBody(), "UTF-8");
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailFailure("SMTP refused mail " + mail.getId() + ": " + e.getMessage(), e);
        }
    }

    private static String domainOf(String address) {
        String bare = address.replaceAll(".*<|>.*", "");
        int at = bare.indexOf('@');
        return at < 0 ? "localhost" : bare.substring(at + 1);
    }
}
