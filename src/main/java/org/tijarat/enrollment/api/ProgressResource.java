package org.tijarat.enrollment.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.tijarat.enrollment.LearningService;
import org.tijarat.enrollment.LessonProgress;

/**
 * {@code POST /api/learning/{course}/lessons/{key}/video}: the player's lean report of where a video
 * is and how much of it was watched, a few dozen bytes every quarter minute. The session cookie is
 * SameSite, so another site cannot post it for the learner. One instance serves every request.
 */
@Path("/learning/{course}/lessons/{key}/video")
@ApplicationScoped
public class ProgressResource {

    /** What the player needs back: whether the lesson is complete now. */
    public record VideoState(int watchedSeconds, boolean completed) {
    }

    @Inject
    private LearningService learning;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public VideoState report(@PathParam("course") long courseId, @PathParam("key") String lessonKey,
                             @FormParam("position") int position, @FormParam("watched") int watched,
                             @FormParam("duration") int duration) {
        LessonProgress progress = learning.videoProgress(courseId, lessonKey, position, watched, duration);
        return new VideoState(progress.getWatchedSeconds(), progress.isCompleted());
    }
}
