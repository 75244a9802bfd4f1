package org.tijarat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Trainers setting up quizzes and questions, marking a written answer, correcting a key and reading statistics, in a real browser. */
class GradingJourneysIT extends BrowserJourney {

    private static final String STARTER = "selling-on-amazon-from-pakistan";

    @Test
    void aTrainerSetsUpAQuizWritesAQuestionMarksAnEssayAndReadsTheStatistics() {
        // a learner submits the final assessment with a written answer
        browser.signIn("owner@indusleather.example", DEMO_PASSWORD);
        browser.open("/learn/lesson?course=" + STARTER);
        browser.submit(By.xpath("//ul[@id='activities']//a[contains(., 'Final assessment')]"));
        if (browser.has(By.id("resume"))) {
            browser.follow("resume");
        } else {
            browser.submit("start");
        }
        assertThat(browser.has(By.id("countdown"))).as("a timed quiz shows its countdown").isTrue();
        browser.find(By.cssSelector("li[data-type='ESSAY'] textarea"))
                .sendKeys("Each wallet goes in a poly bag with a suffocation warning, then a double-wall carton with its FNSKU label.");
        browser.waiting().until(d -> browser.find(By.id("save-status")).getText().startsWith("All answers saved"));
        browser.submitConfirming(By.id("submit"));
        assertThat(browser.has(By.id("awaiting"))).as("the essay waits for the trainer").isTrue();

        // the trainer marks it
        browser.forgetCookies();
        browser.signIn("trainer@tijarat.example", DEMO_PASSWORD);
        browser.open("/grading/queue");
        browser.submit(By.xpath("//table[@id='grading-queue']//tr[contains(., 'Packaging plan') and contains(., 'Usman Tariq')]//a"));
        assertThat(browser.find(By.id("essay-answer")).getText()).contains("double-wall carton");
        browser.type("marks", "3").type("comment", "Good: add the label size.");
        browser.submit("save-marks");
        assertThat(browser.messages()).contains("The marks are saved.");

        // settings and an override of the final assessment
        browser.open("/author/courses");
        browser.submit(By.xpath("//a[normalize-space()='Selling on Amazon from Pakistan']"));
        browser.follow("quizzes-link");
        browser.submit(By.xpath("//table[@id='quizzes']//a[normalize-space()='Final assessment']"));
        assertThat(browser.find(By.id("slot-table")).getText()).contains("2 random question(s)");
        browser.type("passPercent", "75");
        browser.submit("save-settings");
        assertThat(browser.messages()).contains("The settings are saved.");
        assertThat(browser.find(By.id("passPercent")).getDomProperty("value")).startsWith("75");
        browser.type("email", "sana@indusleather.example").type("extraMinutes", "15").type("reason", "Screen reader");
        browser.submit("grant-override");
        assertThat(browser.messages()).contains("The override for sana@indusleather.example is saved.");

        // a new question, then a key correction applied to the attempts that asked it
        browser.open("/author/courses");
        browser.submit(By.xpath("//a[normalize-space()='Selling on Amazon from Pakistan']"));
        browser.follow("quizzes-link");
        browser.follow("bank-link");
        browser.follow("new-question");
        browser.type("category", "Journey").type("name", "Journey question")
                .type("text", "Which document proves the business address?");
        browser.find(By.cssSelector("#option-rows tbody tr:nth-child(1) input[id$=':option']")).sendKeys("A utility bill");
        browser.find(By.cssSelector("#option-rows tbody tr:nth-child(1) input[id$=':weight']")).sendKeys("100");
        browser.find(By.cssSelector("#option-rows tbody tr:nth-child(2) input[id$=':option']")).sendKeys("A business card");
        browser.find(By.cssSelector("#option-rows tbody tr:nth-child(2) input[id$=':weight']")).sendKeys("0");
        browser.submit("save-question");
        assertThat(browser.messages()).contains("The question is saved.");
        browser.submit(By.xpath("//table[@id='questions']//a[normalize-space()='Journey question']"));
        browser.find(By.cssSelector("input[id$=':correction'][aria-label='A utility bill']")).clear();
        browser.find(By.cssSelector("input[id$=':correction'][aria-label='A utility bill']")).sendKeys("0");
        browser.find(By.cssSelector("input[id$=':correction'][aria-label='A business card']")).clear();
        browser.find(By.cssSelector("input[id$=':correction'][aria-label='A business card']")).sendKeys("100");
        browser.find(By.id("applyToAttempts")).click();
        browser.submit("correct-key");
        assertThat(browser.path()).startsWith("/author/regrade");
        browser.waiting().until(d -> browser.find(By.id("regrade-status")).getText().contains("Done."));

        // statistics of the final assessment
        browser.open("/author/courses");
        browser.submit(By.xpath("//a[normalize-space()='Selling on Amazon from Pakistan']"));
        browser.follow("quizzes-link");
        browser.submit(By.xpath("//table[@id='quizzes']//tr[contains(., 'Final assessment')]//a[normalize-space()='Statistics']"));
        assertThat(browser.find(By.id("attempt-count")).getText()).contains("graded attempt");
        assertThat(browser.has(By.id("distribution"))).isTrue();
    }
}
