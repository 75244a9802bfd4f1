package org.tijarat.certification.web;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.tijarat.certification.CertificateService;
import org.tijarat.certification.Credentials;
import org.tijarat.certification.SigningKeys;
import org.tijarat.certification.VerificationLimiter;
import org.tijarat.platform.web.ClientAddress;

/**
 * The public credential documents: the issuer profile ({@code /issuer}), the keys
 * ({@code /.well-known/jwks.json}), a certificate's VC-JWT for whoever holds its code
 * ({@code /credentials/{code}.jwt}, rate-limited like the verification page) and the status lists
 * ({@code /credentials/status/{purpose}-{n}}).
 */
@WebServlet({"/issuer", "/.well-known/jwks.json", "/credentials/*"})
public class CredentialServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String JWT_TYPE = "application/vc+jwt";

    @Inject
    private CertificateService certificates;

    @Inject
    private Credentials credentials;

    @Inject
    private SigningKeys keys;

    @Inject
    private VerificationLimiter limiter;

    @Inject
    private ClientAddress clients;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (path.equals("/issuer")) {
            send(response, "application/json", JSONObjectUtils.toJSONString(credentials.issuerProfile()), "public, max-age=3600");
        } else if (path.equals("/.well-known/jwks.json")) {
            keys.refresh();
            send(response, "application/jwk-set+json", credentials.jwks(), "public, max-age=300");
        } else if (path.startsWith("/credentials/status/")) {
            Optional<String> list = certificates.statusList(path.substring("/credentials/status/".length()));
            if (list.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            send(response, JWT_TYPE, list.get(), "public, max-age=60");
        } else if (path.startsWith("/credentials/") && path.endsWith(".jwt")) {
            Optional<Duration> wait = limiter.tryLookup(clients.of(request));
            if (wait.isPresent()) {
                response.setHeader("Retry-After", Long.toString(wait.get().toSeconds()));
                response.sendError(429);
                return;
            }
            String code = path.substring("/credentials/".length(), path.length() - ".jwt".length());
            Optional<String> jwt = certificates.credential(code);
            if (jwt.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            send(response, JWT_TYPE, jwt.get(), "public, max-age=60");
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void send(HttpServletResponse response, String type, String body, String cache) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", cache);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
