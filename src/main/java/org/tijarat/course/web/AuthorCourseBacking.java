package org.tijarat.course.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.primefaces.event.ReorderEvent;
import org.tijarat.course.Course;
import org.tijarat.course.CourseDetails;
import org.tijarat.course.CourseEdit;
import org.tijarat.course.CourseModule;
import org.tijarat.course.CourseService;
import org.tijarat.course.CourseTransferService;
import org.tijarat.course.CurriculumService;
import org.tijarat.course.Lesson;
import org.tijarat.course.LessonKind;
import org.tijarat.course.PublishingService;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.NotFoundException;
import org.tijarat.platform.Texts;
import org.tijarat.platform.web.FacesMessages;

/**
 * {@code /author/course?id=N}: a course's description, cover, trainers, outline (drag and drop or
 * move buttons), publishing and history.
 */
@Named("authorCourse")
@ViewScoped
public class AuthorCourseBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private CourseService courses;

    @Inject
    private CurriculumService curriculum;

    @Inject
    private PublishingService publishing;

    @Inject
    private CourseTransferService transfers;

    private Long id;
    private Course course;
    private CourseDetails details;
    private List<BusinessException> problems;
    private List<CourseEdit> history;
    private transient Part cover;
    private String ownerEmail;
    private String moduleTitle;
    private String lessonTitle;
    private LessonKind lessonKind = LessonKind.TEXT;
    private Long lessonModule;
    private Long renameModule;
    private String renameTitle;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        course = courses.forEditing(id);
        details = course.details();
        problems = publishing.problems(id);
        history = courses.history(id);
    }

    private String reload() {
        return "/author/course?faces-redirect=true&id=" + id;
    }

    public String save() {
        courses.describe(id, details);
        FacesMessages.info("author_course.saved");
        return reload();
    }

    public String uploadCover() {
        if (cover == null || cover.getSize() == 0) {
            throw BusinessException.at("cover", "media.choose_file");
        }
        try (InputStream in = cover.getInputStream()) {
            courses.changeCover(id, in, cover.getSubmittedFileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesMessages.info("author_course.cover_saved");
        return reload();
    }

    public String addOwner() {
        courses.addOwner(id, ownerEmail);
        FacesMessages.info("author_course.owner_added", ownerEmail);
        return reload();
    }

    public String removeOwner(long accountId) {
        courses.removeOwner(id, accountId);
        FacesMessages.info("author_course.owner_removed");
        return reload();
    }

    public String addModule() {
        curriculum.addModule(id, moduleTitle);
        FacesMessages.info("author_course.module_added");
        return reload();
    }

    public String renameModule() {
        if (renameModule == null) {
            throw BusinessException.at("renameModule", "general.required");
        }
        curriculum.renameModule(renameModule, renameTitle);
        FacesMessages.info("author_course.module_renamed");
        return reload();
    }

    public String addLesson() {
        Lesson lesson = curriculum.addLesson(lessonModule, lessonTitle, lessonKind);
        return "/author/lesson?faces-redirect=true&id=" + lesson.getId();
    }

    public String moveModule(long moduleId, int direction) {
        curriculum.moveModule(moduleId, direction);
        return reload();
    }

    public String moveLesson(long lessonId, int direction) {
        curriculum.moveLesson(lessonId, direction);
        return reload();
    }

    public String removeModule(long moduleId) {
        curriculum.removeModule(moduleId);
        FacesMessages.info("author_course.module_removed");
        return reload();
    }

    public String removeLesson(long lessonId) {
        curriculum.removeLesson(lessonId);
        FacesMessages.info("author_course.lesson_removed");
        return reload();
    }

    /** After a module was dragged to a new place: the table has already moved it in its list. */
    public void onModuleReorder(ReorderEvent event) {
        curriculum.reorderModules(id, course.getModules().stream().map(CourseModule::getId).toList());
        load();
        FacesMessages.info("author_course.reordered");
    }

    /** After a lesson was dragged to a new place within its module (the table moved it in its list). */
    public void onLessonReorder(ReorderEvent event) {
        Long moduleId = Long.valueOf(event.getComponent().getAttributes().get("moduleId").toString());
        CourseModule module = course.getModules().stream().filter(m -> m.getId().equals(moduleId)).findFirst()
                .orElseThrow(NotFoundException::new);
        curriculum.reorderLessons(moduleId, module.getLessons().stream().map(Lesson::getId).toList());
        load();
        FacesMessages.info("author_course.reordered");
    }

    public String publish() {
        var revision = publishing.publish(id);
        FacesMessages.info("author_course.published", revision.getNumber());
        return reload();
    }

    public String archive() {
        courses.archive(id);
        FacesMessages.info("author_course.archived");
        return reload();
    }

    public String unarchive() {
        courses.unarchive(id);
        FacesMessages.info("author_course.unarchived");
        return reload();
    }

    public String copy() {
        Course copy = transfers.copy(id);
        FacesMessages.info("author_course.copied", copy.getTitle());
        return "/author/course?faces-redirect=true&id=" + copy.getId();
    }

    /** A refusal in the viewer's language, with its arguments. */
    public String describe(BusinessException problem) {
        return Texts.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), problem.getMessageKey(),
                problem.getArguments());
    }

    public LessonKind[] getLessonKinds() {
        return LessonKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Course getCourse() {
        return course;
    }

    public CourseDetails getDetails() {
        return details;
    }

    public List<BusinessException> getProblems() {
        return problems;
    }

    public List<CourseEdit> getHistory() {
        return history;
    }

    public Part getCover() {
        return cover;
    }

    public void setCover(Part cover) {
        this.cover = cover;
    }

    public String getOwnerEmail() {
        return ownerEmail;
    }

    public void setOwnerEmail(String ownerEmail) {
        this.ownerEmail = ownerEmail;
    }

    public String getModuleTitle() {
        return moduleTitle;
    }

    public void setModuleTitle(String moduleTitle) {
        this.moduleTitle = moduleTitle;
    }

    public Long getRenameModule() {
        return renameModule;
    }

    public void setRenameModule(Long renameModule) {
        this.renameModule = renameModule;
    }

    public String getRenameTitle() {
        return renameTitle;
    }

    public void setRenameTitle(String renameTitle) {
        this.renameTitle = renameTitle;
    }

    public String getLessonTitle() {
        return lessonTitle;
    }

    public void setLessonTitle(String lessonTitle) {
        this.lessonTitle = lessonTitle;
    }

    public LessonKind getLessonKind() {
        return lessonKind;
    }

    public void setLessonKind(LessonKind lessonKind) {
        this.lessonKind = lessonKind;
    }

    public Long getLessonModule() {
        return lessonModule;
    }

    public void setLessonModule(Long lessonModule) {
        this.lessonModule = lessonModule;
    }
}
