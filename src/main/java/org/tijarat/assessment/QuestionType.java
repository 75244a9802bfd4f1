package org.tijarat.assessment;

/** The kinds of question a bank holds. */
public enum QuestionType {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    TRUE_FALSE,
    SHORT_ANSWER,
    NUMERIC,
    MATCHING,
    ORDERING,
    ESSAY
}
