package org.tijarat.course.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.tijarat.course.Course;
import org.tijarat.course.CourseTransferService;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.web.FacesMessages;

/** {@code /author/import}: a course exported here or elsewhere becomes a new draft. */
@Named("courseImport")
@RequestScoped
public class ImportBacking {

    @Inject
    private CourseTransferService transfers;

    private Part archive;

    public String submit() {
        if (archive == null || archive.getSize() == 0) {
            throw BusinessException.at("archive", "media.choose_file");
        }
        Course course;
        try (InputStream in = archive.getInputStream()) {
            course = transfers.importArchive(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesMessages.info("course_import.done", course.getTitle());
        return "/author/course?faces-redirect=true&id=" + course.getId();
    }

    public Part getArchive() {
        return archive;
    }

    public void setArchive(Part archive) {
        this.archive = archive;
    }
}
