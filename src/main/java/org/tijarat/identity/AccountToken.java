package org.tijarat.identity;

import jakarta.persistence.Column;
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
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import org.tijarat.platform.BusinessException;

/**
 * A single-use, expiring link sent by mail: verify an address, reset or set a password, join an
 * enterprise. Only the SHA-256 of the token is stored.
 */
@Entity
@Table(name = "account_token")
public class AccountToken implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(length = Names.EMAIL_MAX)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
    }

    AccountToken(TokenPurpose purpose, String tokenHash, Account account, String email, Enterprise enterprise,
            Account createdBy, Instant now, Instant expiresAt) {
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.account = account;
        this.email = email;
        this.enterprise = enterprise;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Spends the token; a used or expired link is refused with a clear reason. */
    public void use(Instant now) {
        if (usedAt != null) {
            throw new BusinessException("token.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new BusinessException("token.expired");
        }
        usedAt = now;
    }

    /** Withdraws a link that has not been used, such as an invitation the owner cancels. */
    public void revoke(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public Account getAccount() {
        return account;
    }

    public String getEmail() {
        return email;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public Account getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
