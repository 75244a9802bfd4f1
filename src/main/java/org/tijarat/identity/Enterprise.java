package org.tijarat.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import org.tijarat.platform.TextNormalizer;

/** An SME taking part in the program: the unit managers count by province, city and sector. */
@Entity
@Table(name = "enterprise")
public class Enterprise implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int LEGAL_NAME_MAX = 200;
    public static final int REGISTRATION_MAX = 40;
    public static final int CITY_MAX = 80;
    public static final int WEBSITE_MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = LEGAL_NAME_MAX)
    @Column(name = "legal_name", nullable = false, length = LEGAL_NAME_MAX)
    private String legalName;

    @Size(max = REGISTRATION_MAX)
    @Column(name = "registration_number", length = REGISTRATION_MAX)
    private String registrationNumber;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Sector sector;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Province province;

    @NotBlank
    @Size(max = CITY_MAX)
    @Column(nullable = false, length = CITY_MAX)
    private String city;

    @Column(name = "city_key", nullable = false, length = CITY_MAX)
    private String cityKey;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "employee_band", nullable = false, length = 20)
    private EmployeeBand employeeBand;

    @Size(max = WEBSITE_MAX)
    @Column(length = WEBSITE_MAX)
    private String website;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Enterprise() {
    }

    public Enterprise(EnterpriseDetails details, Instant now) {
        this.createdAt = now;
        update(details);
    }

    /** Takes the editable details; the city is also kept folded, so reports group "lahore" with "Lahore". */
    public final void update(EnterpriseDetails details) {
        this.legalName = details.getLegalName().strip();
        this.registrationNumber = Names.optional(details.getRegistrationNumber());
        this.sector = details.getSector();
        this.province = details.getProvince();
        this.city = details.getCity().strip();
        this.cityKey = TextNormalizer.searchKey(city);
        this.employeeBand = details.getEmployeeBand();
        this.website = EnterpriseDetails.normalizeWebsite(details.getWebsite());
    }

    public EnterpriseDetails details() {
        EnterpriseDetails details = new EnterpriseDetails();
        details.setLegalName(legalName);
        details.setRegistrationNumber(registrationNumber);
        details.setSector(sector);
        details.setProvince(province);
        details.setCity(city);
        details.setEmployeeBand(employeeBand);
        details.setWebsite(website);
        details.setVersion(version);
        return details;
    }

    public Long getId() {
        return id;
    }

    public String getLegalName() {
        return legalName;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public Sector getSector() {
        return sector;
    }

    public Province getProvince() {
        return province;
    }

    public String getCity() {
        return city;
    }

    public EmployeeBand getEmployeeBand() {
        return employeeBand;
    }

    public String getWebsite() {
        return website;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
