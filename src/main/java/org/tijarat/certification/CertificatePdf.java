package org.tijarat.certification;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.tijarat.identity.Names;

/**
 * Renders a certificate as a landscape A4 PDF: border and colours from the template, logo, title,
 * the learner's name (Urdu in Noto Naskh Arabic, shaped and laid out right to left by OpenPDF in an
 * RTL table cell), the course, the body text, the details, up to two signatures and a QR code
 * that opens the verification page. The fonts ship in the application (SIL Open Font License).
 */
public final class CertificatePdf {

    private static final String FONTS = "/org/tijarat/certification/fonts/";
    private static final Map<String, byte[]> FONT_FILES = Map.of(
            "naskh", read("NotoNaskhArabic-Regular.ttf"),
            "naskh-bold", read("NotoNaskhArabic-Bold.ttf"),
            "sans", read("NotoSans-Regular.ttf"),
            "sans-bold", read("NotoSans-Bold.ttf"));

    private final BaseFont naskh;
    private final BaseFont naskhBold;
    private final BaseFont sans;
    private final BaseFont sansBold;

    private CertificatePdf() {
        naskh = font("naskh");
        naskhBold = font("naskh-bold");
        sans = font("sans");
        sansBold = font("sans-bold");
    }

    /** The PDF of one certificate. */
    public static byte[] render(CertificateDocument certificate) {
        return new CertificatePdf().write(certificate);
    }

    private byte[] write(CertificateDocument c) {
        TemplateLayout layout = c.layout();
        Color primary = Color.decode(layout.primaryColour());
        Color accent = Color.decode(layout.accentColour());
        Color ink = new Color(0x22, 0x22, 0x22);
        Rectangle page = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(page, 60, 60, 45, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(layout.title() + " — " + c.courseTitle());
            document.addCreator("Tijarat Academy");
            document.open();
            border(writer.getDirectContentUnder(), page, primary, accent);

            PdfPTable body = new PdfPTable(1);
            body.setWidthPercentage(100);
            if (layout.logo() != null) {
                Image logo = Image.getInstance(layout.logo());
                logo.scaleToFit(220, 56);
                PdfPCell cell = new PdfPCell(logo, false);
                plain(cell);
                cell.setPaddingBottom(6);
                body.addCell(cell);
            }
            body.addCell(line(layout.title(), 30, true, primary, 4));
            body.addCell(line(c.awardedTo(), 12, false, ink, 2));
            body.addCell(line(c.learnerName(), 26, true, ink, 0));
            if (c.learnerNameLatin() != null) {
                body.addCell(line(c.learnerNameLatin(), 14, false, ink, 0));
            }
            body.addCell(rule(accent));
            body.addCell(line(c.courseTitle(), 18, true, primary, 6));
            body.addCell(line(c.body(), 11.5f, false, ink, 8));
            document.add(body);

            PdfPTable details = new PdfPTable(Math.max(1, c.details().size()));
            details.setWidthPercentage(100);
            for (CertificateDocument.Detail detail : c.details()) {
                PdfPCell cell = new PdfPCell();
                plain(cell);
                cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
                cell.addElement(centred(phrase(detail.label(), 8.5f, false, Color.GRAY)));
                cell.addElement(centred(phrase(detail.value(), 11, true, ink)));
                details.addCell(cell);
            }
            document.add(details);

            PdfPTable footer = new PdfPTable(new float[] {1, 1, 0.8f});
            footer.setTotalWidth(page.getWidth() - 120);
            footer.setLockedWidth(true);
            footer.addCell(signature(layout.signer1(), ink, accent));
            footer.addCell(signature(layout.signer2(), ink, accent));
            footer.addCell(qr(writer.getDirectContent(), c, ink));
            footer.writeSelectedRows(0, -1, 60, 40 + footer.getTotalHeight(), writer.getDirectContent());
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Cannot render the certificate PDF", e);
        }
        return out.toByteArray();
    }

    private static void border(PdfContentByte canvas, Rectangle page, Color primary, Color accent) {
        canvas.saveState();
        canvas.setColorStroke(primary);
        canvas.setLineWidth(6);
        canvas.rectangle(18, 18, page.getWidth() - 36, page.getHeight() - 36);
        canvas.stroke();
        canvas.setColorStroke(accent);
        canvas.setLineWidth(1.2f);
        canvas.rectangle(28, 28, page.getWidth() - 56, page.getHeight() - 56);
        canvas.stroke();
        canvas.restoreState();
    }

    /** One centred line; Urdu text goes in a right-to-left cell, which makes OpenPDF shape it. */
    private PdfPCell line(String text, float size, boolean bold, Color colour, float after) {
        PdfPCell cell = new PdfPCell(phrase(text, size, bold, colour));
        plain(cell);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        boolean urdu = Names.isUrduScript(text);
        // Naskh reaches far above and below its size: more leading, so lines never touch
        cell.setLeading(0, urdu ? 1.7f : 1.3f);
        cell.setRunDirection(urdu && !hasLatin(text) ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        cell.setPaddingBottom(after);
        return cell;
    }

    /** A short accent-coloured rule, a third of the width, centred. */
    private static PdfPCell rule(Color accent) {
        PdfPCell wrapper = new PdfPCell();
        plain(wrapper);
        PdfPTable line = new PdfPTable(new float[] {1, 0.6f, 1});
        line.setWidthPercentage(100);
        PdfPCell left = new PdfPCell();
        plain(left);
        PdfPCell middle = new PdfPCell();
        plain(middle);
        middle.setBorder(Rectangle.BOTTOM);
        middle.setBorderColorBottom(accent);
        middle.setBorderWidthBottom(1);
        middle.setFixedHeight(10);
        PdfPCell right = new PdfPCell();
        plain(right);
        line.addCell(left);
        line.addCell(middle);
        line.addCell(right);
        wrapper.addElement(line);
        wrapper.setPaddingBottom(8);
        return wrapper;
    }

    private PdfPCell signature(TemplateLayout.Signer signer, Color ink, Color accent) throws BadElementException, IOException {
        PdfPCell cell = new PdfPCell();
        plain(cell);
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        if (signer == null || !signer.isShown()) {
            return cell;
        }
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        if (signer.image() != null) {
            Image image = Image.getInstance(signer.image());
            image.scaleToFit(140, 42);
            image.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(image);
        }
        PdfPTable line = new PdfPTable(1);
        line.setWidthPercentage(70);
        PdfPCell rule = new PdfPCell();
        plain(rule);
        rule.setBorder(Rectangle.BOTTOM);
        rule.setBorderColorBottom(accent);
        rule.setBorderWidthBottom(0.8f);
        rule.setFixedHeight(4);
        line.addCell(rule);
        cell.addElement(line);
        cell.addElement(centred(phrase(signer.name(), 10.5f, true, ink)));
        if (signer.role() != null) {
            cell.addElement(centred(phrase(signer.role(), 8.5f, false, Color.GRAY)));
        }
        return cell;
    }

    private PdfPCell qr(PdfContentByte canvas, CertificateDocument c, Color ink) throws BadElementException {
        BitMatrix matrix = qrMatrix(c.verifyUrl());
        float size = 84;
        float module = size / matrix.getWidth();
        PdfTemplate template = canvas.createTemplate(size, size);
        template.setColorFill(Color.BLACK);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    template.rectangle(x * module, size - (y + 1) * module, module, module);
                }
            }
        }
        template.fill();
        Image image = Image.getInstance(template);
        image.scaleAbsolute(size, size);
        image.setAlignment(Element.ALIGN_CENTER);
        PdfPCell cell = new PdfPCell();
        plain(cell);
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        cell.addElement(image);
        cell.addElement(centred(phrase(c.codeLabel(), 7.5f, false, Color.GRAY)));
        cell.addElement(centred(phrase(c.code(), 8.5f, true, ink)));
        cell.addElement(centred(phrase(c.verifyLabel() + " " + c.verifyUrl(), 6.5f, false, Color.GRAY)));
        return cell;
    }

    /** The QR code of a URL: error correction M, drawn with the page's white as its quiet zone. */
    static BitMatrix qrMatrix(String url) {
        try {
            return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code", e);
        }
    }

    private static org.openpdf.text.Paragraph centred(Phrase phrase) {
        org.openpdf.text.Paragraph paragraph = new org.openpdf.text.Paragraph(phrase);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    /** Latin text in Noto Sans, Arabic script in Noto Naskh Arabic: each character in the first font that has it. */
    private Phrase phrase(String text, float size, boolean bold, Color colour) {
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(bold ? sansBold : sans, size, Font.NORMAL, colour));
        selector.addFont(new Font(bold ? naskhBold : naskh, size, Font.NORMAL, colour));
        if (Names.isUrduScript(text)) {
            FontSelector urduFirst = new FontSelector();
            urduFirst.addFont(new Font(bold ? naskhBold : naskh, size, Font.NORMAL, colour));
            urduFirst.addFont(new Font(bold ? sansBold : sans, size, Font.NORMAL, colour));
            return urduFirst.process(text);
        }
        return selector.process(text);
    }

    private static boolean hasLatin(String text) {
        return text.chars().anyMatch(ch -> ch < 0x250 && Character.isLetter(ch));
    }

    private static void plain(PdfPCell cell) {
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setPadding(0);
    }

    private static BaseFont font(String name) {
        try {
            return BaseFont.createFont(name + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, FONT_FILES.get(name), null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Cannot load the font " + name, e);
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = CertificatePdf.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
