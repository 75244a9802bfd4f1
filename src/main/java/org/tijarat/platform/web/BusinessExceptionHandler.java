package org.tijarat.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.ConcurrentChangeException;
import org.tijarat.platform.NotAllowedException;
import org.tijarat.platform.NotFoundException;
import org.tijarat.platform.Texts;

/**
 * The one place where refusals from services become what the user sees: a message at the field
 * or at the top of the page for a business rule, 403 for a forbidden action, 404 for something
 * unknown. Anything else goes on to OmniFaces' handler and the error pages.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            if (handled(context, thrown)) {
                events.remove();
            }
        }
        getWrapped().handle();
    }

    private boolean handled(FacesContext context, Throwable thrown) {
        if (cause(thrown, EJBAccessException.class).isPresent()) {
            return respond(context, new NotAllowedException());
        }
        if (cause(thrown, OptimisticLockException.class).isPresent()) {
            // two saves of the same thing raced and this one lost at commit: nothing was overwritten
            return respond(context, new ConcurrentChangeException());
        }
        Optional<BusinessException> business = cause(thrown, BusinessException.class);
        if (business.isPresent()) {
            return respond(context, business.get());
        }
        Optional<ConstraintViolationException> invalid = cause(thrown, ConstraintViolationException.class);
        if (invalid.isPresent() && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            for (ConstraintViolation<?> violation : invalid.get().getConstraintViolations()) {
                String field = null;
                for (var node : violation.getPropertyPath()) {
                    field = node.getName();
                }
                addMessage(context, field, violation.getMessage());
            }
            context.validationFailed();
            return true;
        }
        return false;
    }

    private boolean respond(FacesContext context, BusinessException e) {
        boolean ajax = context.getPartialViewContext().isAjaxRequest();
        if ((e instanceof NotAllowedException || e instanceof NotFoundException) && !ajax) {
            sendError(context, e instanceof NotAllowedException ? 403 : 404);
            return true;
        }
        if (context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
            return false;
        }
        String text = Texts.get(context.getViewRoot().getLocale(), e.getMessageKey(), e.getArguments());
        addMessage(context, e.getField().orElse(null), text);
        for (BusinessException reason : e.getReasons()) {
            addMessage(context, reason.getField().orElse(null),
                    Texts.get(context.getViewRoot().getLocale(), reason.getMessageKey(), reason.getArguments()));
        }
        context.validationFailed();
        return true;
    }

    private static void addMessage(FacesContext context, String field, String text) {
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
        context.addMessage(field == null ? null : clientId(context, field), message);
    }

    /** The client id of the input whose id is {@code field}, or null (a message for the page). */
    private static String clientId(FacesContext context, String field) {
        String[] found = new String[1];
        context.getViewRoot().visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            if (field.equals(component.getId())) {
                found[0] = component.getClientId(visit.getFacesContext());
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found[0];
    }

    private static void sendError(FacesContext context, int status) {
        try {
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    private static <T extends Throwable> Optional<T> cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

}
