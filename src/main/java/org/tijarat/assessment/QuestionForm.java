package org.tijarat.assessment;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** A question as the editor or an import gives it to the bank: where it goes, what it is called, and what it asks. */
public record QuestionForm(String category, String name, List<String> tags, BigDecimal points, QuestionContent content)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public QuestionForm {
        tags = tags == null ? List.of() : List.copyOf(tags);
        points = points == null ? BigDecimal.ONE : points;
    }
}
