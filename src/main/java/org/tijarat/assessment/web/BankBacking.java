package org.tijarat.assessment.web;

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
import org.tijarat.assessment.BankService;
import org.tijarat.assessment.FormatProblem;
import org.tijarat.assessment.ParsedBank;
import org.tijarat.assessment.Question;
import org.tijarat.assessment.QuestionCategory;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.Texts;
import org.tijarat.platform.web.FacesMessages;
import org.omnifaces.util.Faces;

/**
 * {@code /author/bank?course=ID}: a course's questions by category and tag, and import from GIFT
 * or Moodle XML: the file is read into a preview with every problem and its line; nothing is
 * stored until the trainer confirms.
 */
@Named("bankPage")
@ViewScoped
public class BankBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private BankService bank;

    private Long course;
    private Long categoryId;
    private String tag;
    private List<Question> questions;
    private List<QuestionCategory> categories;
    private transient Part file;
    private ParsedBank preview;
    private boolean onlyValid;

    public void load() {
        categories = bank.categories(course);
        questions = bank.questions(course, categoryId, tag);
    }

    public void preview() {
        if (file == null || file.getSize() == 0) {
            throw BusinessException.at("file", "media.choose_file");
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(BankService.MAX_IMPORT_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        preview = bank.preview(course, file.getSubmittedFileName(), content);
    }

    public void importQuestions() {
        if (preview == null) {
            throw BusinessException.at("file", "media.choose_file");
        }
        int imported = bank.importQuestions(course, preview, onlyValid);
        preview = null;
        FacesMessages.info("bank.imported", imported);
        load();
    }

    /** A problem as the trainer reads it: its line and what is wrong. */
    public String describe(FormatProblem problem) {
        return Texts.get(Faces.getLocale(), "bank.problem_line", problem.line(),
                Texts.get(Faces.getLocale(), problem.messageKey(), problem.arguments().toArray()));
    }

    public List<Question> getQuestions() {
        return questions;
    }

    public List<QuestionCategory> getCategories() {
        return categories;
    }

    public ParsedBank getPreview() {
        return preview;
    }

    public Long getCourse() {
        return course;
    }

    public void setCourse(Long course) {
        this.course = course;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public boolean isOnlyValid() {
        return onlyValid;
    }

    public void setOnlyValid(boolean onlyValid) {
        this.onlyValid = onlyValid;
    }
}
