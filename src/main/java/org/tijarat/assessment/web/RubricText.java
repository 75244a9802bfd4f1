package org.tijarat.assessment.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.tijarat.assessment.QuestionContent.Criterion;
import org.tijarat.assessment.QuestionContent.Level;
import org.tijarat.platform.BusinessException;

/**
 * A rubric as the editor types it, one criterion per line: {@code Clarity: Unclear=0; Clear=2; Excellent=4}.
 */
final class RubricText {

    private RubricText() {
    }

    static List<Criterion> parse(String text) {
        List<Criterion> criteria = new ArrayList<>();
        if (text == null) {
            return criteria;
        }
        int lineNumber = 0;
        for (String line : text.split("\\R")) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw BusinessException.at("rubric", "question_editor.rubric_syntax", lineNumber);
            }
            List<Level> levels = new ArrayList<>();
            for (String part : line.substring(colon + 1).split(";")) {
                if (part.isBlank()) {
                    continue;
                }
                int equals = part.lastIndexOf('=');
                try {
                    levels.add(new Level(part.substring(0, equals).strip(), new BigDecimal(part.substring(equals + 1).strip())));
                } catch (RuntimeException e) {
                    throw BusinessException.at("rubric", "question_editor.rubric_syntax", lineNumber);
                }
            }
            criteria.add(new Criterion(line.substring(0, colon).strip(), levels));
        }
        return criteria;
    }

    static String format(List<Criterion> criteria) {
        return criteria.stream().map(c -> c.name() + ": " + c.levels().stream()
                        .map(l -> l.label() + "=" + l.points().stripTrailingZeros().toPlainString()).collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n"));
    }
}
