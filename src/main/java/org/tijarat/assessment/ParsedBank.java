package org.tijarat.assessment;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** What an import file holds: the questions that could be read, and the problems, each with its line. */
public record ParsedBank(List<QuestionDraft> questions, List<FormatProblem> problems) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public ParsedBank {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }
}
