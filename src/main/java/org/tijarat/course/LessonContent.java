package org.tijarat.course;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/** The editable content of a lesson, as the lesson editor holds it (files are attached separately). */
public class LessonContent implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int BODY_MAX = 200_000;
    public static final int URL_MAX = 1000;
    public static final int POLICY_TITLE_MAX = 200;

    @NotBlank(message = "{lesson.title.required}")
    @Size(max = CourseDetails.TITLE_MAX, message = "{general.too_long}")
    private String title;

    @NotNull
    private LessonKind kind = LessonKind.TEXT;

    @Min(value = 1, message = "{lesson.minutes.invalid}")
    @Max(value = 600, message = "{lesson.minutes.invalid}")
    private int minutes = 10;

    private boolean required = true;

    @Size(max = BODY_MAX, message = "{general.too_long}")
    private String bodyHtml;

    @Size(max = 300, message = "{general.too_long}")
    private String videoUrl;

    @Size(max = URL_MAX, message = "{general.too_long}")
    private String linkUrl;

    @Size(max = POLICY_TITLE_MAX, message = "{general.too_long}")
    private String policyTitle;

    @Size(max = URL_MAX, message = "{general.too_long}")
    private String policyUrl;

    private LocalDate policyEffective;

    private long version;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LessonKind getKind() {
        return kind;
    }

    public void setKind(LessonKind kind) {
        this.kind = kind;
    }

    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public void setBodyHtml(String bodyHtml) {
        this.bodyHtml = bodyHtml;
    }

    public String getVideoUrl() {
        return videoUrl;
    }

    public void setVideoUrl(String videoUrl) {
        this.videoUrl = videoUrl;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public void setLinkUrl(String linkUrl) {
        this.linkUrl = linkUrl;
    }

    public String getPolicyTitle() {
        return policyTitle;
    }

    public void setPolicyTitle(String policyTitle) {
        this.policyTitle = policyTitle;
    }

    public String getPolicyUrl() {
        return policyUrl;
    }

    public void setPolicyUrl(String policyUrl) {
        this.policyUrl = policyUrl;
    }

    public LocalDate getPolicyEffective() {
        return policyEffective;
    }

    public void setPolicyEffective(LocalDate policyEffective) {
        this.policyEffective = policyEffective;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
