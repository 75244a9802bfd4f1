package org.tijarat.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A second session of the same person (another phone, a shared computer), driven over plain HTTP. */
final class OtherDevice implements AutoCloseable {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    /** Signs in through the sign-in form, as a browser would. */
    void signIn(String email, String password) {
        Matcher matcher = VIEW_STATE.matcher(get("/signin").body());
        if (!matcher.find()) {
            throw new AssertionError("no view state on the sign-in page");
        }
        String form = "signin=signin&email=" + encode(email) + "&password=" + encode(password)
                + "&submit=Sign+in&jakarta.faces.ViewState=" + encode(matcher.group(1));
        send(HttpRequest.newBuilder(URI.create(SharedServer.baseUrl() + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** True when a signed-in page answers with itself rather than a redirect to sign in. */
    boolean isSignedIn() {
        HttpResponse<String> response = get("/my/profile");
        return response.statusCode() == 200 && response.body().contains("id=\"signed-in-as\"");
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(SharedServer.baseUrl() + path)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        client.close();
    }
}
