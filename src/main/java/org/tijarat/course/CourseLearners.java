package org.tijarat.course;

/**
 * Who may learn a course besides its trainers: answered by the capability that enrols learners.
 * The course capability depends on no such capability; it asks whichever implementations exist.
 */
public interface CourseLearners {

    boolean mayLearn(long accountId, long courseId);
}
