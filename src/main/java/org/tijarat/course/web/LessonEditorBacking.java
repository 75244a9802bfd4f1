package org.tijarat.course.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.tijarat.course.CurriculumService;
import org.tijarat.course.Lesson;
import org.tijarat.course.LessonContent;
import org.tijarat.course.LessonKind;
import org.tijarat.course.MediaType;
import org.tijarat.platform.NotFoundException;
import org.tijarat.platform.web.FacesMessages;

/**
 * {@code /author/lesson?id=N}: a lesson's content and files. The form lives in the view, so a save
 * refused because someone else saved meanwhile keeps everything typed here.
 */
@Named("lessonEditor")
@ViewScoped
public class LessonEditorBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private CurriculumService curriculum;

    private Long id;
    private Lesson lesson;
    private LessonContent content;
    private transient Part video;
    private transient Part captions;
    private transient Part file;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        if (content == null) {
            lesson = curriculum.lessonForEditing(id);
            content = lesson.content();
        }
    }

    public String save() {
        curriculum.updateLesson(id, content);
        attach(video, MediaType.Use.VIDEO, "video");
        attach(captions, MediaType.Use.CAPTIONS, "captions");
        attach(file, MediaType.Use.DOWNLOAD, "file");
        FacesMessages.info("lesson_editor.saved");
        return "/author/lesson?faces-redirect=true&id=" + id;
    }

    public String removeFile(MediaType.Use use) {
        curriculum.detach(id, use);
        FacesMessages.info("lesson_editor.file_removed");
        return "/author/lesson?faces-redirect=true&id=" + id;
    }

    private void attach(Part part, MediaType.Use use, String field) {
        if (part == null || part.getSize() == 0) {
            return;
        }
        try (InputStream in = part.getInputStream()) {
            curriculum.attach(id, use, in, part.getSubmittedFileName(), field);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LessonKind[] getKinds() {
        return LessonKind.values();
    }

    public MediaType.Use getVideoUse() {
        return MediaType.Use.VIDEO;
    }

    public MediaType.Use getCaptionsUse() {
        return MediaType.Use.CAPTIONS;
    }

    public MediaType.Use getFileUse() {
        return MediaType.Use.DOWNLOAD;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Lesson getLesson() {
        return lesson;
    }

    public LessonContent getContent() {
        return content;
    }

    public Part getVideo() {
        return video;
    }

    public void setVideo(Part video) {
        this.video = video;
    }

    public Part getCaptions() {
        return captions;
    }

    public void setCaptions(Part captions) {
        this.captions = captions;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
