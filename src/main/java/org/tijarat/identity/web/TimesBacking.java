package org.tijarat.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.tijarat.platform.web.LocaleBacking;

/**
 * {@code #{times.format(instant)}}: a moment as the viewer reads it, in their time zone
 * (Asia/Karachi for visitors) and language. Times are stored in UTC.
 */
@Named("times")
@RequestScoped
public class TimesBacking {

    @Inject
    private CurrentUserBacking me;

    @Inject
    private LocaleBacking locale;

    private DateTimeFormatter formatter;

    /** The viewer's time zone, in which dates are typed and shown. */
    public ZoneId zone() {
        return ZoneId.of(me.getTimeZone());
    }

    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        if (formatter == null) {
            formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale.getCurrent())
                    .withZone(ZoneId.of(me.getTimeZone()));
        }
        return formatter.format(instant);
    }

    /** A calendar day in the viewer's language, such as 28 November 2026. */
    public String day(java.time.LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale.getCurrent()).format(day);
    }
}
