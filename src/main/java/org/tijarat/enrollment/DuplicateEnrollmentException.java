package org.tijarat.enrollment;

import jakarta.ejb.ApplicationException;
import java.io.Serial;

/** Another request inserted the same learner's enrollment first: the caller re-reads it, a success. */
@ApplicationException(rollback = true)
class DuplicateEnrollmentException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    DuplicateEnrollmentException(Throwable cause) {
        super("enrollment inserted concurrently", cause);
    }
}
