package org.tijarat.course;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import org.tijarat.platform.Language;

/** The editable description of a course, as the authoring form holds it. */
public class CourseDetails implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAX = 160;
    public static final int SUMMARY_MAX = 1000;
    public static final int SLUG_MAX = 80;
    public static final String SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    @NotBlank(message = "{course.title.required}")
    @Size(max = TITLE_MAX, message = "{general.too_long}")
    private String title;

    @NotBlank(message = "{course.slug.required}")
    @Size(max = SLUG_MAX, message = "{general.too_long}")
    @Pattern(regexp = SLUG_PATTERN, message = "{course.slug.invalid}")
    private String slug;

    @NotBlank(message = "{course.summary.required}")
    @Size(max = SUMMARY_MAX, message = "{general.too_long}")
    private String summary;

    @NotNull
    private Language language = Language.EN;

    @NotNull
    private CourseLevel level = CourseLevel.BEGINNER;

    @NotNull
    private CourseCategory category = CourseCategory.GETTING_STARTED;

    @NotNull(message = "{course.hours.invalid}")
    @DecimalMin(value = "0.5", message = "{course.hours.invalid}")
    @DecimalMax(value = "500", message = "{course.hours.invalid}")
    private BigDecimal estimatedHours = BigDecimal.ONE;

    private long version;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public CourseLevel getLevel() {
        return level;
    }

    public void setLevel(CourseLevel level) {
        this.level = level;
    }

    public CourseCategory getCategory() {
        return category;
    }

    public void setCategory(CourseCategory category) {
        this.category = category;
    }

    public BigDecimal getEstimatedHours() {
        return estimatedHours;
    }

    public void setEstimatedHours(BigDecimal estimatedHours) {
        this.estimatedHours = estimatedHours;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
