package org.tijarat.platform.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.tijarat.platform.BusinessException;
import org.tijarat.platform.NotAllowedException;
import org.tijarat.platform.NotFoundException;
import org.tijarat.platform.Texts;

/**
 * The one place where refusals become REST answers: problem JSON (RFC 9457) with the message in
 * the client's language, 403 for a forbidden action, 404 for something unknown, 422 for a rule.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException e) {
        int status = e instanceof NotAllowedException ? 403 : e instanceof NotFoundException ? 404 : 422;
        Locale locale = headers == null || headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH
                : headers.getAcceptableLanguages().getFirst();
        String body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("status", status)
                .add("title", Texts.get(locale, e.getMessageKey(), e.getArguments()))
                .add("code", e.getMessageKey())
                .build().toString();
        return Response.status(status).type("application/problem+json").entity(body).build();
    }
}
