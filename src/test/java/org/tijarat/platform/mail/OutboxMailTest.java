package org.tijarat.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void isDueAtOnceAndDoneWhenSent() {
        OutboxMail mail = new OutboxMail("sana@example.pk", "Subject", "Body", NOW);
        assertThat(mail.isPending()).isTrue();
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW);
        mail.markSent(NOW);
        assertThat(mail.isPending()).isFalse();
        assertThat(mail.getSentAt()).isEqualTo(NOW);
    }

    @Test
    void failuresBackOffExponentiallyThenGiveUp() {
        OutboxMail mail = new OutboxMail("sana@example.pk", "Subject", "Body", NOW);
        mail.markFailed(NOW, "connection refused");
        assertThat(Duration.between(NOW, mail.getNextAttemptAt())).isEqualTo(Duration.ofMinutes(1));
        mail.markFailed(NOW, "connection refused");
        assertThat(Duration.between(NOW, mail.getNextAttemptAt())).isEqualTo(Duration.ofMinutes(2));
        for (int i = 2; i < OutboxMail.MAX_ATTEMPTS - 1; i++) {
            mail.markFailed(NOW, "connection refused");
        }
        assertThat(Duration.between(NOW, mail.getNextAttemptAt())).isEqualTo(Duration.ofMinutes(256));
        assertThat(mail.isPending()).isTrue();
        mail.markFailed(NOW, "x".repeat(2000));
        assertThat(mail.isPending()).isFalse();
        assertThat(mail.getLastError()).hasSize(500);
    }
}
