package org.tijarat.certification.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import org.tijarat.certification.CertificatePdfs;

/** {@code /admin/certificate-preview}: a sample certificate under the current template (admins). */
@WebServlet("/admin/certificate-preview")
public class TemplatePreviewServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private CertificatePdfs pdfs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] pdf = pdfs.preview();
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"certificate-preview.pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
