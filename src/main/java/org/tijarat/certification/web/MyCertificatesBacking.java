package org.tijarat.certification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tijarat.certification.Certificate;
import org.tijarat.certification.CertificateService;
import org.tijarat.certification.Standing;
import org.tijarat.platform.Links;

/** {@code /my/certificates}: the learner's certificates with their downloads, share link and LinkedIn link. */
@Named("myCertificates")
@RequestScoped
public class MyCertificatesBacking {

    @Inject
    private CertificateService certificates;

    @Inject
    private Links links;

    private List<Certificate> list;

    public List<Certificate> getList() {
        if (list == null) {
            list = certificates.mine();
        }
        return list;
    }

    public Standing standing(Certificate certificate) {
        return certificate.standingOn(certificates.today());
    }

    public String shareLink(Certificate certificate) {
        return links.to("/verify/" + certificate.getCode());
    }

    /** LinkedIn's "add a certification to your profile" link, filled in. */
    public String linkedIn(Certificate c) {
        StringBuilder url = new StringBuilder("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME");
        add(url, "name", c.getCourseTitle());
        add(url, "organizationName", c.getProgramName());
        add(url, "issueYear", Integer.toString(c.getCompletedOn().getYear()));
        add(url, "issueMonth", Integer.toString(c.getCompletedOn().getMonthValue()));
        if (c.getExpiresOn() != null) {
            add(url, "expirationYear", Integer.toString(c.getExpiresOn().getYear()));
            add(url, "expirationMonth", Integer.toString(c.getExpiresOn().getMonthValue()));
        }
        add(url, "certUrl", shareLink(c));
        add(url, "certId", c.getDisplayCode());
        return url.toString();
    }

    private static void add(StringBuilder url, String name, String value) {
        url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
