package org.selfeval.web;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Off loopback the server wants a token: the page answers the API's 401 with the token form,
 * refuses a wrong token, and with the right one (login cookie) shows the view it was asked for.
 * Skips when the machine has no non-loopback IPv4 address or no Chromium.
 */
@ExtendWith(ScreenshotOnFailure.class)
class TokenLoginBrowserTest {

    @TempDir
    Path work;

    @Test
    void tokenFormOn401ThenThePage() throws Exception {
        Optional<String> address = nonLoopbackAddress();
        Assumptions.assumeTrue(address.isPresent(), "skipped: no non-loopback IPv4 address to bind");
        try (Browser browser = Browser.start();
             ServiceProcess server = ServiceProcess.start(work, address.get(), "browser-test-token-8c1f")) {
            ScreenshotOnFailure.browser = browser;
            browser.open(server.baseUrl() + "#/batches");
            WebElement dialog = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("login")));
            assertTrue(dialog.getText().contains("令牌"), dialog.getText());
            assertTrue(browser.findAll("#batch-list tbody tr").isEmpty(), "nothing shown before login");

            browser.find("#login-token").sendKeys("wrong-token");
            browser.find("#login-submit").click();
            WebElement error = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
            assertTrue(error.getText().contains("令牌不正确"), error.getText());

            browser.find("#login-token").clear();
            browser.find("#login-token").sendKeys("browser-test-token-8c1f");
            browser.find("#login-submit").click();
            browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("login")));
            WebElement empty = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#batch-list tbody td")));
            assertTrue(empty.getText().contains("还没有批次"), empty.getText());
            assertNotNull(browser.driver().manage().getCookieNamed("selfeval_token"), "login set the cookie");
            assertEquals(Boolean.FALSE, browser.script("return document.cookie.includes('selfeval_token')"),
                    "the token cookie is HttpOnly, out of the page's reach");
        }
    }

    private static Optional<String> nonLoopbackAddress() throws Exception {
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nif.isUp() || nif.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                    return Optional.of(a.getHostAddress());
                }
            }
        }
        return Optional.empty();
    }
}
