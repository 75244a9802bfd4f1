package org.tijarat.assessment;

/** When a learner sees feedback and the right answers of a submitted attempt. */
public enum FeedbackTiming {
    IMMEDIATELY,
    AFTER_CLOSE,
    NEVER
}
