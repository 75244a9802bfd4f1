package org.tijarat.certification;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What any standard verifier does with our credentials, done with the libraries: the signature
 * against the published JWKS (RS256 only), the Open Badges 3.0 JSON schemas, and what a reader
 * of the PDF gets: its text (PDFBox) and its QR code (ZXing, from the page rendered at 200 dpi).
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

    /** The text of a PDF as PDFBox extracts it. */
    public static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument read = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(read);
        }
    }

    /** What the QR code on the PDF's first page says. */
    public static String qrCode(byte[] pdf) throws Exception {
        try (PDDocument read = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(read).renderImageWithDPI(0, 200);
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        }
    }
}
