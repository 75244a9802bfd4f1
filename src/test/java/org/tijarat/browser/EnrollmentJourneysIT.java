package org.tijarat.browser;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Learners enrolling and learning, trainers deciding requests, owners and admins following progress, in a real browser. */
class EnrollmentJourneysIT extends BrowserJourney {

    private static final String STARTER = "selling-on-amazon-from-pakistan";
    private static final String URDU_STARTER = "amazon-par-farokht";

    @Test
    void aLearnerEnrolsLearnsAndResumesWhileTheirOwnerFollowsAlong() throws Exception {
        browser.signIn("hamza@karachicrafts.example", DEMO_PASSWORD);
        browser.open("/courses/" + STARTER);
        browser.submit("enrol");
        assertThat(browser.path()).startsWith("/learn/lesson");
        assertThat(browser.messages()).contains("Welcome to Selling on Amazon from Pakistan");
        String first = browser.find(By.id("lesson-title")).getText();
        assertThat(browser.find(By.id("course-percent")).getText()).startsWith("0 %");

        browser.submit("mark-complete");
        String second = browser.find(By.id("lesson-title")).getText();
        assertThat(second).isNotEqualTo(first);
        assertThat(browser.find(By.cssSelector(".outline-lessons li.done")).getText()).contains(first);
        assertThat(browser.find(By.id("course-percent")).getText()).doesNotStartWith("0 %");
        browser.submit("previous-lesson");
        assertThat(browser.has(By.id("mark-complete"))).as("a completed lesson offers no second completion").isFalse();
        browser.open("/courses/" + STARTER);
        browser.follow("continue-learning");
        assertThat(browser.find(By.id("lesson-title")).getText()).as("continues at the first lesson not done").isEqualTo(second);

        browser.open("/my/courses");
        assertThat(browser.find(By.id("in-progress")).getText()).contains("Selling on Amazon from Pakistan");
        browser.submit(By.cssSelector("#in-progress .continue-link"));
        assertThat(browser.find(By.id("lesson-title")).getText()).isEqualTo(second);

        browser.open("/learn/lesson?course=" + URDU_STARTER);
        assertThat(browser.messages()).contains("You are not enrolled in this course.");
        assertThat(browser.has(By.id("back-to-course"))).isTrue();
        for (String forbidden : List.of("/my/team", "/admin/cohorts", "/admin/bulk-enrollment", "/author/learners?course=1")) {
            browser.open(forbidden);
            assertThat(browser.has(By.id("error-403"))).as(forbidden).isTrue();
        }
        try (HttpClient client = browser.httpClientWithSession()) {
            for (String forbidden : List.of("/author/roster.csv?course=1", "/admin/cohort.csv?cohort=1")) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(SharedServer.baseUrl() + forbidden)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(forbidden).isEqualTo(403);
            }
            HttpResponse<String> report = client.send(HttpRequest.newBuilder(URI.create(SharedServer.baseUrl()
                            + "/api/learning/1/lessons/nope/video"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("position=1&watched=1&duration=10")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(report.statusCode()).isIn(404, 422);
            assertThat(report.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }

        browser.open("/my/courses");
        browser.submitConfirming(By.cssSelector("#in-progress .withdraw"));
        assertThat(browser.messages()).contains("You have withdrawn");
        assertThat(browser.has(By.cssSelector("#in-progress .continue-link"))).isFalse();

        browser.forgetCookies();
        browser.signIn("fatima@karachicrafts.example", DEMO_PASSWORD);
        browser.open("/my/team");
        assertThat(browser.find(By.id("roster")).getText()).contains("Hamza Sheikh");
        assertThat(browser.find(By.cssSelector("#roster .roster-percent")).getText()).isNotEqualTo("0");
    }

    @Test
    void aTrainerDecidesRequestsAndTheLearnerStudiesInUrdu() throws Exception {
        browser.signIn("trainer@tijarat.example", DEMO_PASSWORD);
        browser.open("/author/courses");
        browser.submit(By.linkText("پاکستان سے ایمیزون پر فروخت"));
        browser.follow("learners-link");
        String learnersPage = browser.path();
        browser.find(By.cssSelector("input[name='policy'][value='APPROVAL']")).click();
        browser.submit("save-rules");
        assertThat(browser.messages()).contains("The enrollment rules are saved.");

        browser.forgetCookies();
        browser.signIn("sana@indusleather.example", DEMO_PASSWORD);
        browser.open("/courses/" + URDU_STARTER);
        assertThat(browser.find(By.id("enrol")).getDomProperty("value")).isEqualTo("Ask to join");
        browser.submit("enrol");
        assertThat(browser.has(By.id("pending-note"))).isTrue();
        browser.open("/learn/lesson?course=" + URDU_STARTER);
        assertThat(browser.messages()).contains("waiting for a trainer");

        browser.forgetCookies();
        browser.signIn("trainer@tijarat.example", DEMO_PASSWORD);
        browser.open(learnersPage);
        assertThat(browser.find(By.id("pending-requests")).getText()).contains("Sana Iqbal");
        browser.submit(By.cssSelector("#pending-requests .approve"));
        assertThat(browser.find(By.id("roster")).getText()).contains("Sana Iqbal");
        String courseId = learnersPage.replaceAll(".*course=(\\d+).*", "$1");
        try (HttpClient client = browser.httpClientWithSession()) {
            HttpResponse<byte[]> csv = client.send(HttpRequest.newBuilder(URI.create(SharedServer.baseUrl()
                    + "/author/roster.csv?course=" + courseId)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(csv.statusCode()).isEqualTo(200);
            String text = new String(csv.body(), StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF").contains("Sana Iqbal").contains("sana@indusleather.example");
        }

        browser.forgetCookies();
        browser.signIn("sana@indusleather.example", DEMO_PASSWORD);
        browser.open("/learn/lesson?course=" + URDU_STARTER);
        assertThat(browser.attribute(By.cssSelector(".player"), "dir")).isEqualTo("rtl");
        assertThat(browser.find(By.id("lesson-title")).getText()).isNotBlank();
        assertThat(browser.has(By.id("mark-complete"))).isTrue();

        // a trainer who does not own the course is refused its learners page and its roster
        browser.forgetCookies();
        browser.signIn("admin@tijarat.example", DEMO_PASSWORD);
        browser.open("/admin/users");
        String other = "other.trainer." + UUID.randomUUID().toString().substring(0, 8) + "@tijarat.example";
        browser.type("email", other).type("displayName", "Nadia Hussain").submit("create");
        browser.forgetCookies();
        browser.open(Browser.linkFromMail(other, "/account/reset-password"));
        browser.type("password", "another passphrase").type("passwordConfirm", "another passphrase").submit("submit");
        browser.signIn(other, "another passphrase");
        browser.open(learnersPage);
        assertThat(browser.has(By.id("error-403"))).isTrue();
        try (HttpClient client = browser.httpClientWithSession()) {
            HttpResponse<String> csv = client.send(HttpRequest.newBuilder(URI.create(SharedServer.baseUrl()
                    + "/author/roster.csv?course=" + courseId)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(csv.statusCode()).isEqualTo(403);
        }
    }

    @Test
    void anAdminEnrolsACohortAndABulkFile() throws Exception {
        browser.signIn("admin@tijarat.example", DEMO_PASSWORD);
        browser.open("/admin/cohorts");
        browser.submit(By.partialLinkText("Sialkot batch"));
        browser.select("courseId", "Selling on Amazon from Pakistan");
        browser.submit("enrol-all");
        assertThat(browser.find(By.id("enrol-results")).getText()).contains("Usman Tariq: enrolled").contains("Sana Iqbal: enrolled");
        assertThat(browser.find(By.id("roster")).getText()).contains("Usman Tariq").contains("Sana Iqbal");

        browser.open("/admin/bulk-enrollment");
        Path file = Files.createTempFile("bulk", ".csv");
        Files.writeString(file, "\uFEFFemail,name\nowner@indusleather.example,Usman\nnot-an-email,Bad\nnewcomer@bulk.example,New\n",
                StandardCharsets.UTF_8);
        browser.select("courseId", "Selling on Amazon from Pakistan");
        browser.find(By.id("file")).sendKeys(file.toString());
        browser.submit("preview");
        assertThat(browser.find(By.id("bulk-rows")).getText()).contains("Already enrolled").contains("not a valid email address")
                .contains("Invited to sign up");
        browser.submit("commit");
        assertThat(browser.messages()).contains("invited: 1");
        assertThat(browser.find(By.id("bulk-counts")).getText()).contains("bad lines: 1");
    }
}
