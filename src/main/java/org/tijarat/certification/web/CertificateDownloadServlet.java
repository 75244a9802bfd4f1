package org.tijarat.certification.web;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.tijarat.certification.Certificate;
import org.tijarat.certification.CertificateCode;
import org.tijarat.certification.CertificatePdfs;
import org.tijarat.certification.CertificateService;
import org.tijarat.platform.NotAllowedException;
import org.tijarat.platform.NotFoundException;

/**
 * A certificate's files for its holder (and admins): {@code /my/certificate/{code}.pdf}, the
 * credential as {@code .jwt} and its payload as {@code .json}. Anyone else gets 403.
 */
@WebServlet("/my/certificate/*")
public class CertificateDownloadServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private CertificatePdfs pdfs;

    @Inject
    private CertificateService certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String code = name.substring(0, dot);
        String kind = name.substring(dot + 1);
        try {
            switch (kind) {
                case "pdf" -> {
                    byte[] pdf = pdfs.pdf(code);
                    // named by the stored code, not by what was typed in the address
                    send(response, "application/pdf", pdf, CertificateCode.parse(code).orElseThrow() + ".pdf");
                }
                case "jwt", "json" -> {
                    Certificate certificate = certificates.forHolder(code);
                    String jwt = certificates.holderCredential(certificate.getCode());
                    byte[] body = kind.equals("jwt") ? jwt.getBytes(StandardCharsets.UTF_8)
                            : JSONObjectUtils.toJSONString(SignedJWT.parse(jwt).getPayload().toJSONObject()).getBytes(StandardCharsets.UTF_8);
                    send(response, kind.equals("jwt") ? "application/vc+jwt" : "application/json", body,
                            certificate.getCode() + "." + kind);
                }
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (NotAllowedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (ParseException e) {
            throw new IllegalStateException("A stored credential is not a JWT", e);
        }
    }

    private static void send(HttpServletResponse response, String type, byte[] body, String file) throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"certificate-" + file + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
