package org.tijarat.platform;

import java.io.Serial;

/** What was asked for does not exist (or the caller may not know it does). Pages answer 404. */
public class NotFoundException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("general.not_found");
    }
}
