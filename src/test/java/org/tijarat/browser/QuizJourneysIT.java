package org.tijarat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Learners taking a starter quiz (autosave, resume, submit, review) and trainers importing questions, in a real browser. */
class QuizJourneysIT extends BrowserJourney {

    private static final String STARTER = "selling-on-amazon-from-pakistan";

    @Test
    void aLearnerTakesAModuleQuizWhoseAnswersAreSavedAsTheyGoAndNeverSeesTheKeyBeforeSubmitting() {
        browser.signIn("owner@indusleather.example", DEMO_PASSWORD);
        browser.open("/learn/lesson?course=" + STARTER);
        browser.submit(By.xpath("//ul[@id='activities']//a[contains(., 'Module 1 quiz')]"));
        assertThat(browser.path()).startsWith("/quiz/?quiz=");
        if (browser.has(By.id("resume"))) {
            browser.follow("resume");
        } else {
            browser.submit("start");
        }
        assertThat(browser.path()).startsWith("/quiz/take");

        String page = browser.pageSource();
        for (String secret : List.of("Amazon verifies the identity", "Registration asks for identity", "Mismatched names",
                "39.99", "fraction", "A fixed monthly fee is cheaper")) {
            assertThat(page).as("the open attempt's page holds no key or feedback: " + secret).doesNotContain(secret);
        }

        choose("A valid national identity card");
        choose("A bank statement or credit card statement");
        choose("A chargeable credit or debit card");
        choose("Professional plan");
        WebElement fee = browser.find(By.cssSelector("li[data-type='NUMERIC'] input[type='text']"));
        fee.clear();
        fee.sendKeys("39.99");
        choose("True");
        savedEverything();

        browser.open(browser.path());
        assertThat(browser.find(By.xpath("//label[contains(., 'Professional plan')]/input")).isSelected())
                .as("a reload resumes with the saved answers").isTrue();
        assertThat(browser.find(By.cssSelector("li[data-type='NUMERIC'] input[type='text']")).getDomProperty("value")).isEqualTo("39.99");

        browser.submitConfirming(By.id("submit"));
        assertThat(browser.path()).startsWith("/quiz/review");
        assertThat(browser.find(By.id("score")).getText()).contains("(100");
        assertThat(browser.find(By.id("verdict")).getText()).isEqualTo("Passed");
        assertThat(browser.text()).contains("Amazon verifies the identity of the account owner.");

        browser.open("/learn/lesson?course=" + STARTER);
        assertThat(browser.find(By.xpath("//ul[@id='activities']/li[contains(., 'Module 1 quiz')]")).getDomAttribute("class"))
                .contains("done");
    }

    @Test
    void aTrainerImportsOnlyTheValidQuestionsOfAFileWithAnError() throws Exception {
        browser.signIn("trainer@tijarat.example", DEMO_PASSWORD);
        browser.open("/author/courses");
        browser.submit(By.xpath("//a[normalize-space()='Selling on Amazon from Pakistan']"));
        browser.follow("quizzes-link");
        assertThat(browser.find(By.id("quizzes")).getText()).contains("Module 1 quiz", "Final assessment");
        browser.follow("bank-link");
        assertThat(browser.find(By.id("questions")).getText()).contains("Plan choice");

        Path file = Files.createTempFile("questions", ".gift");
        Files.writeString(file, """
                $CATEGORY: Imported in a journey

                ::Journey one:: Amazon's marketplace for the UK is amazon.co.uk. {T}

                ::Journey broken:: This one never closes its answers {=yes ~no
                """, StandardCharsets.UTF_8);
        browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.submit("preview");
        assertThat(browser.find(By.id("problems")).getText()).contains("Line 5");
        assertThat(browser.find(By.id("preview-questions")).getText()).contains("Journey one");
        browser.find(By.id("onlyValid")).click();
        browser.submit("confirm-import");
        assertThat(browser.messages()).contains("1 question(s) imported.");
        assertThat(browser.find(By.id("questions")).getText()).contains("Journey one").doesNotContain("Journey broken");
    }

    private void choose(String label) {
        browser.find(By.xpath("//label[contains(., '" + label + "')]/input")).click();
    }

    private void savedEverything() {
        browser.waiting().until(d -> browser.find(By.id("save-status")).getText().startsWith("All answers saved"));
    }
}
