package org.tijarat.identity;

import java.io.Serial;
import org.tijarat.platform.BusinessException;

/** Too many failed sign-ins: wait this many seconds. */
public class SignInThrottledException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long seconds;

    public SignInThrottledException(long seconds) {
        super("signin.throttled", seconds);
        this.seconds = seconds;
    }

    public long getSeconds() {
        return seconds;
    }
}
