package org.tijarat.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A class of journeys: one browser for its tests, against the shared server, signed out before
 * each test, with a screenshot and the page source kept when a test fails.
 */
@ExtendWith(SharedServer.class)
abstract class BrowserJourney {

    static final String DEMO_PASSWORD = "demo-Tijarat-2026";

    static Browser browser;

    @RegisterExtension
    final FailureSnapshots snapshots = new FailureSnapshots(() -> browser);

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @BeforeEach
    void startSignedOut() {
        browser.open("/");
        browser.forgetCookies();
    }
}
