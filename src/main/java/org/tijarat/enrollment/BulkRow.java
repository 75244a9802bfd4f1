package org.tijarat.enrollment;

import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.Texts;

/**
 * One line of a bulk enrollment file and what it comes to: in the preview what will happen, after
 * the commit what did. A refusal carries its message key and arguments.
 */
public record BulkRow(int line, String email, Outcome outcome, String messageKey, Object... arguments) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** What a row does. */
    public enum Outcome {
        /** A known, verified account that is enrolled. */
        ENROL,
        /** Already in the course: nothing to do, and a success. */
        ALREADY,
        /** No usable account yet: an invitation enrols the address once an account verifies it. */
        INVITE,
        /** A bad row, with its reason. */
        ERROR
    }

    public boolean isError() {
        return outcome == Outcome.ERROR;
    }

    /** A bad line as a refusal naming it, its reason in the reader's language. */
    static BusinessException lineRefusal(BulkRow row, Locale locale) {
        return new BusinessException("bulk.line", row.line(), row.email(), Texts.get(locale, row.messageKey(), row.arguments()));
    }

    BulkRow failed(String key, Object... args) {
        return new BulkRow(line, email, Outcome.ERROR, key, args);
    }
}
