package org.tijarat.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * Every {@link Instant} is stored in a {@code DATETIME(6)} column as its UTC wall-clock time,
 * bound as a literal. Connector/J truncates temporal parameters to whole seconds on MariaDB 10
 * (it reads the server version as 5.5.5), while a literal keeps the microseconds on MySQL,
 * MariaDB and H2 alike, whatever the JVM's time zone.
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, Object> {

    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    @Override
    public Object convertToDatabaseColumn(Instant instant) {
        return format(instant);
    }

    /** Drivers hand back a {@link LocalDateTime} (Connector/J, H2), a {@link Timestamp} or text. */
    @Override
    public Instant convertToEntityAttribute(Object value) {
        return parse(value);
    }

    /** The instant a column's value stands for, also for native queries. */
    public static Instant parse(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDateTime local -> local.toInstant(ZoneOffset.UTC);
            case Timestamp timestamp -> timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
            default -> LocalDateTime.parse(value.toString().strip(), READ).toInstant(ZoneOffset.UTC);
        };
    }

    /** The literal for an instant, also for native queries. */
    public static String format(Instant instant) {
        return instant == null ? null : WRITE.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
