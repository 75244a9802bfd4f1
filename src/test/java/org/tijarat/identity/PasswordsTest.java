package org.tijarat.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tijarat.platform.BusinessException;

class PasswordsTest {

    @Test
    void acceptsLongPassphrasesInAnyScript() {
        assertThatCode(() -> Passwords.checkStrength("correct horse battery", "sana@example.pk", "password")).doesNotThrowAnyException();
        assertThatCode(() -> Passwords.checkStrength("میرا پاس ورڈ", "sana@example.pk", "password")).doesNotThrowAnyException();
    }

    @Test
    void refusesShortLongCommonAndTheAddressItself() {
        assertRefused("short", "password.too_short");
        assertRefused("x".repeat(Passwords.MAX_LENGTH + 1), "password.too_long");
        assertRefused("Password1", "password.too_common");
        assertRefused("aaaaaaaaaa", "password.too_common");
        assertRefused("SANA@example.pk", "password.too_common");
    }

    @Test
    void theConfirmationMustMatch() {
        assertThatThrownBy(() -> Passwords.checkConfirmation("one secret", "another", "passwordConfirm"))
                .isInstanceOf(BusinessException.class).hasMessage("password.confirmation_differs");
    }

    private static void assertRefused(String password, String key) {
        assertThatThrownBy(() -> Passwords.checkStrength(password, "sana@example.pk", "password"))
                .isInstanceOf(BusinessException.class).hasMessage(key)
                .extracting(e -> ((BusinessException) e).getField().orElseThrow()).isEqualTo("password");
    }
}
