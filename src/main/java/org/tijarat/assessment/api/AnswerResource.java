package org.tijarat.assessment.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.tijarat.assessment.AttemptService;
import org.tijarat.assessment.QuestionJson;

/**
 * {@code PUT /api/attempts/{attempt}/answers/{position}}: the quiz page's autosave, one question's
 * answer ({@code {"picks":[2]}} or {@code {"text":"…"}}), a few dozen bytes. Answers 200 with the
 * time it was saved, or problem JSON saying why not (time up, submitted, not an offered option).
 * A cross-site page cannot send it: a JSON PUT needs a CORS preflight, which this site never grants.
 * One instance serves every request (it holds nothing but the service's proxy): a resource made
 * per request costs an injection on every autosave.
 */
@Path("/attempts/{attempt}/answers/{position}")
@ApplicationScoped
public class AnswerResource {

    /** When the answer was committed. */
    public record Saved(String savedAt) {
    }

    @Inject
    private AttemptService attempts;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Saved save(@PathParam("attempt") long attemptId, @PathParam("position") int position, String body) {
        Instant saved = attempts.save(attemptId, position, QuestionJson.response(body));
        return new Saved(saved.toString());
    }
}
