package org.tijarat.certification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.tijarat.certification.CertificateService;
import org.tijarat.certification.Verification;
import org.tijarat.certification.VerificationLimiter;
import org.tijarat.platform.web.ClientAddress;

/**
 * {@code /verify/{code}} and {@code /verify?code=…}: anyone checks a certificate without signing in.
 * An unknown code says only "not found"; lookups are rate-limited per client (429 past the limit).
 */
@Named("verify")
@RequestScoped
public class VerifyBacking {

    @Inject
    private CertificateService certificates;

    @Inject
    private VerificationLimiter limiter;

    @Inject
    private ClientAddress clients;

    @Inject
    private HttpServletRequest request;

    @Inject
    @Param(pathIndex = 0)
    private String pathCode;

    @Inject
    @Param(name = "code")
    private String queryCode;

    private Verification result;
    private boolean notFound;
    private long retryAfterSeconds;

    public void load() {
        String code = pathCode != null && !pathCode.isBlank() ? pathCode : queryCode;
        if (code == null || code.isBlank()) {
            return;
        }
        Optional<Duration> wait = limiter.tryLookup(clients.of(request));
        if (wait.isPresent()) {
            retryAfterSeconds = Math.max(1, wait.get().toSeconds());
            HttpServletResponse response = Faces.getResponse();
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
            return;
        }
        result = certificates.verify(code).orElse(null);
        if (result == null) {
            notFound = true;
            Faces.getResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        Faces.getResponse().setHeader("Cache-Control", "no-store");
    }

    public Verification getResult() {
        return result;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isLimited() {
        return retryAfterSeconds > 0;
    }

    public long getRetryAfterSeconds() {
        return retryAfterSeconds;
    }

    public String getTyped() {
        return pathCode != null && !pathCode.isBlank() ? pathCode : queryCode;
    }
}
