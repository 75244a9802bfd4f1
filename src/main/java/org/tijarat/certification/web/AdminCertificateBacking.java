package org.tijarat.certification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.tijarat.certification.Certificate;
import org.tijarat.certification.CertificateEvent;
import org.tijarat.certification.CertificateService;
import org.tijarat.certification.Standing;
import org.tijarat.platform.web.FacesMessages;

/** {@code /admin/certificate?id=N}: one certificate, its audit log and checks, and the admin's actions. */
@Named("adminCertificate")
@ViewScoped
public class AdminCertificateBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private CertificateService certificates;

    private Long id;
    private Certificate certificate;
    private String reason;
    private String name;
    private String nameLatin;

    public void load() {
        certificate = certificates.get(id);
        if (name == null) {
            name = certificate.getLearnerName();
            nameLatin = certificate.getLearnerNameLatin();
        }
    }

    public String revoke() {
        certificates.revoke(id, certificate.getVersion(), reason);
        FacesMessages.info("certificate.revoked");
        return reload();
    }

    public String suspend() {
        certificates.suspend(id, certificate.getVersion(), reason);
        FacesMessages.info("certificate.suspended");
        return reload();
    }

    public String unsuspend() {
        certificates.unsuspend(id, certificate.getVersion(), reason);
        FacesMessages.info("certificate.unsuspended");
        return reload();
    }

    public String reissue() {
        Certificate fresh = certificates.reissue(id, certificate.getVersion(), name, nameLatin, reason);
        FacesMessages.info("certificate.reissued", fresh.getDisplayCode());
        return "/admin/certificate?faces-redirect=true&id=" + fresh.getId();
    }

    private String reload() {
        return "/admin/certificate?faces-redirect=true&id=" + id;
    }

    public Standing getStanding() {
        return certificate.standingOn(certificates.today());
    }

    public List<CertificateEvent> getEvents() {
        return certificates.events(id);
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameLatin() {
        return nameLatin;
    }

    public void setNameLatin(String nameLatin) {
        this.nameLatin = nameLatin;
    }
}
