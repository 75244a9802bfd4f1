package org.tijarat.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import org.tijarat.platform.Language;

/** What an SME fills in to join: its enterprise and the owner's account. */
public class SignUpForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Valid
    @NotNull
    private EnterpriseDetails enterprise = new EnterpriseDetails();

    @NotBlank(message = "{account.name.required}")
    @Size(max = Names.PERSON_MAX, message = "{general.too_long}")
    @Pattern(regexp = Names.TEXT_PATTERN, message = "{general.letters_required}")
    private String displayName;

    @Size(max = Names.PERSON_MAX, message = "{general.too_long}")
    @Pattern(regexp = Names.LATIN_PATTERN, message = "{account.latin_name.invalid}")
    private String latinName;

    @NotBlank(message = "{account.email.required}")
    @Size(max = Names.EMAIL_MAX, message = "{general.too_long}")
    @Email(message = "{account.email.invalid}")
    @Pattern(regexp = Names.EMAIL_PATTERN, message = "{account.email.invalid}")
    private String email;

    @NotNull(message = "{password.required}")
    @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH, message = "{password.length}")
    private String password;

    private String passwordConfirm;

    @NotNull
    private Language language = Language.EN;

    public EnterpriseDetails getEnterprise() {
        return enterprise;
    }

    public void setEnterprise(EnterpriseDetails enterprise) {
        this.enterprise = enterprise;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getLatinName() {
        return latinName;
    }

    public void setLatinName(String latinName) {
        this.latinName = latinName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordConfirm() {
        return passwordConfirm;
    }

    public void setPasswordConfirm(String passwordConfirm) {
        this.passwordConfirm = passwordConfirm;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }
}
