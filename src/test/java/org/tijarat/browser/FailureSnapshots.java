package org.tijarat.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.tijarat.testing.TestLeg;

/** Keeps a screenshot, the address and the page source of every failed journey, for diagnosis. */
public class FailureSnapshots implements TestWatcher {

    private final Supplier<Browser> browser;

    public FailureSnapshots(Supplier<Browser> browser) {
        this.browser = browser;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser current = browser.get();
        if (current == null) {
            return;
        }
        Path dir = TestLeg.workDir().resolve("failures");
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"),
                    ((TakesScreenshot) current.driver()).getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"),
                    "<!-- " + current.driver().getCurrentUrl() + " -->\n" + current.pageSource(), StandardCharsets.UTF_8);
            List<String> log = Files.readAllLines(SharedServer.log(), StandardCharsets.UTF_8);
            Files.write(dir.resolve(name + ".server.log"), log.subList(Math.max(0, log.size() - 300), log.size()),
                    StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
