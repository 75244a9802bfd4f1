package org.tijarat.assessment;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.tijarat.assessment.QuestionContent.Criterion;
import org.tijarat.assessment.QuestionContent.Level;
import org.tijarat.assessment.QuestionDraft.Choice;
import org.tijarat.assessment.QuestionDraft.NumericAnswer;
import org.tijarat.assessment.QuestionDraft.Pair;
import org.tijarat.platform.BusinessException;

/** Question content and responses as they are stored (JSON columns) and as the autosave request carries a response. */
public final class QuestionJson {

    /** Looked up once: {@code Json.create…} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private QuestionJson() {
    }

    public static String write(QuestionContent q) {
        JsonArrayBuilder choices = JSON.createArrayBuilder();
        q.choices().forEach(c -> choices.add(JSON.createObjectBuilder().add("text", c.text())
                .add("fraction", c.fraction()).add("feedback", nz(c.feedback()))));
        JsonArrayBuilder pairs = JSON.createArrayBuilder();
        q.pairs().forEach(p -> pairs.add(JSON.createObjectBuilder().add("item", p.item()).add("match", p.match())));
        JsonArrayBuilder numbers = JSON.createArrayBuilder();
        q.numbers().forEach(n -> numbers.add(JSON.createObjectBuilder().add("value", n.value())
                .add("tolerance", n.tolerance() == null ? BigDecimal.ZERO : n.tolerance())
                .add("fraction", n.fraction()).add("feedback", nz(n.feedback()))));
        JsonArrayBuilder rubric = JSON.createArrayBuilder();
        for (Criterion c : q.rubric()) {
            JsonArrayBuilder levels = JSON.createArrayBuilder();
            c.levels().forEach(l -> levels.add(JSON.createObjectBuilder().add("label", l.label()).add("points", l.points())));
            rubric.add(JSON.createObjectBuilder().add("name", c.name()).add("levels", levels));
        }
        return JSON.createObjectBuilder()
                .add("type", q.type().name())
                .add("text", q.text())
                .add("generalFeedback", q.generalFeedback())
                .add("caseSensitive", q.caseSensitive())
                .add("choices", choices).add("pairs", pairs).add("numbers", numbers).add("rubric", rubric)
                .build().toString();
    }

    public static QuestionContent read(String json) {
        JsonObject o = object(json);
        List<Choice> choices = new ArrayList<>();
        for (JsonObject c : o.getJsonArray("choices").getValuesAs(JsonObject.class)) {
            choices.add(new Choice(c.getString("text"), c.getJsonNumber("fraction").bigDecimalValue(), c.getString("feedback", "")));
        }
        List<Pair> pairs = new ArrayList<>();
        for (JsonObject p : o.getJsonArray("pairs").getValuesAs(JsonObject.class)) {
            pairs.add(new Pair(p.getString("item"), p.getString("match")));
        }
        List<NumericAnswer> numbers = new ArrayList<>();
        for (JsonObject n : o.getJsonArray("numbers").getValuesAs(JsonObject.class)) {
            numbers.add(new NumericAnswer(n.getJsonNumber("value").bigDecimalValue(), n.getJsonNumber("tolerance").bigDecimalValue(),
                    n.getJsonNumber("fraction").bigDecimalValue(), n.getString("feedback", "")));
        }
        List<Criterion> rubric = new ArrayList<>();
        for (JsonObject c : o.getJsonArray("rubric").getValuesAs(JsonObject.class)) {
            List<Level> levels = new ArrayList<>();
            for (JsonObject l : c.getJsonArray("levels").getValuesAs(JsonObject.class)) {
                levels.add(new Level(l.getString("label"), l.getJsonNumber("points").bigDecimalValue()));
            }
            rubric.add(new Criterion(c.getString("name"), levels));
        }
        return new QuestionContent(QuestionType.valueOf(o.getString("type")), o.getString("text"), o.getString("generalFeedback", ""),
                choices, pairs, numbers, o.getBoolean("caseSensitive", false), rubric);
    }

    public static String write(Response r) {
        JsonArrayBuilder picks = JSON.createArrayBuilder();
        r.picks().forEach(picks::add);
        JsonObjectBuilder out = JSON.createObjectBuilder().add("picks", picks);
        if (!r.text().isEmpty()) {
            out.add("text", r.text());
        }
        return out.build().toString();
    }

    /** Reads a stored or sent response; anything that is not one is refused with a clear message. */
    public static Response response(String json) {
        if (json == null || json.isBlank()) {
            return Response.empty();
        }
        try {
            JsonObject o = object(json);
            List<Integer> picks = new ArrayList<>();
            JsonArray array = o.containsKey("picks") && o.get("picks").getValueType() == JsonValue.ValueType.ARRAY
                    ? o.getJsonArray("picks") : JsonValue.EMPTY_JSON_ARRAY;
            if (array.size() > 200) {
                throw new BusinessException("attempt.bad_answer");
            }
            for (JsonValue v : array) {
                if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
                    throw new BusinessException("attempt.bad_answer");
                }
                picks.add(n.intValueExact());
            }
            JsonValue text = o.get("text");
            if (text != null && text.getValueType() != JsonValue.ValueType.STRING && text.getValueType() != JsonValue.ValueType.NULL) {
                throw new BusinessException("attempt.bad_answer");
            }
            return new Response(picks, o.getString("text", ""));
        } catch (JsonException | ClassCastException | ArithmeticException e) {
            throw new BusinessException("attempt.bad_answer");
        }
    }

    private static JsonObject object(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
