package org.tijarat.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.Language;
import org.tijarat.platform.TextNormalizer;

/** A person who signs in: an SME's learner or owner, a trainer or a program admin. */
@Entity
@Table(name = "account")
public class Account implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String DEFAULT_TIME_ZONE = "Asia/Karachi";
    static final int SEARCH_KEY_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = Names.EMAIL_MAX)
    @Column(nullable = false, length = Names.EMAIL_MAX)
    private String email;

    @Column(name = "email_normalized", nullable = false, unique = true, length = Names.EMAIL_MAX)
    private String emailNormalized;

    @NotBlank
    @Size(max = Names.PERSON_MAX)
    @Column(name = "display_name", nullable = false, length = Names.PERSON_MAX)
    private String displayName;

    @Size(max = Names.PERSON_MAX)
    @Column(name = "latin_name", length = Names.PERSON_MAX)
    private String latinName;

    @Column(name = "search_key", nullable = false, length = SEARCH_KEY_MAX)
    private String searchKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "language_code", nullable = false, length = 2)
    private Language language;

    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone;

    @Column(name = "password_hash", length = 255)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountStatus status;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    @Enumerated(EnumType.STRING)
    @Column(name = "enterprise_role", length = 20)
    private EnterpriseRole enterpriseRole;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", length = 20)
    private Set<Role> roles = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    /** When the password last changed: sessions signed in before it are no longer accepted. */
    @Column(name = "credentials_changed_at")
    private Instant credentialsChangedAt;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String email, String displayName, String latinName, Language language, Role role, Instant now) {
        this.email = email.strip();
        this.emailNormalized = TextNormalizer.email(email);
        this.language = language;
        this.timeZone = DEFAULT_TIME_ZONE;
        this.status = AccountStatus.ACTIVE;
        this.roles.add(role);
        this.createdAt = now;
        rename(displayName, latinName);
    }

    public final void rename(String displayName, String latinName) {
        this.displayName = displayName.strip();
        this.latinName = Names.isUrduScript(this.displayName) ? Names.optional(latinName) : null;
        String key = TextNormalizer.searchKey(this.displayName + " " + (this.latinName == null ? "" : this.latinName + " ")
                + emailNormalized);
        // compatibility forms can expand a name (one ligature is 18 letters); the column holds 500
        this.searchKey = key.length() > SEARCH_KEY_MAX ? key.substring(0, SEARCH_KEY_MAX) : key;
    }

    public void updatePreferences(Language language, String timeZone) {
        this.language = language;
        this.timeZone = ZoneId.of(timeZone).getId();
    }

    public void joinEnterprise(Enterprise enterprise, EnterpriseRole role) {
        this.enterprise = enterprise;
        this.enterpriseRole = role;
    }

    /** The first password of a new account. */
    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** A new password; sessions signed in before now stop working. */
    public void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.credentialsChangedAt = now;
    }

    /** True when a session signed in at that moment predates the current password. */
    public boolean signedInBeforePasswordChange(Instant signedInAt) {
        return standing().signedInBeforePasswordChange(signedInAt);
    }

    public AccountStanding standing() {
        return new AccountStanding(status, credentialsChangedAt);
    }

    /** Following a link mailed to the address proves it; the first time counts. */
    public void verifyEmail(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
        }
    }

    /** An account enrols in courses only once its email address is verified. */
    public void ensureCanEnrol() {
        if (!isActive()) {
            throw new BusinessException("account.deactivated");
        }
        if (!isEmailVerified()) {
            throw new BusinessException("account.email_not_verified");
        }
    }

    public void deactivate() {
        status = AccountStatus.DEACTIVATED;
    }

    public void reactivate() {
        status = AccountStatus.ACTIVE;
    }

    public boolean grant(Role role) {
        return roles.add(role);
    }

    /** Every account keeps at least one role. */
    public boolean revoke(Role role) {
        if (roles.contains(role) && roles.size() == 1) {
            throw BusinessException.at("roles", "admin_user.last_role");
        }
        return roles.remove(role);
    }

    public boolean isActive() {
        return standing().isActive();
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isEnterpriseOwner() {
        return enterprise != null && enterpriseRole == EnterpriseRole.OWNER;
    }

    /** The name in Latin script: the Latin-script name of an Urdu name when given, else the name. */
    public String nameInLatin() {
        return latinName != null ? latinName : displayName;
    }

    String searchKey() {
        return searchKey;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getEmailNormalized() {
        return emailNormalized;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getLatinName() {
        return latinName;
    }

    public Language getLanguage() {
        return language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public EnterpriseRole getEnterpriseRole() {
        return enterpriseRole;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public long getVersion() {
        return version;
    }
}
