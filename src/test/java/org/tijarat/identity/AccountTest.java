package org.tijarat.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.Language;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void aLatinScriptNameKeepsNoSeparateLatinName() {
        Account account = new Account(" Sana@Example.PK ", " Sana Iqbal ", "Ignored", Language.EN, Role.LEARNER, NOW);
        assertThat(account.getEmail()).isEqualTo("Sana@Example.PK");
        assertThat(account.getEmailNormalized()).isEqualTo("sana@example.pk");
        assertThat(account.getDisplayName()).isEqualTo("Sana Iqbal");
        assertThat(account.getLatinName()).isNull();
        assertThat(account.nameInLatin()).isEqualTo("Sana Iqbal");
    }

    @Test
    void anUrduNameKeepsItsLatinName() {
        Account account = new Account("fatima@example.pk", "فاطمہ علی", "Fatima Ali", Language.UR, Role.LEARNER, NOW);
        assertThat(account.nameInLatin()).isEqualTo("Fatima Ali");
        assertThat(account.getTimeZone()).isEqualTo("Asia/Karachi");
    }

    @Test
    void enrollingNeedsAVerifiedAddressAndAnActiveAccount() {
        Account account = new Account("hamza@example.pk", "Hamza", null, Language.EN, Role.LEARNER, NOW);
        assertThatThrownBy(account::ensureCanEnrol).hasMessage("account.email_not_verified");
        account.verifyEmail(NOW);
        account.ensureCanEnrol();
        account.deactivate();
        assertThatThrownBy(account::ensureCanEnrol).isInstanceOf(BusinessException.class).hasMessage("account.deactivated");
    }

    @Test
    void theFirstVerificationCounts() {
        Account account = new Account("hamza@example.pk", "Hamza", null, Language.EN, Role.LEARNER, NOW);
        account.verifyEmail(NOW);
        account.verifyEmail(NOW.plusSeconds(60));
        assertThat(account.getEmailVerifiedAt()).isEqualTo(NOW);
    }

    @Test
    void aPasswordChangeOutdatesEarlierSessionsOnly() {
        Account account = new Account("sana@example.pk", "Sana", null, Language.EN, Role.LEARNER, NOW);
        assertThat(account.signedInBeforePasswordChange(NOW)).isFalse();
        account.changePassword("new hash", NOW.plusSeconds(60));
        assertThat(account.signedInBeforePasswordChange(NOW)).isTrue();
        assertThat(account.signedInBeforePasswordChange(NOW.plusSeconds(60))).isFalse();
    }

    @Test
    void theSearchKeyFitsItsColumnEvenWhenCompatibilityFormsExpand() {
        Account account = new Account("long@example.pk", "\uFDFA".repeat(100), null, Language.UR, Role.LEARNER, NOW);
        assertThat(account.getDisplayName()).hasSize(100);
        assertThat(account.searchKey()).hasSize(Account.SEARCH_KEY_MAX);
    }

    @Test
    void anAccountKeepsAtLeastOneRole() {
        Account account = new Account("bilal@example.pk", "Bilal", null, Language.EN, Role.TRAINER, NOW);
        assertThatThrownBy(() -> account.revoke(Role.TRAINER)).hasMessage("admin_user.last_role");
        account.grant(Role.ADMIN);
        assertThat(account.revoke(Role.TRAINER)).isTrue();
        assertThat(account.getRoles()).containsExactly(Role.ADMIN);
    }
}
