package org.tijarat.platform.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends each mail to a text file: the default, so a fresh install needs no mail server. */
class LogFileTransport implements MailTransport {

    private final String from;
    private final Path file;

    LogFileTransport(String from, Path file) {
        this.from = from;
        this.file = file.toAbsolutePath();
    }

    @Override
    public void send(OutboxMail mail) throws MailFailure {
        String entry = "----- mail " + mail.getId() + " queued " + mail.getCreatedAt() + "\n"
                + "From: " + from + "\n"
                + "To: " + mail.getRecipient() + "\n"
                + "Subject: " + mail.getSubject() + "\n\n"
                + mail.getBody() + "\n";
        synchronized (LogFileTransport.class) {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, entry, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new MailFailure("Cannot write the mail log " + file, e);
            }
        }
    }
}
