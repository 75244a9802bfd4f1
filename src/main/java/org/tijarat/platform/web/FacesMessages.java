package org.tijarat.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.tijarat.platform.Texts;

/** Success and information messages for backing beans, from the bundles, kept across a redirect. */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static void info(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = Texts.get(context.getViewRoot().getLocale(), key, arguments);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void error(String field, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = Texts.get(context.getViewRoot().getLocale(), key, arguments);
        context.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        context.validationFailed();
    }
}
