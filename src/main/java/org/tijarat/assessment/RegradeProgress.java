package org.tijarat.assessment;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** How far a regrade is, and the attempts whose score it changed (old and new). */
public record RegradeProgress(long jobId, int total, int done, boolean finished, List<Change> changes) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public RegradeProgress {
        changes = List.copyOf(changes);
    }

    public int percent() {
        return total == 0 ? 100 : done * 100 / total;
    }

    public record Change(long attemptId, long accountId, BigDecimal oldScore, BigDecimal newScore) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }
}
