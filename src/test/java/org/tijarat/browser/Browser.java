package org.tijarat.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through Debian's chromedriver (nothing is downloaded), with the
 * few actions journeys repeat: open a page, fill a field, submit and wait for the next page.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public Browser() {
        this(false);
    }

    /** With {@code networkLog}, Chrome records every response, so tests can add up what a visit transferred. */
    public Browser(boolean networkLog) {
        ChromeOptions options = new ChromeOptions();
        if (networkLog) {
            org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
            logs.enable(org.openqa.selenium.logging.LogType.PERFORMANCE, java.util.logging.Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
        }
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--lang=en-US", "--window-size=1280,900",
                    "--user-data-dir=" + profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public Browser open(String path) {
        driver.get(SharedServer.baseUrl() + path);
        return this;
    }

    public Browser type(String id, String text) {
        WebElement field = find(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser select(String id, String visibleText) {
        new org.openqa.selenium.support.ui.Select(find(By.id(id))).selectByVisibleText(visibleText);
        return this;
    }

    /**
     * Clicks a button that submits a form (or a link) and waits until the next page has replaced
     * this one and finished loading: the old document carries a marker the new one lacks.
     */
    public Browser submit(String id) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.tijaratOldPage = true;");
        find(By.id(id)).click();
        wait.ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(
                js.executeScript("return window.tijaratOldPage !== true && document.readyState === 'complete';")));
        return this;
    }

    /** Follows a link and waits for the next page. */
    public Browser follow(String id) {
        return submit(id);
    }

    /** Signs in through the sign-in page. */
    public Browser signIn(String email, String password) {
        if (!path().startsWith("/signin")) {
            open("/signin");
        }
        return type("email", email).type("password", password).submit("submit");
    }

    /** Clicks a button whose onclick asks for confirmation, confirms, and waits for the next page. */
    public Browser submitConfirming(By button) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.tijaratOldPage = true;");
        find(button).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(
                js.executeScript("return window.tijaratOldPage !== true && document.readyState === 'complete';")));
        return this;
    }

    /** Clicks a submit button found by any locator and waits for the next page. */
    public Browser submit(By button) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.tijaratOldPage = true;");
        find(button).click();
        wait.ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(
                js.executeScript("return window.tijaratOldPage !== true && document.readyState === 'complete';")));
        return this;
    }

    /** An HTTP client that carries this browser's session, for fetching files as the signed-in user. */
    public java.net.http.HttpClient httpClientWithSession() {
        java.net.CookieManager cookies = new java.net.CookieManager();
        for (Cookie cookie : driver.manage().getCookies()) {
            java.net.HttpCookie copy = new java.net.HttpCookie(cookie.getName(), cookie.getValue());
            copy.setPath("/");
            copy.setVersion(0);
            cookies.getCookieStore().add(java.net.URI.create(SharedServer.baseUrl()), copy);
        }
        return java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public boolean has(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String messages() {
        List<WebElement> found = driver.findElements(By.cssSelector(".messages, .ui-message"));
        StringBuilder all = new StringBuilder();
        found.forEach(element -> all.append(element.getText()).append('\n'));
        return all.toString();
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.substring(SharedServer.baseUrl().length());
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public String attribute(By by, String name) {
        return find(by).getDomAttribute(name);
    }

    public Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    public void forgetCookies() {
        driver.manage().deleteAllCookies();
    }

    public WebDriver driver() {
        return driver;
    }

    /** The last link in the mail log sent to the address whose path starts with the given one. */
    public static String linkFromMail(String recipient, String path) {
        Pattern link = Pattern.compile(Pattern.quote(SharedServer.baseUrl() + path) + "\\?token=[A-Za-z0-9_-]+");
        // mail is sent right after the commit, on another thread: poll the log for it
        return new FluentWait<>(recipient)
                .withTimeout(Duration.ofSeconds(30))
                .pollingEvery(Duration.ofMillis(100))
                .withMessage(() -> "no mail to " + recipient + " with a link to " + path + " in " + SharedServer.mailLog())
                .until(to -> {
                    String mail = lastMailTo(to);
                    Matcher matcher = link.matcher(mail == null ? "" : mail);
                    return matcher.find() ? matcher.group().substring(SharedServer.baseUrl().length()) : null;
                });
    }

    static String lastMailTo(String recipient) {
        try {
            if (!Files.exists(SharedServer.mailLog())) {
                return null;
            }
            String log = Files.readString(SharedServer.mailLog(), StandardCharsets.UTF_8);
            int at = log.lastIndexOf("To: " + recipient + "\n");
            return at < 0 ? null : log.substring(at);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves the server's clock forward (a test-only endpoint of the test deployment). */
    public static void advanceServerClock(Duration by) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(SharedServer.baseUrl() + "/api/test/clock/advance?seconds=" + by.toSeconds()))
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build();
            try (var client = java.net.http.HttpClient.newHttpClient()) {
                int status = client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status / 100 != 2) {
                    throw new AssertionError("advancing the server clock answered " + status);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
