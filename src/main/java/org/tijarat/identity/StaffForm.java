package org.tijarat.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import org.tijarat.platform.Language;

/** A trainer or admin account that a program admin creates. */
public class StaffForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{account.email.required}")
    @Size(max = Names.EMAIL_MAX, message = "{general.too_long}")
    @Email(message = "{account.email.invalid}")
    @Pattern(regexp = Names.EMAIL_PATTERN, message = "{account.email.invalid}")
    private String email;

    @NotBlank(message = "{account.name.required}")
    @Size(max = Names.PERSON_MAX, message = "{general.too_long}")
    @Pattern(regexp = Names.TEXT_PATTERN, message = "{general.letters_required}")
    private String displayName;

    @NotNull
    private Role role = Role.TRAINER;

    @NotNull
    private Language language = Language.EN;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }
}
