package org.tijarat.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import org.tijarat.identity.Account;
import org.tijarat.identity.Caller;

/**
 * In test deployments, the caller is whoever the test says is acting (in-server tests run in one
 * request each); without that, the signed-in user as in production.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@RequestScoped
public class ActingCaller extends Caller {

    private Long acting;

    public void actAs(Account account) {
        acting = account == null ? null : account.getId();
    }

    public void anonymous() {
        acting = -1L;
    }

    @Override
    public Optional<Long> id() {
        if (acting == null) {
            return super.id();
        }
        return acting < 0 ? Optional.empty() : Optional.of(acting);
    }
}
