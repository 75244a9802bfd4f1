package org.tijarat.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The editable details of an enterprise, as the sign-up and enterprise profile forms hold them. */
public class EnterpriseDetails implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{enterprise.legal_name.required}")
    @Size(max = Enterprise.LEGAL_NAME_MAX, message = "{general.too_long}")
    @Pattern(regexp = Names.TEXT_PATTERN, message = "{general.letters_required}")
    private String legalName;

    @Size(max = Enterprise.REGISTRATION_MAX, message = "{general.too_long}")
    @Pattern(regexp = "^[\\p{Alnum} ./-]*$", message = "{enterprise.registration.invalid}")
    private String registrationNumber;

    @NotNull(message = "{enterprise.sector.required}")
    private Sector sector;

    @NotNull(message = "{enterprise.province.required}")
    private Province province;

    @NotBlank(message = "{enterprise.city.required}")
    @Size(max = Enterprise.CITY_MAX, message = "{general.too_long}")
    @Pattern(regexp = Names.TEXT_PATTERN, message = "{general.letters_required}")
    private String city;

    @NotNull(message = "{enterprise.employees.required}")
    private EmployeeBand employeeBand;

    @Size(max = Enterprise.WEBSITE_MAX, message = "{general.too_long}")
    @Pattern(regexp = "^\\s*((https?://)?[\\p{Alnum}.-]+\\.[\\p{Alpha}]{2,}(:\\d+)?(/\\S*)?)?\\s*$",
            flags = Pattern.Flag.CASE_INSENSITIVE, message = "{enterprise.website.invalid}")
    private String website;

    /** The version the form was read at, for optimistic locking. */
    private long version;

    /** "www.shop.pk" becomes "https://www.shop.pk"; blank becomes null. */
    static String normalizeWebsite(String website) {
        String value = Names.optional(website);
        if (value == null) {
            return null;
        }
        String withScheme = value.toLowerCase(Locale.ROOT).startsWith("http") ? value : "https://" + value;
        try {
            return new URI(withScheme).toString();
        } catch (URISyntaxException e) {
            return withScheme;
        }
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public Province getProvince() {
        return province;
    }

    public void setProvince(Province province) {
        this.province = province;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public EmployeeBand getEmployeeBand() {
        return employeeBand;
    }

    public void setEmployeeBand(EmployeeBand employeeBand) {
        this.employeeBand = employeeBand;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
