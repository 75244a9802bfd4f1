package org.tijarat.course;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.tijarat.platform.HtmlSanitizer;

/**
 * What a learner sees of a lesson: its title, kind, time, and the one body its kind uses (text,
 * video, file or link), with an optional Amazon policy reference. Shared by the draft and the
 * published revisions; publishing copies it.
 */
@Embeddable
public class LessonBody implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = CourseDetails.TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private LessonKind kind;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "body_html", columnDefinition = "MEDIUMTEXT")
    private String bodyHtml;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "video_media_id")
    private Media video;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "captions_media_id")
    private Media captions;

    @Column(name = "video_url", length = 300)
    private String videoUrl;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "file_media_id")
    private Media file;

    @Column(name = "link_url", length = LessonContent.URL_MAX)
    private String linkUrl;

    @Column(name = "policy_title", length = LessonContent.POLICY_TITLE_MAX)
    private String policyTitle;

    @Column(name = "policy_url", length = LessonContent.URL_MAX)
    private String policyUrl;

    @Column(name = "policy_effective")
    private LocalDate policyEffective;

    protected LessonBody() {
    }

    LessonBody(String title, LessonKind kind) {
        this.title = title.strip();
        this.kind = kind;
        this.minutes = 10;
        this.required = true;
    }

    /** Takes edited content; HTML is sanitised here, so every path that stores it is covered. */
    void update(LessonContent content) {
        this.title = content.getTitle().strip();
        this.kind = content.getKind();
        this.minutes = content.getMinutes();
        this.required = content.isRequired();
        this.bodyHtml = HtmlSanitizer.clean(content.getBodyHtml());
        this.videoUrl = VideoLinks.normalize(content.getVideoUrl());
        this.linkUrl = WebLinks.normalize(content.getLinkUrl(), "linkUrl");
        this.policyTitle = blankToNull(content.getPolicyTitle());
        this.policyUrl = WebLinks.normalize(content.getPolicyUrl(), "policyUrl");
        this.policyEffective = content.getPolicyEffective();
    }

    void attach(MediaType.Use use, Media media) {
        switch (use) {
            case VIDEO -> video = media;
            case CAPTIONS -> captions = media;
            case DOWNLOAD -> file = media;
            default -> throw new IllegalArgumentException("A lesson holds no " + use);
        }
    }

    LessonContent content(long version) {
        LessonContent content = new LessonContent();
        content.setTitle(title);
        content.setKind(kind);
        content.setMinutes(minutes);
        content.setRequired(required);
        content.setBodyHtml(bodyHtml);
        content.setVideoUrl(videoUrl);
        content.setLinkUrl(linkUrl);
        content.setPolicyTitle(policyTitle);
        content.setPolicyUrl(policyUrl);
        content.setPolicyEffective(policyEffective);
        content.setVersion(version);
        return content;
    }

    /** Why this lesson cannot be published as it is: the bundle key, or nothing when it is complete. */
    Optional<String> missing() {
        return switch (kind) {
            case TEXT -> HtmlSanitizer.text(bodyHtml).isEmpty() ? Optional.of("publish.lesson_empty_text") : Optional.empty();
            case VIDEO -> video == null && videoUrl == null ? Optional.of("publish.lesson_empty_video") : Optional.empty();
            case FILE -> file == null ? Optional.of("publish.lesson_empty_file") : Optional.empty();
            case LINK -> linkUrl == null ? Optional.of("publish.lesson_empty_link") : Optional.empty();
        };
    }

    LessonBody copy() {
        LessonBody copy = new LessonBody();
        copy.title = title;
        copy.kind = kind;
        copy.minutes = minutes;
        copy.required = required;
        copy.bodyHtml = bodyHtml;
        copy.video = video;
        copy.captions = captions;
        copy.videoUrl = videoUrl;
        copy.file = file;
        copy.linkUrl = linkUrl;
        copy.policyTitle = policyTitle;
        copy.policyUrl = policyUrl;
        copy.policyEffective = policyEffective;
        return copy;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean isEmbeddedVideo() {
        return kind == LessonKind.VIDEO && videoUrl != null;
    }

    /** The privacy-friendly player address of a YouTube or Vimeo link. */
    public String getEmbedUrl() {
        return VideoLinks.embedUrl(videoUrl);
    }

    public String getTitle() {
        return title;
    }

    public LessonKind getKind() {
        return kind;
    }

    public int getMinutes() {
        return minutes;
    }

    public boolean isRequired() {
        return required;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Media getVideo() {
        return video;
    }

    public Media getCaptions() {
        return captions;
    }

    public String getVideoUrl() {
        return videoUrl;
    }

    public Media getFile() {
        return file;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public String getPolicyTitle() {
        return policyTitle;
    }

    public String getPolicyUrl() {
        return policyUrl;
    }

    public LocalDate getPolicyEffective() {
        return policyEffective;
    }
}
