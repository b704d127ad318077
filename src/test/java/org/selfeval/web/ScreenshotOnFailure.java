package org.selfeval.web;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import java.nio.file.Path;

/** Saves the browser window under the build folder (target/screenshots/) when a test fails. */
public final class ScreenshotOnFailure implements TestWatcher {

    /** The browser of the running test class; set by the test before each test. */
    static volatile Browser browser;

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser b = browser;
        if (b == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName()
                .replaceAll("[^A-Za-z0-9_-]", "");
        Path file = Path.of(System.getProperty("selfeval.buildDir", "target"), "screenshots", name + ".png");
        b.screenshot(file);
        System.err.println("screenshot of the failed browser test: " + file.toAbsolutePath());
    }
}
