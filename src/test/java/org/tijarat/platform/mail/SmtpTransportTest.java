package org.tijarat.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The SMTP transport against a minimal SMTP peer on loopback that records the conversation. */
class SmtpTransportTest {

    @Test
    void sendsUtf8MailWithLoginToTheConfiguredServer() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<List<String>> conversation = CompletableFuture.supplyAsync(() -> converse(server));
            SmtpTransport transport = new SmtpTransport("Tijarat Academy <no-reply@tijarat.example>",
                    new SmtpTransport.Settings("127.0.0.1", server.getLocalPort(), false,
                            Optional.of("mailer"), Optional.of("s3cret")));

            transport.send(mail("fatima@example.pk", "خوش آمدید", "محترم فاطمہ،\nیہ لنک کھولیں"));

            List<String> lines = conversation.get(20, TimeUnit.SECONDS);
            String all = String.join("\n", lines);
            String auth = lines.stream().filter(l -> l.startsWith("AUTH PLAIN ")).findFirst().orElseThrow();
            assertThat(new String(Base64.getDecoder().decode(auth.substring(11)), StandardCharsets.UTF_8))
                    .endsWith("\0mailer\0s3cret");
            assertThat(all).contains("MAIL FROM:<no-reply@tijarat.example>").contains("RCPT TO:<fatima@example.pk>");
            assertThat(all).contains("Message-ID: <outbox-7-").contains("charset=UTF-8");
            assertThat(all).containsPattern("Subject: =\\?UTF-8\\?");
        }
    }

    @Test
    void aServerThatDoesNotAnswerIsAFailureTheSenderRetries() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SmtpTransport transport = new SmtpTransport("no-reply@tijarat.example",
                new SmtpTransport.Settings("127.0.0.1", closedPort, false, Optional.empty(), Optional.empty()));
        assertThatThrownBy(() -> transport.send(mail("sana@example.pk", "Hello", "Body")))
                .isInstanceOf(MailFailure.class).hasMessageContaining("SMTP refused mail 7");
    }

    private static OutboxMail mail(String to, String subject, String body) throws Exception {
        OutboxMail mail = new OutboxMail(to, subject, body, Instant.parse("2026-11-27T10:00:00Z"));
        var id = OutboxMail.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(mail, 7L);
        return mail;
    }

    /** Plays the server's side of one SMTP session and returns what the client said. */
    private static List<String> converse(ServerSocket server) {
        List<String> heard = new ArrayList<>();
        try (Socket client = server.accept();
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
            out.print("220 test ESMTP\r\n");
            out.flush();
            boolean data = false;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                heard.add(line);
                if (data) {
                    if (line.equals(".")) {
                        data = false;
                        reply(out, "250 queued");
                    }
                } else if (line.startsWith("EHLO")) {
                    out.print("250-test\r\n250 AUTH PLAIN\r\n");
                    out.flush();
                } else if (line.startsWith("AUTH")) {
                    reply(out, "235 ok");
                } else if (line.equals("DATA")) {
                    data = true;
                    reply(out, "354 go on");
                } else if (line.equals("QUIT")) {
                    reply(out, "221 bye");
                    break;
                } else {
                    reply(out, "250 ok");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return heard;
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }
}
