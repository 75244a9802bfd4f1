package org.tijarat.certification;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A certificate's public code: 130 random bits from a secure source written as 26 characters of
 * Crockford's base32 (no I, L, O or U), then one check character (modulo 37) that catches a
 * mistyped or swapped character. Shown in groups of three; read back forgivingly (lower case,
 * spaces and dashes, O for 0, I and L for 1).
 */
public final class CertificateCode {

    public static final int LENGTH = 27;

    private static final String DIGITS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String CHECKS = DIGITS + "*~$=U";
    private static final int RANDOM_CHARS = 26;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCode() {
    }

    /** A new code in its stored form (27 characters, no separators). */
    public static String generate() {
        byte[] bytes = new byte[17];
        RANDOM.nextBytes(bytes);
        StringBuilder code = new StringBuilder(LENGTH);
        // 26 five-bit groups from the first 130 bits
        for (int i = 0; i < RANDOM_CHARS; i++) {
            int bit = i * 5;
            int value = 0;
            for (int b = 0; b < 5; b++) {
                int at = bit + b;
                value = (value << 1) | ((bytes[at / 8] >> (7 - at % 8)) & 1);
            }
            code.append(DIGITS.charAt(value));
        }
        return code.append(check(code)).toString();
    }

    /** The stored form of what a person typed, or empty when it cannot be a code (wrong length or check). */
    public static Optional<String> parse(String typed) {
        if (typed == null || typed.length() > 80) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ' || c == '\u00a0') {
                continue;
            }
            char canonical = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            code.append(canonical);
        }
        if (code.length() != LENGTH) {
            return Optional.empty();
        }
        String data = code.substring(0, RANDOM_CHARS);
        for (char c : data.toCharArray()) {
            if (DIGITS.indexOf(c) < 0) {
                return Optional.empty();
            }
        }
        return code.charAt(RANDOM_CHARS) == check(data) ? Optional.of(code.toString()) : Optional.empty();
    }

    /** The code as people read it: groups of three joined by dashes. */
    public static String display(String code) {
        StringBuilder shown = new StringBuilder(LENGTH + LENGTH / 3);
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % 3 == 0) {
                shown.append('-');
            }
            shown.append(code.charAt(i));
        }
        return shown.toString();
    }

    private static char check(CharSequence data) {
        int remainder = 0;
        for (int i = 0; i < data.length(); i++) {
            remainder = (remainder * 32 + DIGITS.indexOf(data.charAt(i))) % 37;
        }
        return CHECKS.charAt(remainder);
    }
}
