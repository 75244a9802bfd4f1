package org.tijarat.assessment.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;
import org.tijarat.assessment.AttemptView;
import org.tijarat.platform.Texts;

/** Writes a learner's saved answer as text, for the review page and the grader. */
@Named("reviewText")
@ApplicationScoped
public class ReviewTextBacking {

    public String answer(AttemptView.Asked q) {
        Locale locale = Faces.getLocale();
        if (q.saved().isBlank()) {
            return Texts.get(locale, "review.no_answer");
        }
        List<String> parts = new ArrayList<>();
        switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, ORDERING -> q.saved().picks().forEach(id -> parts.add(option(q, id)));
            case TRUE_FALSE -> q.saved().picks().forEach(id -> parts.add(Texts.get(locale, "take." + option(q, id))));
            case MATCHING -> {
                for (int i = 0; i < q.items().size(); i++) {
                    int pick = q.matchOf(i);
                    parts.add(q.items().get(i) + " → " + (pick == 0 ? "—" : option(q, pick)));
                }
            }
            default -> parts.add(q.saved().text());
        }
        return String.join(" · ", parts);
    }

    private static String option(AttemptView.Asked q, int id) {
        return q.options().stream().filter(o -> o.id() == id).map(AttemptView.Option::text).findFirst().orElse("?");
    }
}
