package org.tijarat.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Absolute links to this site, from the public base URL ({@code tijarat.base-url}), for mail and QR codes. */
@ApplicationScoped
public class Links {

    @Inject
    @ConfigProperty(name = "tijarat.base-url")
    private String baseUrl;

    public String to(String path) {
        return baseUrl.replaceAll("/+$", "") + path;
    }

    public String to(String path, String parameter, String value) {
        return to(path) + "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
