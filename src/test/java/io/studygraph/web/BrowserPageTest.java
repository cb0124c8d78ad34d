package io.studygraph.web;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One real server and one Chromium for a class of page tests that switch screen sizes
 * ({@link Browser#screen(int)}): each test starts back at the window's own size.
 */
abstract class BrowserPageTest {
    @TempDir
    static Path dir;
    static TestServer server;
    static Browser browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
        browser = Browser.start(1400, 1000);
        wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        server.close();
    }

    @AfterEach
    void desktop() {
        browser.fullScreen();
    }
}
