package org.tijarat.certification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tijarat.certification.CertificateService;
import org.tijarat.certification.CertificateTemplate;
import org.tijarat.certification.TemplateForm;
import org.tijarat.certification.TemplateImage;
import org.tijarat.certification.TemplateImages;
import org.tijarat.course.Course;
import org.tijarat.course.CourseOutlines;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.web.FacesMessages;

/** {@code /admin/certificate-template}: the certificate's text, colours, logo and signatures, and each course's validity. */
@Named("certificateTemplate")
@ViewScoped
public class CertificateTemplateBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private CertificateService certificates;

    @Inject
    private CourseOutlines outlines;

    private TemplateForm form;
    private TemplateImage image = TemplateImage.LOGO;
    private transient Part file;
    private Map<Long, Integer> validity;

    public void load() {
        if (form == null) {
            form = TemplateForm.of(certificates.template());
            validity = new HashMap<>(certificates.validities());
        }
    }

    public String save() {
        certificates.saveTemplate(form);
        FacesMessages.info("certificate_template.saved");
        return "/admin/certificate-template?faces-redirect=true";
    }

    public String upload() {
        if (file == null || file.getSize() == 0) {
            throw BusinessException.at("file", "media.choose_file");
        }
        if (file.getSize() > TemplateImages.MAX_BYTES) {
            throw BusinessException.at("file", "certificate_template.image_too_large");
        }
        try (InputStream in = file.getInputStream()) {
            certificates.saveImage(image, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesMessages.info("certificate_template.image_saved");
        return "/admin/certificate-template?faces-redirect=true";
    }

    public String removeImage() {
        certificates.saveImage(image, null);
        FacesMessages.info("certificate_template.image_removed");
        return "/admin/certificate-template?faces-redirect=true";
    }

    public String saveValidity() {
        for (Course course : getCourses()) {
            certificates.setValidity(course.getId(), validity.get(course.getId()));
        }
        FacesMessages.info("certificate_template.validity_saved");
        return "/admin/certificate-template?faces-redirect=true";
    }

    public CertificateTemplate getTemplate() {
        return certificates.template();
    }

    public List<Course> getCourses() {
        return outlines.publishedCourses();
    }

    public List<TemplateImage> getImages() {
        return List.of(TemplateImage.values());
    }

    public TemplateForm getForm() {
        return form;
    }

    public TemplateImage getImage() {
        return image;
    }

    public void setImage(TemplateImage image) {
        this.image = image;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Map<Long, Integer> getValidity() {
        return validity;
    }
}
