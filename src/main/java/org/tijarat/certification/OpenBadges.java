package org.tijarat.certification;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tijarat.platform.Texts;

/**
 * Open Badges 3.0 credentials: each certificate as an {@code OpenBadgeCredential} (Verifiable
 * Credentials 2.0 data model) secured as a VC-JWT with RS256, the issuer's profile, and the two
 * Bitstring Status Lists (revocation, suspension) as signed credentials of their own.
 *
 * <p>{@code credentialStatus} holds two {@code BitstringStatusListEntry} objects, as VC 2.0 allows;
 * the OB 3.0 JSON schema of March 2025 admits only one (1EdTech issue #623), so each entry is
 * checked against it on its own.
 */
public final class OpenBadges {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String REVOCATION = "revocation";
    public static final String SUSPENSION = "suspension";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String baseUrl;
    private final String programName;

    public OpenBadges(String baseUrl, String programName) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.programName = programName;
    }

    private String link(String path) {
        return baseUrl + path;
    }

    public String issuerId() {
        return link("/issuer");
    }

    public String credentialId(String code) {
        return link("/verify/" + code);
    }

    public String statusListUrl(String purpose, int list) {
        return link("/credentials/status/" + purpose + "-" + list);
    }

    /** The issuer's profile, published at {@code /issuer}. */
    public Map<String, Object> issuerProfile() {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        profile.put("id", issuerId());
        profile.put("type", List.of("Profile"));
        profile.put("name", programName);
        profile.put("url", link("/"));
        profile.put("description", Texts.get(Locale.ENGLISH, "credential.issuer.description", programName));
        return profile;
    }

    /** The certificate as an OpenBadgeCredential (the JWT payload without the registered claims). */
    public Map<String, Object> credential(Certificate certificate, String email) {
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", link("/courses/" + certificate.getCourseSlug() + "#achievement"));
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certificate");
        achievement.put("name", certificate.getCourseTitle());
        achievement.put("description", Texts.get(Locale.ENGLISH, "credential.achievement.description",
                certificate.getCourseTitle(), certificate.getProgramName()));
        achievement.put("criteria", Map.of("narrative", Texts.get(Locale.ENGLISH, "credential.achievement.criteria")));

        List<Object> identifiers = new ArrayList<>();
        identifiers.add(identity("name", false, certificate.getLearnerName(), null));
        if (certificate.getLearnerNameLatin() != null) {
            identifiers.add(identity("name", false, certificate.getLearnerNameLatin(), null));
        }
        String salt = salt();
        identifiers.add(identity("emailAddress", true, "sha256$" + sha256(email.toLowerCase(Locale.ROOT) + salt), salt));

        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", identifiers);
        subject.put("achievement", achievement);
        if (certificate.getGradePercent() != null) {
            subject.put("result", List.of(Map.of("type", List.of("Result"),
                    "value", certificate.getGradePercent().stripTrailingZeros().toPlainString() + "%")));
        }
        subject.put("activityEndDate", dateTime(certificate.getCompletedOn()));

        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", issuerId());
        issuer.put("type", List.of("Profile"));
        issuer.put("name", certificate.getProgramName());
        issuer.put("url", link("/"));

        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        credential.put("id", credentialId(certificate.getCode()));
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("name", certificate.getCourseTitle());
        credential.put("description", description(certificate));
        credential.put("issuer", issuer);
        credential.put("validFrom", dateTime(certificate.getIssuedAt()));
        if (certificate.getExpiresOn() != null) {
            // valid through its last day, in the program's zone (as the verification page counts it)
            credential.put("validUntil", dateTime(certificate.getExpiresOn().plusDays(1).atStartOfDay(CertificateService.PROGRAM_ZONE).toInstant()));
        }
        credential.put("awardedDate", dateTime(certificate.getIssuedAt()));
        credential.put("credentialSubject", subject);
        credential.put("credentialStatus", List.of(
                statusEntry(REVOCATION, certificate.getStatusList(), certificate.getStatusIndex()),
                statusEntry(SUSPENSION, certificate.getStatusList(), certificate.getStatusIndex())));
        return credential;
    }

    /** Signs a credential as a VC-JWT: the credential's claims plus {@code iss}, {@code jti}, {@code nbf} (and {@code exp}, {@code sub} when it has them). */
    public String sign(Map<String, Object> credential, RSAKey key) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
        credential.forEach(claims::claim);
        Object issuer = credential.get("issuer");
        claims.issuer(issuer instanceof Map<?, ?> profile ? (String) profile.get("id") : (String) issuer);
        claims.jwtID((String) credential.get("id"));
        claims.notBeforeTime(Date.from(Instant.parse((String) credential.get("validFrom"))));
        if (credential.get("validUntil") instanceof String until) {
            claims.expirationTime(Date.from(Instant.parse(until)));
        }
        if (credential.get("credentialSubject") instanceof Map<?, ?> subject && subject.get("id") instanceof String id) {
            claims.subject(id);
        }
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a credential", e);
        }
        return jwt.serialize();
    }

    /** A Bitstring Status List as a signed credential, with the given bits set. */
    public String statusList(String purpose, int list, Collection<Integer> setIndexes, Instant now, RSAKey key) {
        String url = statusListUrl(purpose, list);
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", url + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", purpose);
        subject.put("encodedList", StatusBitstring.encode(setIndexes));
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of(VC_CONTEXT));
        credential.put("id", url);
        credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        credential.put("issuer", issuerId());
        credential.put("validFrom", dateTime(now.truncatedTo(ChronoUnit.SECONDS)));
        credential.put("credentialSubject", subject);
        return sign(credential, key);
    }

    private Map<String, Object> statusEntry(String purpose, int list, int index) {
        String url = statusListUrl(purpose, list);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", url + "#" + index);
        entry.put("type", "BitstringStatusListEntry");
        entry.put("statusPurpose", purpose);
        entry.put("statusListIndex", Integer.toString(index));
        entry.put("statusListCredential", url);
        return entry;
    }

    private static String description(Certificate certificate) {
        String who = certificate.nameInLatin();
        return certificate.getEnterpriseName() == null
                ? Texts.get(Locale.ENGLISH, "credential.description", who, certificate.getCourseTitle())
                : Texts.get(Locale.ENGLISH, "credential.description_enterprise", who, certificate.getCourseTitle(),
                        certificate.getEnterpriseName(), certificate.getEnterpriseCity() == null ? "" : certificate.getEnterpriseCity());
    }

    private static Map<String, Object> identity(String type, boolean hashed, String value, String salt) {
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("type", "IdentityObject");
        identity.put("identityType", type);
        identity.put("hashed", hashed);
        identity.put("identityHash", value);
        if (salt != null) {
            identity.put("salt", salt);
        }
        return identity;
    }

    static String dateTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String dateTime(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }

    private static String salt() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
