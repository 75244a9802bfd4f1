package org.tijarat.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.ConcurrentChangeException;
import org.tijarat.platform.Language;

/** The signed-in user's own profile. */
@Stateless
public class ProfileService {

    /** Zones offered in the profile: Pakistan's first, then the regions SMEs sell to. */
    private static final Set<String> ZONES = new TreeSet<>(ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.matches("(Asia|Europe|America|Africa|Australia|Pacific|Atlantic|Indian)/.+")).toList());

    @Inject
    private Caller caller;

    /** The signed-in, active account, or nothing for a visitor (or an account deactivated meanwhile). */
    public Optional<Account> current() {
        return caller.current();
    }

    /** True when the request carries a signed-in caller, whether or not the account is still usable. */
    public boolean hasCaller() {
        return caller.id().isPresent();
    }

    public ProfileForm myProfile() {
        return ProfileForm.of(caller.account());
    }

    public void update(@NotNull @Valid ProfileForm form) {
        Account account = caller.account();
        if (account.getVersion() != form.getVersion()) {
            throw new ConcurrentChangeException();
        }
        if (!ZONES.contains(form.getTimeZone())) {
            throw BusinessException.at("timeZone", "profile.time_zone_unknown");
        }
        account.rename(form.getDisplayName(), form.getLatinName());
        account.updatePreferences(form.getLanguage(), form.getTimeZone());
    }

    /** The language switch also sets the language of the signed-in user's mail (if there is one). */
    public void changeLanguage(String code) {
        caller.current().ifPresent(account -> Language.fromCode(code)
                .ifPresent(language -> account.updatePreferences(language, account.getTimeZone())));
    }

    public List<String> timeZones() {
        return List.copyOf(ZONES);
    }
}
