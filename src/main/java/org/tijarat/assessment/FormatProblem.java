package org.tijarat.assessment;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** A problem in an import file: the line it is on, a message key and its arguments. */
public record FormatProblem(int line, String messageKey, List<String> arguments) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public FormatProblem {
        arguments = List.copyOf(arguments);
    }

    static FormatProblem at(int line, String messageKey, String... arguments) {
        return new FormatProblem(line, messageKey, List.of(arguments));
    }
}
