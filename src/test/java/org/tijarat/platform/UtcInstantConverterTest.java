package org.tijarat.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class UtcInstantConverterTest {

    private final UtcInstantConverter converter = new UtcInstantConverter();

    @Test
    void writesUtcWallClockTimeWithMicroseconds() {
        assertThat(converter.convertToDatabaseColumn(Instant.parse("2026-06-01T10:15:30.123456789Z")))
                .isEqualTo("2026-06-01 10:15:30.123456");
    }

    @Test
    void readsWhatEachDriverHandsBack() {
        Instant expected = Instant.parse("2026-06-01T10:15:30.123456Z");
        assertThat(converter.convertToEntityAttribute("2026-06-01 10:15:30.123456")).isEqualTo(expected);
        assertThat(converter.convertToEntityAttribute("2026-06-01T10:15:30.123456")).isEqualTo(expected);
        assertThat(converter.convertToEntityAttribute("2026-06-01 10:15:30.0"))
                .isEqualTo(Instant.parse("2026-06-01T10:15:30Z"));
        assertThat(converter.convertToEntityAttribute("2026-06-01 10:15:30"))
                .isEqualTo(Instant.parse("2026-06-01T10:15:30Z"));
        assertThat(converter.convertToEntityAttribute(LocalDateTime.parse("2026-06-01T10:15:30.123456"))).isEqualTo(expected);
    }

    @Test
    void keepsNull() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
