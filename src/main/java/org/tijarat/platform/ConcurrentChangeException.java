package org.tijarat.platform;

import java.io.Serial;

/** Someone else saved the same thing meanwhile; nothing was overwritten. */
public class ConcurrentChangeException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException() {
        super("general.changed_meanwhile");
    }
}
