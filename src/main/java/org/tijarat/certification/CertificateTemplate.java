package org.tijarat.certification;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * The program's certificate layout, edited by admins: title, body text with placeholders, colours,
 * logo and up to two signatures. Changing it changes only PDFs rendered afterwards (new issues and
 * reissues); a stored PDF stays as it was issued.
 */
@Entity
@Table(name = "certificate_template")
public class CertificateTemplate implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final long THE_TEMPLATE = 1L;
    public static final int TITLE_MAX = 120;
    public static final int BODY_MAX = 2000;
    public static final int SIGNER_MAX = 120;
    public static final String COLOUR_PATTERN = "^#[0-9a-fA-F]{6}$";

    @Id
    private Long id;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "primary_colour", nullable = false, length = 7)
    private String primaryColour;

    @Column(name = "accent_colour", nullable = false, length = 7)
    private String accentColour;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] logo;

    @Column(name = "signer1_name", length = SIGNER_MAX)
    private String signer1Name;

    @Column(name = "signer1_role", length = SIGNER_MAX)
    private String signer1Role;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "signer1_image")
    private byte[] signer1Image;

    @Column(name = "signer2_name", length = SIGNER_MAX)
    private String signer2Name;

    @Column(name = "signer2_role", length = SIGNER_MAX)
    private String signer2Role;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "signer2_image")
    private byte[] signer2Image;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CertificateTemplate() {
    }

    void describe(TemplateForm form, Instant now) {
        title = form.getTitle().strip();
        body = form.getBody().strip();
        primaryColour = form.getPrimaryColour().toLowerCase(java.util.Locale.ROOT);
        accentColour = form.getAccentColour().toLowerCase(java.util.Locale.ROOT);
        signer1Name = blankToNull(form.getSigner1Name());
        signer1Role = blankToNull(form.getSigner1Role());
        signer2Name = blankToNull(form.getSigner2Name());
        signer2Role = blankToNull(form.getSigner2Role());
        updatedAt = now;
    }

    void useImage(TemplateImage which, byte[] image, Instant now) {
        switch (which) {
            case LOGO -> logo = image;
            case SIGNATURE_1 -> signer1Image = image;
            case SIGNATURE_2 -> signer2Image = image;
        }
        updatedAt = now;
    }

    /** The layout as the renderer needs it, images included. */
    public TemplateLayout layout() {
        return new TemplateLayout(title, body, primaryColour, accentColour, logo,
                new TemplateLayout.Signer(signer1Name, signer1Role, signer1Image),
                new TemplateLayout.Signer(signer2Name, signer2Role, signer2Image));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getPrimaryColour() {
        return primaryColour;
    }

    public String getAccentColour() {
        return accentColour;
    }

    public String getSigner1Name() {
        return signer1Name;
    }

    public String getSigner1Role() {
        return signer1Role;
    }

    public String getSigner2Name() {
        return signer2Name;
    }

    public String getSigner2Role() {
        return signer2Role;
    }

    public boolean hasLogo() {
        return logo != null;
    }

    public boolean hasSigner1Image() {
        return signer1Image != null;
    }

    public boolean hasSigner2Image() {
        return signer2Image != null;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
