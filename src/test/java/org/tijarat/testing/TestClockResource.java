package org.tijarat.testing;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;

/** {@code POST /api/test/clock/advance?seconds=N}: only in test deployments, for browser tests. */
@Path("test/clock")
public class TestClockResource {

    @Inject
    private AdjustableClock clock;

    @POST
    @Path("advance")
    public void advance(@QueryParam("seconds") long seconds) {
        clock.advance(Duration.ofSeconds(seconds));
    }
}
