package org.tijarat.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The certificate PDF read back with PDFBox: Urdu text in logical order, Latin text, the QR code decoded. */
class CertificatePdfTest {

    static final String URDU_NAME = "محمد عثمان طارق";
    static final String URDU_COURSE = "ایمیزون پر فروخت: پیکنگ کے معیار";
    static final String URL = "https://academy.example.pk/verify/7KQM3XABCDEFGHJKMNPQRSTVWX5";

    @Test
    void urduNameAndTitleAreExtractedInLogicalOrder() throws Exception {
        byte[] pdf = CertificatePdf.render(document(URDU_NAME, "Muhammad Usman Tariq", URDU_COURSE));
        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertThat(read.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = read.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isGreaterThan(box.getHeight());
            assertThat(Math.round(box.getWidth())).isEqualTo(842);
            String text = new PDFTextStripper().getText(read);
            assertThat(text).contains(URDU_NAME).contains(URDU_COURSE).contains("Muhammad Usman Tariq")
                    .contains("Certificate of Completion").contains("Indus Leather Works, Sialkot")
                    .contains("7KQ-M3X");
        }
    }

    @Test
    void latinCertificateWithImagesAndTheQrCodeDecodesToTheVerificationPage() throws Exception {
        byte[] pdf = CertificatePdf.render(document("Sana Iqbal", null, "Selling on Amazon from Pakistan"));
        assertThat(CredentialChecks.pdfText(pdf)).contains("Sana Iqbal").contains("Selling on Amazon from Pakistan")
                .contains("Ayesha Khan").contains("Programme Director");
        assertThat(CredentialChecks.qrCode(pdf)).isEqualTo(URL);
    }

    static CertificateDocument document(String name, String latin, String course) throws Exception {
        TemplateLayout layout = new TemplateLayout("Certificate of Completion",
                "unused", "#0b5d3b", "#c8a24a", png(200, 60, new Color(0x0b, 0x5d, 0x3b)),
                new TemplateLayout.Signer("Ayesha Khan", "Programme Director", png(140, 40, Color.DARK_GRAY)),
                new TemplateLayout.Signer("Bilal Ahmed", "Lead Trainer", null));
        return new CertificateDocument(layout,
                "This certifies that the learner of Indus Leather Works has completed the course.",
                "This certificate is awarded to", name, latin, course,
                List.of(new CertificateDocument.Detail("Enterprise", "Indus Leather Works, Sialkot"),
                        new CertificateDocument.Detail("Completed on", "28 November 2026"),
                        new CertificateDocument.Detail("Final grade", "84.5%")),
                "Certificate code", CertificateCode.display("7KQM3XABCDEFGHJKMNPQRSTVWX5"), "Verify at", URL);
    }

    static byte[] png(int width, int height, Color colour) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(colour);
        g.fillOval(4, 4, width - 8, height - 8);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
