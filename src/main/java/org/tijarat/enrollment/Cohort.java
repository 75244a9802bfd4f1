package org.tijarat.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.tijarat.identity.Account;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.TextNormalizer;

/** A named group of learners with start and end dates ("Lahore batch, June 2021"), enrolled and followed together. */
@Entity
@Table(name = "cohort")
public class Cohort implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "name_key", nullable = false, unique = true, length = NAME_MAX)
    private String nameKey;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @ManyToMany
    @JoinTable(name = "cohort_member", joinColumns = @JoinColumn(name = "cohort_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> members = new HashSet<>();

    @Version
    private long version;

    protected Cohort() {
    }

    Cohort(String name, LocalDate startsOn, LocalDate endsOn, Account createdBy, Instant now) {
        rename(name, startsOn, endsOn);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    final void rename(String name, LocalDate startsOn, LocalDate endsOn) {
        if (name == null || name.isBlank()) {
            throw BusinessException.at("name", "cohort.name_required");
        }
        if (name.strip().length() > NAME_MAX) {
            throw BusinessException.at("name", "general.too_long_text", NAME_MAX);
        }
        if (startsOn == null || endsOn == null) {
            throw BusinessException.at("startsOn", "cohort.dates_required");
        }
        if (endsOn.isBefore(startsOn)) {
            throw BusinessException.at("endsOn", "cohort.ends_before_start");
        }
        this.name = name.strip();
        this.nameKey = key(name);
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    static String key(String name) {
        String key = TextNormalizer.searchKey(name);
        return key.length() > NAME_MAX ? key.substring(0, NAME_MAX) : key;
    }

    /** Returns false when the account was already a member. */
    boolean add(Account account) {
        if (isMember(account)) {
            return false;
        }
        return members.add(account);
    }

    void remove(Account account) {
        members.removeIf(m -> m.getId().equals(account.getId()));
    }

    public boolean isMember(Account account) {
        return members.stream().anyMatch(m -> m.getId().equals(account.getId()));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Account> getMembers() {
        return members;
    }

    public int getMemberCount() {
        return members.size();
    }

    public long getVersion() {
        return version;
    }
}
