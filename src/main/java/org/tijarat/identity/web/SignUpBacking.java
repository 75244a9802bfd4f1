package org.tijarat.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import org.tijarat.identity.RegistrationService;
import org.tijarat.identity.SignUpForm;
import org.tijarat.platform.web.FacesMessages;
import org.tijarat.platform.web.LocaleBacking;

/** {@code /signup}: an SME joins with its enterprise and owner account. */
@Named("signUp")
@ViewScoped
public class SignUpBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private RegistrationService registrations;

    @Inject
    private LocaleBacking locale;

    private SignUpForm form;

    @PostConstruct
    void init() {
        form = new SignUpForm();
        form.setLanguage(locale.getLanguage());
    }

    public String submit() {
        var owner = registrations.signUp(form);
        FacesMessages.info("signup.done", owner.getEmail());
        return "/signin?faces-redirect=true";
    }

    public SignUpForm getForm() {
        return form;
    }
}
