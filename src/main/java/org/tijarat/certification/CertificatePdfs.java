package org.tijarat.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A certificate's PDF: rendered on the first download, stored, and served from storage after that.
 * Rendering runs outside any transaction; two first downloads at once both render, the first to
 * record its file wins and the other's file is dropped.
 */
@ApplicationScoped
public class CertificatePdfs {

    @Inject
    private CertificateService service;

    @Inject
    private CertificateFiles files;

    @Inject
    private CertificateDocuments documents;

    /** The PDF of a certificate the caller holds (or any, for an admin). */
    public byte[] pdf(String code) {
        Certificate certificate = service.forHolder(code);
        Optional<byte[]> stored = files.read(certificate.getPdfFile());
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] pdf = CertificatePdf.render(documents.of(certificate, service.layout()));
        String file = files.write(certificate.getCode(), pdf);
        String kept = service.storePdfName(certificate.getId(), file);
        if (!kept.equals(file)) {
            files.delete(file);
            return files.read(kept).orElse(pdf);
        }
        return pdf;
    }

    /** A sample certificate (an Urdu name, an enterprise, a grade) under the current template, for the admin's preview; nothing is stored. */
    public byte[] preview() {
        TemplateLayout layout = service.template().layout();
        Achievement sample = new Achievement(0, 0, 0, null, "محمد عثمان طارق", "Muhammad Usman Tariq", "", "sample@example.org",
                "Indus Leather Works", "Sialkot", "Selling on Amazon from Pakistan", "sample", "Tijarat Academy",
                service.today(), new java.math.BigDecimal("86.5"), service.today().plusYears(2));
        Certificate certificate = new Certificate(CertificateCode.generate(), sample, new StatusSlot(1, 0), java.time.Instant.now());
        return CertificatePdf.render(documents.of(certificate, layout));
    }
}
