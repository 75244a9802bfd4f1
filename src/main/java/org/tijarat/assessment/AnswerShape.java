package org.tijarat.assessment;

/**
 * What an answer to a question version may name: its type, how many options the picks may choose
 * from, and how many matching items there are. An answer-key correction changes marks, never
 * these, so a version's shape is fixed for good and may be kept in memory.
 */
public record AnswerShape(QuestionType type, int optionCount, int pairCount) {
}
