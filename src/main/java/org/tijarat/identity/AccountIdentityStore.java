package org.tijarat.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks an email and password against the accounts. The caller principal is the account id.
 * A deactivated account with the right password is refused, and the request is marked so the
 * sign-in page can say why.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    public static final String DEACTIVATED_ATTRIBUTE = "tijarat.signin.deactivated";

    @Inject
    private AccountRepository accounts;

    @Inject
    private Passwords passwords;

    @Inject
    private HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String password = credential.getPasswordAsString();
        if (password.length() > Passwords.MAX_LENGTH || credential.getCaller().length() > Names.EMAIL_MAX) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<Account> account = accounts.findByEmail(credential.getCaller());
        if (!passwords.matches(password, account.map(Account::getPasswordHash).orElse(null))) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!account.get().isActive()) {
            request.setAttribute(DEACTIVATED_ATTRIBUTE, Boolean.TRUE);
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(new CallerPrincipal(String.valueOf(account.get().getId())),
                account.get().getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
