package org.tijarat.assessment.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tijarat.assessment.AttemptView;
import org.tijarat.assessment.Response;

/**
 * Reads the answers a quiz page posted, field names as the page writes them: {@code q3} for a
 * choice or a text, {@code q3_m1} for the first matching item, {@code q3_o2} for the place of
 * ordering item 2. What is not a number is dropped; the service checks the rest.
 */
final class AnswerForms {

    private AnswerForms() {
    }

    static Map<Integer, Response> read(AttemptView view, Map<String, String[]> parameters) {
        Map<Integer, Response> answers = new HashMap<>();
        for (AttemptView.Asked asked : view.questions()) {
            String name = "q" + asked.position();
            Response response = switch (asked.type()) {
                case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_CHOICE -> new Response(numbers(parameters.get(name)), null);
                case SHORT_ANSWER, NUMERIC, ESSAY -> {
                    String[] text = parameters.get(name);
                    yield text == null ? null : new Response(List.of(), text[0]);
                }
                case MATCHING -> {
                    List<Integer> picks = new ArrayList<>();
                    for (int i = 1; i <= asked.items().size(); i++) {
                        List<Integer> chosen = numbers(parameters.get(name + "_m" + i));
                        picks.add(chosen.isEmpty() ? 0 : chosen.get(0));
                    }
                    yield new Response(picks, null);
                }
                case ORDERING -> ordering(asked, name, parameters);
            };
            if (response != null) {
                answers.put(asked.position(), response);
            }
        }
        return answers;
    }

    /** The items sorted by the place chosen for each (ties keep the order shown). */
    private static Response ordering(AttemptView.Asked asked, String name, Map<String, String[]> parameters) {
        Map<Integer, Integer> place = new HashMap<>();
        for (int i = 0; i < asked.options().size(); i++) {
            int id = asked.options().get(i).id();
            List<Integer> chosen = numbers(parameters.get(name + "_o" + id));
            place.put(id, chosen.isEmpty() ? i + 1 : chosen.get(0));
        }
        List<Integer> order = asked.options().stream().map(AttemptView.Option::id)
                .sorted(Comparator.comparing(place::get)).toList();
        return new Response(order, null);
    }

    private static List<Integer> numbers(String[] values) {
        List<Integer> numbers = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                if (v != null && v.matches("\\d{1,4}")) {
                    numbers.add(Integer.valueOf(v));
                }
            }
        }
        return numbers;
    }
}
