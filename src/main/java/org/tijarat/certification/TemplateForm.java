package org.tijarat.certification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;

/** What an admin edits of the certificate template (images are uploaded one at a time). */
public class TemplateForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{certificate_template.title.required}")
    @Size(max = CertificateTemplate.TITLE_MAX, message = "{general.too_long}")
    private String title;

    @NotBlank(message = "{certificate_template.body.required}")
    @Size(max = CertificateTemplate.BODY_MAX, message = "{general.too_long}")
    private String body;

    @NotBlank(message = "{certificate_template.colour.invalid}")
    @Pattern(regexp = CertificateTemplate.COLOUR_PATTERN, message = "{certificate_template.colour.invalid}")
    private String primaryColour;

    @NotBlank(message = "{certificate_template.colour.invalid}")
    @Pattern(regexp = CertificateTemplate.COLOUR_PATTERN, message = "{certificate_template.colour.invalid}")
    private String accentColour;

    @Size(max = CertificateTemplate.SIGNER_MAX, message = "{general.too_long}")
    private String signer1Name;

    @Size(max = CertificateTemplate.SIGNER_MAX, message = "{general.too_long}")
    private String signer1Role;

    @Size(max = CertificateTemplate.SIGNER_MAX, message = "{general.too_long}")
    private String signer2Name;

    @Size(max = CertificateTemplate.SIGNER_MAX, message = "{general.too_long}")
    private String signer2Role;

    private long version;

    public static TemplateForm of(CertificateTemplate template) {
        TemplateForm form = new TemplateForm();
        form.title = template.getTitle();
        form.body = template.getBody();
        form.primaryColour = template.getPrimaryColour();
        form.accentColour = template.getAccentColour();
        form.signer1Name = template.getSigner1Name();
        form.signer1Role = template.getSigner1Role();
        form.signer2Name = template.getSigner2Name();
        form.signer2Role = template.getSigner2Role();
        form.version = template.getVersion();
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getPrimaryColour() {
        return primaryColour;
    }

    public void setPrimaryColour(String primaryColour) {
        this.primaryColour = primaryColour;
    }

    public String getAccentColour() {
        return accentColour;
    }

    public void setAccentColour(String accentColour) {
        this.accentColour = accentColour;
    }

    public String getSigner1Name() {
        return signer1Name;
    }

    public void setSigner1Name(String signer1Name) {
        this.signer1Name = signer1Name;
    }

    public String getSigner1Role() {
        return signer1Role;
    }

    public void setSigner1Role(String signer1Role) {
        this.signer1Role = signer1Role;
    }

    public String getSigner2Name() {
        return signer2Name;
    }

    public void setSigner2Name(String signer2Name) {
        this.signer2Name = signer2Name;
    }

    public String getSigner2Role() {
        return signer2Role;
    }

    public void setSigner2Role(String signer2Role) {
        this.signer2Role = signer2Role;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
