package org.tijarat.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import org.tijarat.platform.Language;

/** The signed-in user's own editable details. */
public class ProfileForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{account.name.required}")
    @Size(max = Names.PERSON_MAX, message = "{general.too_long}")
    @Pattern(regexp = Names.TEXT_PATTERN, message = "{general.letters_required}")
    private String displayName;

    @Size(max = Names.PERSON_MAX, message = "{general.too_long}")
    @Pattern(regexp = Names.LATIN_PATTERN, message = "{account.latin_name.invalid}")
    private String latinName;

    @NotNull
    private Language language;

    @NotBlank
    private String timeZone;

    private long version;

    static ProfileForm of(Account account) {
        ProfileForm form = new ProfileForm();
        form.displayName = account.getDisplayName();
        form.latinName = account.getLatinName();
        form.language = account.getLanguage();
        form.timeZone = account.getTimeZone();
        form.version = account.getVersion();
        return form;
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

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
