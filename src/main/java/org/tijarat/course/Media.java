package org.tijarat.course;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * A stored file (video, captions, PDF, image), kept on disk under the media directory and named by
 * the SHA-256 of its content, so the same file uploaded twice is stored once. Immutable.
 */
@Entity
@Cacheable
@Table(name = "media")
public class Media implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String sha256;

    @Column(name = "content_type", nullable = false, length = 60)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "original_name", nullable = false, length = NAME_MAX)
    private String originalName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private Long createdBy;

    protected Media() {
    }

    Media(String sha256, MediaType type, long size, String originalName, Instant createdAt, Long createdBy) {
        this.sha256 = sha256;
        this.contentType = type.mime();
        this.size = size;
        this.originalName = safeName(originalName, type);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** A file name fit for a download header: no path, no control or quote characters, bounded length. */
    static String safeName(String name, MediaType type) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            base = "file";
        }
        if (!base.toLowerCase(java.util.Locale.ROOT).endsWith("." + type.extension())) {
            base = base + "." + type.extension();
        }
        return base.length() > NAME_MAX ? base.substring(base.length() - NAME_MAX) : base;
    }

    public MediaType type() {
        return MediaType.ofMime(contentType);
    }

    public Long getId() {
        return id;
    }

    public String getSha256() {
        return sha256;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getOriginalName() {
        return originalName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The address the file is served at. */
    public String getPath() {
        return "/media/" + sha256 + "." + type().extension();
    }
}
