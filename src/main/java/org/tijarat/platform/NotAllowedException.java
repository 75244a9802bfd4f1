package org.tijarat.platform;

import java.io.Serial;

/** The caller may not do this: wrong role, not the owner, not their enterprise. Pages answer 403. */
public class NotAllowedException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public NotAllowedException() {
        super("general.not_allowed");
    }
}
