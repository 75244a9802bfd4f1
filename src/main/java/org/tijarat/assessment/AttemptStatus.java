package org.tijarat.assessment;

/** An attempt is open until submitted; then graded, or awaiting a person's marks for its essays. */
public enum AttemptStatus {
    OPEN,
    AWAITING_GRADING,
    GRADED
}
