package org.tijarat.assessment.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.tijarat.assessment.AttemptView;
import org.tijarat.assessment.QuestionType;
import org.tijarat.platform.HtmlSanitizer;
import org.tijarat.platform.Texts;

/**
 * {@code <t:attemptQuestions value="#{attemptView}"/>}: an open attempt's questions as plain form
 * fields ({@code q3}, {@code q3_m1}, {@code q3_o2}), which the autosave script and the page's own
 * save and submit read from the request. One component writes them all: the same markup as a
 * repeat of repeats, without a component and a dozen expressions per option to build, render and
 * walk through again on every postback (on a 20-question attempt that was most of the page's cost).
 */
@FacesComponent(AttemptQuestions.TYPE)
public class AttemptQuestions extends UIComponentBase {

    public static final String TYPE = "org.tijarat.AttemptQuestions";

    @Override
    public String getFamily() {
        return "org.tijarat";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        AttemptView view = (AttemptView) getValueExpression("value").getValue(context.getELContext());
        Locale locale = context.getViewRoot().getLocale();
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("ol", this);
        writer.writeAttribute("class", "questions", null);
        for (AttemptView.Asked q : view.questions()) {
            question(writer, locale, q);
        }
        writer.endElement("ol");
    }

    @Override
    public void encodeChildren(FacesContext context) {
        // no children: everything is written in encodeBegin
    }

    private void question(ResponseWriter writer, Locale locale, AttemptView.Asked q) throws IOException {
        String name = "q" + q.position();
        writer.startElement("li", this);
        writer.writeAttribute("class", "question", null);
        writer.writeAttribute("id", "question-" + q.position(), null);
        writer.writeAttribute("data-position", q.position(), null);
        writer.writeAttribute("data-type", q.type().name(), null);
        writer.startElement("fieldset", this);
        writer.startElement("legend", this);
        writer.writeAttribute("class", "question-heading", null);
        writer.writeText(Texts.get(locale, "take.question", q.position(), q.points()), null);
        writer.endElement("legend");
        writer.startElement("div", this);
        writer.writeAttribute("class", "rich-text", null);
        writer.write(HtmlSanitizer.cleanForDisplay(q.text()));
        writer.endElement("div");
        switch (q.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> choices(writer, locale, q, name, "radio");
            case MULTIPLE_CHOICE -> {
                hint(writer, Texts.get(locale, "take.choose_all"));
                choices(writer, locale, q, name, "checkbox");
            }
            case SHORT_ANSWER, NUMERIC -> {
                fieldStart(writer, Texts.get(locale, "take.your_answer"), "field");
                writer.startElement("input", this);
                writer.writeAttribute("type", "text", null);
                writer.writeAttribute("name", name, null);
                writer.writeAttribute("value", q.saved().text(), null);
                writer.writeAttribute("dir", "auto", null);
                writer.writeAttribute("autocomplete", "off", null);
                writer.writeAttribute("inputmode", q.type() == QuestionType.NUMERIC ? "decimal" : "text", null);
                writer.writeAttribute("maxlength", "500", null);
                writer.endElement("input");
                writer.endElement("label");
            }
            case ESSAY -> {
                fieldStart(writer, Texts.get(locale, "take.your_answer"), "field");
                writer.startElement("textarea", this);
                writer.writeAttribute("name", name, null);
                writer.writeAttribute("rows", "8", null);
                writer.writeAttribute("class", "textarea", null);
                writer.writeAttribute("dir", "auto", null);
                writer.writeAttribute("maxlength", "20000", null);
                writer.writeText(q.saved().text(), null);
                writer.endElement("textarea");
                writer.endElement("label");
            }
            case MATCHING -> matching(writer, locale, q, name);
            case ORDERING -> ordering(writer, locale, q, name);
        }
        writer.endElement("fieldset");
        writer.endElement("li");
    }

    private void choices(ResponseWriter writer, Locale locale, AttemptView.Asked q, String name, String inputType) throws IOException {
        for (AttemptView.Option o : q.options()) {
            writer.startElement("label", this);
            writer.writeAttribute("class", "choice", null);
            writer.startElement("input", this);
            writer.writeAttribute("type", inputType, null);
            writer.writeAttribute("name", name, null);
            writer.writeAttribute("value", o.id(), null);
            if (q.picked(o.id())) {
                writer.writeAttribute("checked", "checked", null);
            }
            writer.endElement("input");
            writer.writeText(q.type() == QuestionType.TRUE_FALSE ? Texts.get(locale, "take." + o.text()) : o.text(), null);
            writer.endElement("label");
        }
    }

    private void matching(ResponseWriter writer, Locale locale, AttemptView.Asked q, String name) throws IOException {
        List<String> items = q.items();
        for (int i = 0; i < items.size(); i++) {
            fieldStart(writer, items.get(i), "field matching-item");
            writer.startElement("select", this);
            writer.writeAttribute("name", name + "_m" + (i + 1), null);
            option(writer, 0, Texts.get(locale, "general.choose"), false);
            for (AttemptView.Option o : q.options()) {
                option(writer, o.id(), o.text(), q.matchOf(i) == o.id());
            }
            writer.endElement("select");
            writer.endElement("label");
        }
    }

    private void ordering(ResponseWriter writer, Locale locale, AttemptView.Asked q, String name) throws IOException {
        hint(writer, Texts.get(locale, "take.order_hint"));
        List<AttemptView.Option> options = q.options();
        for (int shown = 0; shown < options.size(); shown++) {
            AttemptView.Option o = options.get(shown);
            fieldStart(writer, o.text(), "field ordering-item");
            writer.startElement("select", this);
            writer.writeAttribute("name", name + "_o" + o.id(), null);
            writer.writeAttribute("data-item", o.id(), null);
            int place = TakeBacking.placeOf(q, o.id(), shown);
            for (int p = 1; p <= options.size(); p++) {
                option(writer, p, String.valueOf(p), place == p);
            }
            writer.endElement("select");
            writer.endElement("label");
        }
    }

    private void option(ResponseWriter writer, int value, String text, boolean selected) throws IOException {
        writer.startElement("option", this);
        writer.writeAttribute("value", value, null);
        if (selected) {
            writer.writeAttribute("selected", "selected", null);
        }
        writer.writeText(text, null);
        writer.endElement("option");
    }

    private void hint(ResponseWriter writer, String text) throws IOException {
        writer.startElement("p", this);
        writer.writeAttribute("class", "hint", null);
        writer.writeText(text, null);
        writer.endElement("p");
    }

    /** Opens a label with its caption in a span; the caller writes the field and closes the label. */
    private void fieldStart(ResponseWriter writer, String caption, String styleClass) throws IOException {
        writer.startElement("label", this);
        writer.writeAttribute("class", styleClass, null);
        writer.startElement("span", this);
        writer.writeText(caption, null);
        writer.endElement("span");
    }
}
