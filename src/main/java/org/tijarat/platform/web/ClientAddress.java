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
            String value = request.getHeader(header.get());
            if (value != null && !value.isBlank()) {
                String[] hops = value.split(",");
                return hops[hops.length - 1].strip();
            }
        }
        return request.getRemoteAddr();
    }
}
