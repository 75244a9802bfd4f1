package org.tijarat.platform;

import java.sql.SQLIntegrityConstraintViolationException;

/** Tells a unique-key violation (the same row inserted twice) from any other database failure. */
public final class DuplicateKeys {

    private DuplicateKeys() {
    }

    /** MySQL, MariaDB and H2 all report a duplicate key as an integrity constraint violation. */
    public static boolean isDuplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException violation) {
                String state = violation.getSQLState();
                // 23000 (MySQL: duplicate entry) and 23505 (H2: unique index violation), not NOT NULL or foreign keys
                return "23505".equals(state) || violation.getErrorCode() == 1062 || violation.getErrorCode() == 23505;
            }
        }
        return false;
    }
}
