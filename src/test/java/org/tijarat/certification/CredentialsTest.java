package org.tijarat.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Open Badges 3.0 credentials: schema, signature, tampering, key rotation, status lists. */
class CredentialsTest {

    static final String BASE = "https://academy.example.pk";
    static RSAKey key;
    static RSAKey otherKey;
    static OpenBadges badges = new OpenBadges(BASE + "/", "Tijarat Academy");

    @BeforeAll
    static void keys() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k20261128T100000-aaaaaa").keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        otherKey = new RSAKeyGenerator(2048).keyID("k20261128T100000-aaaaaa").generate();
    }

    static Certificate certificate(BigDecimal grade, LocalDate expires) {
        Achievement achievement = new Achievement(7, 3, 2, 5L, "محمد عثمان طارق", "Muhammad Usman Tariq",
                "usman", "owner@indusleather.example", "Indus Leather Works", "Sialkot", "Selling on Amazon from Pakistan",
                "selling-on-amazon", "Tijarat Academy", LocalDate.of(2026, 11, 27), grade, expires);
        return new Certificate(CertificateCode.generate(), achievement, new StatusSlot(1, 4242),
                Instant.parse("2026-11-27T10:15:30.123Z"));
    }

    static String jwks(RSAKey... keys) {
        return new JWKSet(List.of(keys)).toPublicJWKSet().toString();
    }

    @Test
    void theCredentialFollowsTheOpenBadgesSchemaAndVerifies() throws Exception {
        Certificate certificate = certificate(new BigDecimal("84.50"), LocalDate.of(2028, 11, 27));
        String jwt = badges.sign(badges.credential(certificate, certificate.getLearnerEmail()), key);
        JWTClaimsSet claims = CredentialChecks.verify(jwt, jwks(key));

        assertThat(claims.getIssuer()).isEqualTo(BASE + "/issuer");
        assertThat(claims.getJWTID()).isEqualTo(BASE + "/verify/" + certificate.getCode());
        assertThat(claims.getNotBeforeTime().toInstant()).isEqualTo(Instant.parse("2026-11-27T10:15:30Z"));
        // valid through 27 November 2028 in Pakistan: until midnight at its end, 19:00 UTC
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(Instant.parse("2028-11-27T19:00:00Z"));
        assertThat(claims.getSubject()).as("no sub: the subject has no id").isNull();
        assertThat(claims.getStringListClaim("@context")).containsExactly(
                "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        assertThat(claims.getStringListClaim("type")).containsExactly("VerifiableCredential", "OpenBadgeCredential");
        assertThat(claims.getStringClaim("validFrom")).isEqualTo("2026-11-27T10:15:30Z");

        Map<String, Object> payload = claims.toJSONObject();
        @SuppressWarnings("unchecked")
        List<Object> statuses = (List<Object>) payload.get("credentialStatus");
        assertThat(statuses).hasSize(2);
        // the OB 3.0 schema admits one credentialStatus object (1EdTech issue #623): check each entry in turn
        for (Object status : statuses) {
            Map<String, Object> single = new LinkedHashMap<>(payload);
            single.put("credentialStatus", status);
            assertThat(CredentialChecks.schemaProblems("achievementcredential.json", JSONObjectUtils.toJSONString(single))).isEmpty();
        }
        assertThat(statuses.stream().map(s -> (Object) ((Map<?, ?>) s).get("statusPurpose")).toList()).containsExactly("revocation", "suspension");
        assertThat(statuses.stream().map(s -> (Object) ((Map<?, ?>) s).get("statusListIndex")).toList()).containsOnly("4242");
        assertThat(jwt.split("\\.")[0]).satisfies(header -> assertThat(new String(Base64.getUrlDecoder().decode(header),
                StandardCharsets.UTF_8)).contains("\"kid\":\"k20261128T100000-aaaaaa\"").contains("\"alg\":\"RS256\""));
        String json = JSONObjectUtils.toJSONString(payload);
        assertThat(json).contains("محمد عثمان طارق").contains("Muhammad Usman Tariq").contains("84.5%")
                .doesNotContain("owner@indusleather.example");
    }

    @Test
    void theSchemaCheckCanFail() throws Exception {
        Map<String, Object> broken = new LinkedHashMap<>(badges.credential(certificate(null, null), "a@b.example"));
        broken.remove("issuer");
        broken.put("credentialStatus", ((List<?>) broken.get("credentialStatus")).get(0));
        broken.put("type", List.of("VerifiableCredential"));
        assertThat(CredentialChecks.schemaProblems("achievementcredential.json", JSONObjectUtils.toJSONString(broken)))
                .anySatisfy(p -> assertThat(p).contains("issuer"))
                .anySatisfy(p -> assertThat(p).contains("type"));
    }

    @Test
    void theIssuerProfileFollowsItsSchema() throws Exception {
        assertThat(CredentialChecks.schemaProblems("profile.json", JSONObjectUtils.toJSONString(badges.issuerProfile()))).isEmpty();
    }

    @Test
    void tamperingWithAnyClaimIsRejected() throws Exception {
        Certificate certificate = certificate(new BigDecimal("70"), null);
        String jwt = badges.sign(badges.credential(certificate, certificate.getLearnerEmail()), key);
        String[] parts = jwt.split("\\.");
        Map<String, Object> payload = JSONObjectUtils.parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        assertThat(payload).containsKeys("iss", "jti", "nbf", "credentialSubject", "issuer", "validFrom", "credentialStatus");
        for (String claim : payload.keySet()) {
            Map<String, Object> changed = new LinkedHashMap<>(payload);
            changed.put(claim, payload.get(claim) instanceof Number n ? n.longValue() + 1 : "tampered");
            String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                    JSONObjectUtils.toJSONString(changed).getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
            assertThatThrownBy(() -> CredentialChecks.verify(forged, jwks(key))).as("claim %s", claim).isNotNull();
        }
        // a changed name deep inside the subject
        String deeper = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(new String(
                Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("Muhammad Usman Tariq", "Muhammad Usman Tarik")
                .getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThatThrownBy(() -> CredentialChecks.verify(deeper, jwks(key))).isNotNull();
        assertThat(CredentialChecks.verify(jwt, jwks(key)).getIssuer()).isEqualTo(BASE + "/issuer");
    }

    @Test
    void algNoneAndAWrongKeyAreRejected() throws Exception {
        Certificate certificate = certificate(null, null);
        Map<String, Object> credential = badges.credential(certificate, certificate.getLearnerEmail());
        String jwt = badges.sign(credential, key);
        String[] parts = jwt.split("\\.");
        String noneHeader = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"kid\":\"k20261128T100000-aaaaaa\"}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> CredentialChecks.verify(noneHeader + "." + parts[1] + ".", jwks(key))).isNotNull();
        assertThatThrownBy(() -> CredentialChecks.verify(noneHeader + "." + parts[1] + "." + parts[2], jwks(key))).isNotNull();
        String byAnotherKey = badges.sign(credential, otherKey);
        assertThatThrownBy(() -> CredentialChecks.verify(byAnotherKey, jwks(key))).isNotNull();
    }

    @Test
    void afterARotationOldAndNewCredentialsVerifyAgainstThePublishedKeys() throws Exception {
        RSAKey newer = new RSAKeyGenerator(2048).keyID("k20270101T000000-bbbbbb").keyUse(KeyUse.SIGNATURE).generate();
        Certificate certificate = certificate(null, null);
        String old = badges.sign(badges.credential(certificate, "x@y.example"), key);
        String fresh = badges.sign(badges.credential(certificate, "x@y.example"), newer);
        assertThat(CredentialChecks.verify(old, jwks(key, newer)).getIssuer()).isNotNull();
        assertThat(CredentialChecks.verify(fresh, jwks(key, newer)).getIssuer()).isNotNull();
        assertThatThrownBy(() -> CredentialChecks.verify(fresh, jwks(key))).as("the new key must be published").isNotNull();
    }

    @Test
    void statusListsSetBitZeroAsTheFirstBytesMostSignificantBit() throws Exception {
        String encoded = StatusBitstring.encode(List.of(0, 9, 131_071));
        assertThat(encoded).startsWith("u");
        assertThat(StatusBitstring.length(encoded)).isEqualTo(131_072);
        byte[] raw = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(
                Base64.getUrlDecoder().decode(encoded.substring(1)))).readAllBytes();
        assertThat(raw[0]).isEqualTo((byte) 0x80);
        assertThat(raw[1]).isEqualTo((byte) 0x40);
        assertThat(raw[raw.length - 1]).isEqualTo((byte) 0x01);
        BitSet bits = StatusBitstring.decode(encoded);
        assertThat(bits.stream().boxed().toList()).containsExactly(0, 9, 131_071);
        assertThat(encoded).doesNotContain("=").doesNotContain("+").doesNotContain("/");

        String list = badges.statusList("revocation", 1, List.of(4242), Instant.parse("2026-11-28T09:00:00Z"), key);
        JWTClaimsSet claims = CredentialChecks.verify(list, jwks(key));
        assertThat(claims.getStringListClaim("type")).containsExactly("VerifiableCredential", "BitstringStatusListCredential");
        Map<String, Object> subject = claims.getJSONObjectClaim("credentialSubject");
        assertThat(subject).containsEntry("statusPurpose", "revocation").containsEntry("type", "BitstringStatusList");
        assertThat(StatusBitstring.decode((String) subject.get("encodedList")).get(4242)).isTrue();
        assertThat(claims.getIssuer()).isEqualTo(BASE + "/issuer");
    }

    @Test
    void codesAreLongRandomAndForgiving() {
        String code = CertificateCode.generate();
        assertThat(code).hasSize(27).matches("[0-9A-HJKMNP-TV-Z]{26}[0-9A-HJKMNP-TV-Z*~$=U]");
        assertThat(CertificateCode.parse(CertificateCode.display(code).toLowerCase())).contains(code);
        assertThat(CertificateCode.parse(" " + CertificateCode.display(code).replace('0', 'O') + " ")).contains(code);
        // any single changed character is caught by the check character
        for (int i = 0; i < 26; i++) {
            char c = code.charAt(i);
            char other = c == '7' ? '8' : '7';
            assertThat(CertificateCode.parse(code.substring(0, i) + other + code.substring(i + 1))).isEmpty();
        }
        assertThat(CertificateCode.parse(code.substring(1))).isEmpty();
        assertThat(CertificateCode.parse(null)).isEmpty();
        assertThat(java.util.stream.IntStream.range(0, 1000).mapToObj(i -> CertificateCode.generate()).distinct().count()).isEqualTo(1000);
    }
}
