package org.tijarat.certification;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.List;

/**
 * What any standard verifier does with our credentials, done with the libraries: the signature
 * against the published JWKS (RS256 only), and the Open Badges 3.0 JSON schemas.
 */
public final class CredentialChecks {

    private CredentialChecks() {
    }

    /** The claims of a JWT whose RS256 signature verifies against a key of the JWKS its {@code kid} names; throws otherwise. */
    public static JWTClaimsSet verify(String jwt, String jwks) throws Exception {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(JWKSet.parse(jwks))));
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
        return processor.process(JWTParser.parse(jwt), null);
    }

    /** Schema problems of a JSON document against one of the OB 3.0 schemas ({@code achievementcredential.json}, {@code profile.json}). */
    public static List<String> schemaProblems(String schemaFile, String json) throws Exception {
        try (InputStream in = CredentialChecks.class.getResourceAsStream("/specs/openbadges-3.0/" + schemaFile)) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(in);
            return schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
        }
    }
}
