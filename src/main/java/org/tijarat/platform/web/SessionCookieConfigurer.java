package org.tijarat.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is Secure when the public base URL is https (behind TLS), so the same build
 * works on http://localhost. HttpOnly and SameSite=Lax are set in payara-web.xml.
 */
@WebListener
public class SessionCookieConfigurer implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        String baseUrl = ConfigProvider.getConfig().getValue("tijarat.base-url", String.class);
        cookie.setHttpOnly(true);
        cookie.setSecure(baseUrl.startsWith("https:"));
    }
}
