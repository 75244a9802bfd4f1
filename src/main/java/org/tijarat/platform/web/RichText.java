package org.tijarat.platform.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIOutput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.tijarat.platform.HtmlSanitizer;

/**
 * {@code <t:richText value="#{...}"/>}: rich text written by trainers, which services store
 * sanitised; it is sanitised again here, so even content that bypassed a service (a database
 * edit) cannot carry script into a page. Plain user text never goes through this component.
 */
@FacesComponent(RichText.TYPE)
public class RichText extends UIOutput {

    public static final String TYPE = "org.tijarat.RichText";

    @Override
    public String getFamily() {
        return "org.tijarat";
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("div", this);
        writer.writeAttribute("class", "rich-text", null);
        Object value = getValue();
        if (value != null) {
            writer.write(HtmlSanitizer.cleanForDisplay(value.toString()));
        }
        writer.endElement("div");
    }
}
