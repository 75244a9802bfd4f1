package org.tijarat.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * A learner's progress in one lesson, keyed by the lesson's stable key so it survives
 * republishing: where a video was left, how much of it was watched, and when it was completed.
 */
@Entity
@Table(name = "lesson_progress")
public class LessonProgress implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Share of a video watched that completes its lesson. */
    static final double VIDEO_COMPLETE_SHARE = 0.9;

    private static final int REPORT_SLACK_SECONDS = 15;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrollment_id")
    private Enrollment enrollment;

    @Column(name = "lesson_key", nullable = false, length = 36)
    private String lessonKey;

    @Column(name = "position_seconds", nullable = false)
    private int positionSeconds;

    @Column(name = "watched_seconds", nullable = false)
    private int watchedSeconds;

    @Column(name = "duration_seconds", nullable = false)
    private int durationSeconds;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected LessonProgress() {
    }

    LessonProgress(Enrollment enrollment, String lessonKey, Instant now) {
        this.enrollment = enrollment;
        this.lessonKey = lessonKey;
        this.updatedAt = now;
    }

    /** Marks the lesson complete; the first time counts. Returns whether it was newly completed. */
    boolean complete(Instant now) {
        updatedAt = now;
        if (completedAt != null) {
            return false;
        }
        completedAt = now;
        return true;
    }

    /**
     * Remembers where the video is and how much of it has been watched (never less than before);
     * at 90 % watched the lesson is complete. Watching cannot outrun the clock: the watched time
     * grows by at most twice the time since the last report (double-speed playback), plus slack
     * for reports lost on a bad connection. Returns whether it was newly completed.
     */
    boolean watched(int position, int watched, int duration, Instant now) {
        if (duration > 0) {
            durationSeconds = duration;
        }
        positionSeconds = durationSeconds > 0 ? Math.min(Math.max(position, 0), durationSeconds) : Math.max(position, 0);
        long elapsed = Math.max(0, java.time.Duration.between(updatedAt, now).toSeconds());
        long plausible = watchedSeconds + 2 * elapsed + REPORT_SLACK_SECONDS;
        long capped = Math.min(Math.max(watched, 0), plausible);
        if (durationSeconds > 0) {
            capped = Math.min(capped, durationSeconds);
        }
        watchedSeconds = (int) Math.max(watchedSeconds, capped);
        updatedAt = now;
        if (durationSeconds > 0 && watchedSeconds >= VIDEO_COMPLETE_SHARE * durationSeconds) {
            return complete(now);
        }
        return false;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    /** Share watched, 0–100, for the player's resume hint. */
    public int getWatchedPercent() {
        return durationSeconds == 0 ? 0 : (int) Math.min(100, Math.round(100.0 * watchedSeconds / durationSeconds));
    }

    public Long getId() {
        return id;
    }

    public Enrollment getEnrollment() {
        return enrollment;
    }

    public String getLessonKey() {
        return lessonKey;
    }

    public int getPositionSeconds() {
        return positionSeconds;
    }

    public int getWatchedSeconds() {
        return watchedSeconds;
    }

    public int getDurationSeconds() {
        return durationSeconds;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
