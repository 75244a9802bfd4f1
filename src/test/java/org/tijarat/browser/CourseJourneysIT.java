package org.tijarat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.tijarat.course.MediaSamples;
import org.tijarat.course.ZipBuilder;

/** The catalog, and a trainer authoring, reordering, previewing, publishing and moving courses, in a real browser. */
class CourseJourneysIT extends BrowserJourney {

    private static final String TRAINER = "trainer@tijarat.example";
    private static final String HOSTILE = "<p onclick=\"steal()\">Hello<script>alert(1)</script></p><img src=x onerror=alert(2)>"
            + "<a href=\"javascript:alert(3)\">link</a>";

    @Test
    void theCatalogShowsTheStarterCoursesInBothLanguages() {
        // other tests publish courses into the same database, so the starters are looked for, not expected on page 1
        browser.open("/catalog?q=selling");
        assertThat(courseTitles()).contains("Selling on Amazon from Pakistan");

        browser.open("/catalog?language=ur");
        assertThat(courseTitles()).contains("پاکستان سے ایمیزون پر فروخت")
                .as("only Urdu courses").allMatch(title -> title.codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC));
        browser.open("/catalog?q=" + java.net.URLEncoder.encode("bullet points", StandardCharsets.UTF_8));
        assertThat(courseTitles()).contains("Selling on Amazon from Pakistan").doesNotContain("پاکستان سے ایمیزون پر فروخت");

        browser.open("/courses/amazon-par-farokht");
        WebElement title = browser.find(By.id("course-title"));
        assertThat(title.getText()).isEqualTo("پاکستان سے ایمیزون پر فروخت");
        assertThat(browser.attribute(By.cssSelector("#course-title"), "dir")).isNull();
        assertThat(title.findElement(By.xpath("..")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.text()).contains("ایسی لسٹنگ جو بکے").contains("Bilal Ahmed");

        browser.follow("language-switch");
        assertThat(browser.attribute(By.tagName("html"), "dir")).isEqualTo("rtl");
        assertThat(browser.text()).contains("آپ کیا سیکھیں گے");
        browser.follow("language-switch");

        browser.open("/courses/no-such-course");
        assertThat(browser.find(By.id("error-404")).getText()).contains("Page not found");
    }

    @Test
    void aLandingPageIsLeanForPhonesOnSlowConnections() throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> page = client.send(HttpRequest.newBuilder(
                    URI.create(SharedServer.baseUrl() + "/courses/selling-on-amazon-from-pakistan")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body().length).as("landing page HTML, uncompressed").isLessThan(100 * 1024);
        }
        try (Browser phone = new Browser(true)) {
            phone.open("/courses/selling-on-amazon-from-pakistan");
            transferred(phone);
            phone.open("/courses/selling-on-amazon-from-pakistan");
            long repeat = transferred(phone);
            assertThat(repeat).as("bytes transferred by a repeat visit").isPositive().isLessThan(100 * 1024);
        }
    }

    @Test
    void aTrainerBuildsReordersPreviewsAndPublishesACourse() {
        browser.signIn(TRAINER, DEMO_PASSWORD);
        String slug = "journey-" + UUID.randomUUID().toString().substring(0, 8);
        createCourse("Packaging for FBA", slug);
        for (String module : List.of("Module A", "Module B", "Module C")) {
            browser.type("moduleTitle", module).submit("add-module-submit");
        }
        assertThat(moduleOrder()).containsExactly("Module A", "Module B", "Module C");

        dragModule("Module C", "Module A");
        assertThat(moduleOrder()).as("after dragging C to the top").containsExactly("Module C", "Module A", "Module B");
        browser.submit(moduleButton("Module C", "module-down"));
        assertThat(moduleOrder()).as("after moving C down").containsExactly("Module A", "Module C", "Module B");
        browser.select("renameModule", "Module A").type("renameTitle", " ").submit("rename-module-submit");
        assertThat(browser.messages()).contains("Please enter a title");
        browser.select("renameModule", "Module A").type("renameTitle", "Prep basics").submit("rename-module-submit");
        assertThat(moduleOrder()).containsExactly("Prep basics", "Module C", "Module B");

        addLesson("Prep basics", "Poly bags and labels", "Poly bags at least 1.5 mil thick carry a suffocation warning.");
        addLesson("Prep basics", "Carton limits", "Cartons stay within the size and weight limits.");
        browser.open(courseEditorPath());
        browser.submit(lessonButton("Carton limits", "lesson-up"));
        assertThat(lessonOrder()).containsExactly("Carton limits", "Poly bags and labels");

        browser.submit(By.id("publish"));
        assertThat(browser.messages()).contains("cannot be published").contains("Module C").contains("Module B");
        browser.submitConfirming(moduleButton("Module C", "module-remove"));
        browser.submitConfirming(moduleButton("Module B", "module-remove"));

        browser.find(By.linkText("Poly bags and labels"));
        browser.submit(lessonPreview("Poly bags and labels"));
        assertThat(browser.find(By.id("preview-notice")).getText()).contains("Preview");
        assertThat(browser.find(By.id("lesson-title")).getText()).isEqualTo("Poly bags and labels");
        assertThat(browser.text()).contains("suffocation warning");
        browser.submit(By.id("previous-lesson"));
        assertThat(browser.find(By.id("lesson-title")).getText()).isEqualTo("Carton limits");
        browser.open(courseEditorPath());

        browser.submit(By.id("publish"));
        assertThat(browser.messages()).contains("Published: learners now see revision 1");
        browser.open("/courses/" + slug);
        assertThat(browser.text()).contains("Packaging for FBA").contains("Carton limits").contains("Poly bags and labels");

        browser.open(courseEditorPath());
        browser.submit(By.linkText("Carton limits"));
        browser.type("title", "Carton size and weight limits").submit("save");
        browser.open("/courses/" + slug);
        assertThat(browser.text()).as("the draft is not live yet").contains("Carton limits").doesNotContain("Carton size and weight limits");
        browser.open(courseEditorPath());
        assertThat(browser.find(By.id("unpublished")).isDisplayed()).isTrue();
        browser.submit(By.id("publish"));
        browser.open("/courses/" + slug);
        assertThat(browser.text()).contains("Carton size and weight limits");
    }

    @Test
    void twoTrainersSavingOneLessonGetAClearConflictAndLoseNothing() {
        browser.signIn(TRAINER, DEMO_PASSWORD);
        createCourse("Conflicts", "conflict-" + UUID.randomUUID().toString().substring(0, 8));
        browser.type("moduleTitle", "Only module").submit("add-module-submit");
        addLesson("Only module", "Shared lesson", "Original text.");
        String editor = browser.path();

        String first = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open(editor);
        browser.type("title", "Saved by the second trainer").submit("save");
        assertThat(browser.messages()).contains("The lesson is saved");
        browser.driver().close();
        browser.driver().switchTo().window(first);

        browser.type("title", "Typed by the first trainer").submit("save");
        assertThat(browser.messages()).contains("Someone else changed this meanwhile");
        assertThat(browser.find(By.id("title")).getDomProperty("value")).as("nothing typed is lost").isEqualTo("Typed by the first trainer");
    }

    @Test
    void lessonFilesAreCheckedAndServedOnlyToTheCourseTrainers() throws Exception {
        browser.signIn(TRAINER, DEMO_PASSWORD);
        createCourse("Files", "files-" + UUID.randomUUID().toString().substring(0, 8));
        browser.type("moduleTitle", "Documents").submit("add-module-submit");
        addLesson("Documents", "Prep checklist", "Download the checklist.");

        Path disguised = Files.createTempFile("checklist", ".pdf");
        Files.writeString(disguised, "#!/bin/sh\necho not a pdf\n");
        browser.find(By.id("file")).sendKeys(disguised.toString());
        browser.submit("save");
        assertThat(browser.text()).contains("This file is not accepted here");

        Path pdf = Files.createTempFile("checklist", ".pdf");
        Files.write(pdf, MediaSamples.pdf());
        browser.find(By.id("file")).sendKeys(pdf.toString());
        browser.submit("save");
        String href = browser.find(By.cssSelector("#current-file a")).getDomAttribute("href");
        assertThat(href).startsWith("/media/").endsWith(".pdf");

        try (HttpClient anonymous = HttpClient.newHttpClient(); HttpClient trainer = browser.httpClientWithSession()) {
            assertThat(get(anonymous, href, null).statusCode()).isEqualTo(404);
            HttpResponse<byte[]> whole = get(trainer, href, null);
            assertThat(whole.statusCode()).isEqualTo(200);
            assertThat(whole.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
            assertThat(whole.body()).isEqualTo(MediaSamples.pdf());
            HttpResponse<byte[]> part = get(trainer, href, "bytes=0-7");
            assertThat(part.statusCode()).isEqualTo(206);
            assertThat(new String(part.body(), StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.4");
        }
    }

    @Test
    void anExportComesBackAsACopyAndHostileHtmlIsCleanedOnBothPaths() throws Exception {
        browser.signIn(TRAINER, DEMO_PASSWORD);
        createCourse("Round trip", "trip-" + UUID.randomUUID().toString().substring(0, 8));
        browser.type("moduleTitle", "Basics").submit("add-module-submit");
        addLesson("Basics", "Typed in the editor", "Safe text.");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('bodyHtml_input').value = arguments[0];", HOSTILE);
        browser.submit("save");
        browser.submit(By.id("preview-link"));
        assertSanitised();

        String courseId = coursePath.replaceAll(".*id=(\\d+).*", "$1");
        Path zip = Files.createTempFile("course", ".zip");
        try (HttpClient trainer = browser.httpClientWithSession()) {
            HttpResponse<byte[]> export = get(trainer, "/author/export?id=" + courseId, null);
            assertThat(export.statusCode()).isEqualTo(200);
            Files.write(zip, export.body());
        }
        browser.open("/author/import");
        browser.find(By.id("archive")).sendKeys(zip.toString());
        browser.submit("submit");
        assertThat(browser.messages()).contains("is imported as a draft");
        assertThat(lessonOrder()).containsExactly("Typed in the editor");

        Path hostile = Files.createTempFile("hostile", ".zip");
        Files.write(hostile, new ZipBuilder().entry("manifest.json", manifest(HOSTILE)).build());
        browser.open("/author/import");
        browser.find(By.id("archive")).sendKeys(hostile.toString());
        browser.submit("submit");
        browser.submit(lessonPreview("Imported lesson"));
        assertSanitised();

        Path evil = Files.createTempFile("evil", ".zip");
        Files.write(evil, new ZipBuilder().entry("manifest.json", manifest("<p>x</p>")).entry("../../etc/cron.d/evil", new byte[] {1}).build());
        browser.open("/author/import");
        browser.find(By.id("archive")).sendKeys(evil.toString());
        browser.submit("submit");
        assertThat(browser.text()).contains("does not belong in a course export");
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static void assertSanitised() {
        String source = browser.pageSource();
        assertThat(browser.text()).contains("Hello");
        assertThat(source).doesNotContain("alert(").doesNotContain("onerror").doesNotContain("onclick=\"steal").doesNotContain("javascript:");
    }

    /** The course page of the course the current journey created. */
    private static String coursePath;

    private static void createCourse(String title, String slug) {
        browser.open("/author/courses");
        browser.type("title", title).type("slug", slug).type("summary", "About " + title).submit("create");
        assertThat(browser.path()).startsWith("/author/course?id=");
        coursePath = browser.path().replaceAll("&.*", "");
    }

    private static String courseEditorPath() {
        return coursePath;
    }

    /** Adds a lesson from the course page and writes its text; stays in the lesson editor. */
    private static void addLesson(String module, String title, String text) {
        if (!browser.path().startsWith("/author/course?")) {
            browser.open(courseEditorPath());
        }
        browser.select("lessonModule", module).type("lessonTitle", title).submit("add-lesson-submit");
        WebElement editor = browser.find(By.cssSelector("#bodyHtml .ql-editor"));
        editor.click();
        editor.sendKeys(text);
        browser.submit("save");
        assertThat(browser.messages()).contains("The lesson is saved");
    }

    private static void dragModule(String moving, String onto) {
        WebElement from = browser.find(By.xpath(moduleRow(moving) + "//span[contains(@class,'drag-handle')]"));
        WebElement to = browser.find(By.xpath(moduleRow(onto) + "//span[contains(@class,'drag-handle')]"));
        browser.driver().manage().window();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("window.tijaratOldPage = true;");
        new Actions(browser.driver()).clickAndHold(from).moveByOffset(0, -5).moveToElement(to).moveByOffset(0, -10)
                .pause(java.time.Duration.ofMillis(300)).release().perform();
        // the page reloads once the new order is saved
        browser.waiting().ignoring(org.openqa.selenium.WebDriverException.class).until(d -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return window.tijaratOldPage !== true && document.readyState === 'complete';")));
    }

    private static String moduleRow(String title) {
        return "//div[contains(@id,'outline:modules')]//tr[.//span[contains(@class,'module-title') and normalize-space()='" + title + "']]";
    }

    private static By moduleButton(String module, String id) {
        return By.xpath(moduleRow(module) + "//input[contains(@id,'" + id + "')]");
    }

    private static By lessonButton(String lesson, String id) {
        return By.xpath("//tr[.//a[contains(@class,'lesson-link') and normalize-space()='" + lesson + "']]//input[contains(@id,'" + id + "')]");
    }

    private static By lessonPreview(String lesson) {
        return By.xpath("//tr[.//a[contains(@class,'lesson-link') and normalize-space()='" + lesson + "']]//a[contains(@class,'preview-link')]");
    }

    private static List<String> moduleOrder() {
        return browser.driver().findElements(By.cssSelector("[id$='outline:modules'] .module-title")).stream()
                .map(WebElement::getText).toList();
    }

    private static List<String> lessonOrder() {
        return browser.driver().findElements(By.cssSelector("a.lesson-link")).stream().map(WebElement::getText).toList();
    }

    private static List<String> courseTitles() {
        return browser.driver().findElements(By.cssSelector(".course-card h2")).stream().map(WebElement::getText).toList();
    }

    private static HttpResponse<byte[]> get(HttpClient client, String path, String range) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SharedServer.baseUrl() + path));
        if (range != null) {
            request.header("Range", range);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Bytes received over the network since the last call (from Chrome's network log). */
    private static long transferred(Browser phone) {
        long total = 0;
        for (var entry : phone.driver().manage().logs().get(org.openqa.selenium.logging.LogType.PERFORMANCE)) {
            String message = entry.getMessage();
            if (message.contains("\"Network.loadingFinished\"")) {
                var matcher = java.util.regex.Pattern.compile("\"encodedDataLength\":(\\d+)").matcher(message);
                if (matcher.find()) {
                    total += Long.parseLong(matcher.group(1));
                }
            }
        }
        return total;
    }

    private static byte[] manifest(String html) {
        return ("{\"format\":\"tijarat-course\",\"formatVersion\":1,\"course\":{\"title\":\"Imported hostile\",\"slug\":\"hostile-"
                + UUID.randomUUID().toString().substring(0, 8) + "\",\"summary\":\"s\",\"language\":\"en\",\"level\":\"BEGINNER\","
                + "\"category\":\"GETTING_STARTED\",\"estimatedHours\":1,\"modules\":[{\"title\":\"M\",\"lessons\":["
                + "{\"title\":\"Imported lesson\",\"kind\":\"TEXT\",\"minutes\":5,\"html\":\"" + html.replace("\"", "\\\"") + "\"}]}]},\"media\":[]}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
