package org.tijarat.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's address: the connection's peer, or, behind a reverse proxy that is configured in
 * {@code tijarat.client-address-header}, the last address that proxy appended (earlier entries
 * can be forged by the client).
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "tijarat.client-address-header")
    private Optional<String> header;

    public String of(HttpServletRequest request) {
        if (header.isPresent() && !header.get().isBlank()) {
            // the last line of the header: a proxy that adds a line of its own (rather than extending
            // the client's) puts it after whatever the client sent
            String value = null;
            for (var lines = request.getHeaders(header.get()); lines != null && lines.hasMoreElements();) {
                value = lines.nextElement();
            }
            if (value != null && !value.isBlank()) {
                String[] hops = value.split(",");
                return hops[hops.length - 1].strip();
            }
        }
        return request.getRemoteAddr();
    }
}
