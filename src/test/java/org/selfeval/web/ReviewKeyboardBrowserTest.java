package org.selfeval.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The reviewer's day in headless Chromium: a batch of 10 generated Word reports reviewed with the
 * keyboard only (j/k, c/d, n/p), the dashboard's totals, Chinese code names on cards and in the
 * search filter, every page at 390 px wide, and no console error on any page. Screenshots of the
 * report page, the dashboard and the phone search go to target/screenshots/.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ReviewKeyboardBrowserTest {

    private static final int REPORTS = 10;
    private static final Duration PROCESSING = Duration.ofMinutes(6);
    private static final Path SHOTS = Path.of(System.getProperty("selfeval.buildDir", "target"), "screenshots");

    @TempDir
    static Path work;

    static ServiceProcess server;
    static Browser browser;
    static String batchUrl;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        server = ServiceProcess.start(work.resolve("service"));
        Path uploads = Files.createDirectories(work.resolve("uploads"));
        List<WebFixtures.Generated> files = WebFixtures.batch(uploads, REPORTS);
        browser.upload(server.baseUrl(), files.stream().map(WebFixtures.Generated::file).toList());
        browser.awaitAllOk(REPORTS, PROCESSING);
        batchUrl = browser.driver().getCurrentUrl();
    }

    @AfterAll
    static void stop() {
        Browser.closeWith(browser, server);
    }

    @BeforeEach
    void expose() {
        ScreenshotOnFailure.browser = browser;
        browser.consoleErrors();
    }

    @AfterEach
    void noConsoleErrors() {
        browser.viewport(0, 0);
        assertEquals(List.of(), browser.consoleErrors(), "console errors on the pages this test visited");
    }

    @Test
    void keyboardReviewThroughTheBatch() {
        browser.open(batchUrl);
        browser.waitFor(d -> browser.find("#batch-totals").getText().contains("共 " + REPORTS + " 份报告"));
        // Sort headers are reachable by Tab and sort with Enter.
        WebElement year = browser.find("#dashboard th:nth-child(3)");
        assertEquals("0", year.getAttribute("tabindex"));
        year.sendKeys(Keys.ENTER);
        browser.waitFor(d -> "ascending".equals(browser.find("#dashboard th:nth-child(3)").getAttribute("aria-sort")));

        browser.find("#dashboard a.report-link").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("report-position")));
        while (!browser.findAll("#report-prev").isEmpty()) {
            String before = position();
            press("p");
            browser.waitFor(d -> !position().equals(before));
        }
        assertTrue(browser.find("#back-to-batch").getAttribute("href").endsWith(batchUrl.substring(batchUrl.indexOf('#'))));

        Map<String, String> decided = new LinkedHashMap<>();
        int infoCards = 0;
        for (int n = 1; n <= REPORTS; n++) {
            assertEquals("第 " + n + " / " + REPORTS + " 份", position());
            List<WebElement> cards = browser.findAll(".finding");
            infoCards += browser.findAll(".finding.info").size();
            assertTrue(browser.findAll(".finding.info button.confirm, .finding.info button.dismiss").isEmpty(),
                    "info findings get no 确认/不成立");
            assertTrue(browser.findAll(".finding textarea").isEmpty(), "no comment box open before 备注");
            for (int i = 0; i < cards.size(); i++) {
                if (i > 0) {
                    press("j");
                }
                WebElement selected = browser.find(".finding.selected");
                assertEquals(selected, browser.driver().switchTo().activeElement(), "the selected card has the focus");
                if (selected.getAttribute("class").contains("info")) {
                    continue;
                }
                String status = decided.size() % 2 == 0 ? "confirmed" : "dismissed";
                press(status.equals("confirmed") ? "c" : "d");
                String id = selected.getAttribute("data-finding");
                browser.waitFor(d -> status.equals(browser.find(".finding[data-finding='" + id + "']").getAttribute("data-decision")));
                decided.put(browser.driver().getCurrentUrl().replaceAll("\\?.*", "") + "#" + id, status);
            }
            if (cards.size() > 1) {
                String last = browser.find(".finding.selected").getAttribute("data-finding");
                press("k");
                assertNotEquals(last, browser.find(".finding.selected").getAttribute("data-finding"), "k goes back one");
            }
            if (n < REPORTS) {
                String before = position();
                press("n");
                browser.waitFor(d -> !position().equals(before));
            }
        }
        assertTrue(browser.findAll("#report-next").isEmpty(), "the last report has no next");
        assertTrue(decided.size() >= 3, "the batch had findings to decide: " + decided);
        assertTrue(infoCards > 0, "the batch had info findings");
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot(SHOTS.resolve("report-page.png"));
        press("/");
        browser.waitFor(ExpectedConditions.urlContains("#/search"));
        browser.waitFor(d -> "search-q".equals(browser.driver().switchTo().activeElement().getAttribute("id")));

        // The decisions are stored: the dashboard's totals count them.
        browser.open(batchUrl);
        String totals = browser.waitFor(d -> {
            String t = browser.find("#batch-totals").getText();
            return t.contains("问题已审核") ? t : null;
        });
        assertTrue(totals.contains("问题已审核 " + decided.size() + "，"), decided.size() + " decisions: " + totals);
        browser.screenshot(SHOTS.resolve("dashboard.png"));
        String reviewed = browser.findAll("#dashboard tbody tr").stream()
                .map(r -> r.findElement(By.cssSelector("td:nth-child(9)")).getText()).filter(t -> !t.isBlank())
                .collect(Collectors.joining(","));
        assertTrue(reviewed.matches("(\\d+/\\d+,?)+"), "审核 column: " + reviewed);
    }

    @Test
    void severityFilterCommentOnDemandAndPageLinks() {
        openReportWith(".finding.info");
        browser.find("#severity-filter input[data-severity='info']").click();
        assertFalse(browser.find(".finding-group[data-severity='info']").isDisplayed());
        for (int i = 0; i < 5; i++) {
            press("j");
            assertFalse(browser.find(".finding.selected").getAttribute("class").contains("info"), "j skips filtered findings");
        }
        WebElement card = browser.find(".finding.selected");
        card.findElement(By.cssSelector("button.note")).click();
        WebElement box = card.findElement(By.cssSelector("textarea.comment"));
        assertEquals(box, browser.driver().switchTo().activeElement());
        String decision = card.getAttribute("data-decision");
        box.sendKeys("jjkcd");
        sleep(700); // a decision would be a PUT: give one the time to come back before looking
        assertEquals(decision, card.getAttribute("data-decision"), "keys typed into the comment do not decide");
        assertEquals(card, browser.find(".finding.selected"), "nor move the selection");
        List<WebElement> pageLinks = browser.findAll(".finding.selected a.page-link");
        if (!pageLinks.isEmpty()) {
            String page = pageLinks.get(0).getAttribute("data-page");
            pageLinks.get(0).click();
            assertEquals(page, browser.find("#page-select").getAttribute("value"));
        }
    }

    @Test
    void chineseCodeNamesOnCardsAndInTheSearchFilter() {
        openReportWith(".finding");
        for (WebElement code : browser.findAll(".finding .code")) {
            assertFalse(code.getText().matches("[A-Z_]+"), "a Chinese name, not the code: " + code.getText());
            assertTrue(code.getAttribute("title").matches("[A-Z_]+"), "the code stays in the title");
        }
        browser.open(server.baseUrl() + "#/search");
        List<WebElement> options = browser.waitFor(d -> {
            List<WebElement> o = browser.findAll("#search-finding option");
            return o.size() > 1 ? o : null;
        });
        for (WebElement o : options.subList(1, options.size())) {
            assertTrue(o.getAttribute("value").matches("[A-Z_]+"), "the code is sent: " + o.getAttribute("value"));
            assertFalse(o.getText().matches("[A-Z_]+"), "the Chinese name is shown: " + o.getText());
        }
        String code = options.get(1).getAttribute("value");
        options.get(1).click();
        browser.find("#search-submit").click();
        browser.waitFor(ExpectedConditions.urlContains("finding=" + code));
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit")));
        assertEquals(code, browser.find("#search-finding").getAttribute("value"));
        String facet = browser.find(".facet[data-facet='finding']").getText();
        assertFalse(facet.contains(code), "facets name the codes in Chinese: " + facet);
    }

    @Test
    void everyPageFitsAPhone() {
        browser.viewport(390, 844);
        String report = firstReportHash();
        for (String page : List.of("#/upload", "#/batches", batchUrl.substring(batchUrl.indexOf('#')), report, "#/search?q=绩效")) {
            browser.open(server.baseUrl() + page);
            browser.waitFor(d -> !browser.findAll("#view > *").isEmpty() && browser.findAll(".loading").isEmpty());
            if (page.startsWith("#/search")) {
                browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit")));
                long results = (Long) browser.script("return Math.round(document.getElementById('search-results').getBoundingClientRect().width)");
                assertTrue(results >= 300, "search results are " + results + " px wide");
                browser.screenshot(SHOTS.resolve("phone-search.png"));
            }
            if (page.startsWith("#/reports/")) {
                browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#page-stage > *")));
                long top = (Long) browser.script("return Math.round(document.getElementById('page-stage').getBoundingClientRect().top + scrollY)");
                assertTrue(top < 1200, "the page viewer starts " + top + " px down");
            }
            assertEquals(390L, browser.script("return innerWidth"));
            long scroll = (Long) browser.script("return document.documentElement.scrollWidth");
            assertTrue(scroll <= 390, page + " scrolls sideways: " + scroll + " px");
        }
    }

    /** hits[].matched, hits[].finding and scored: false as the server sends them; older answers without them. */
    @Test
    @SuppressWarnings("unchecked")
    void searchHitShowsMatchedFiguresAndOpensTheFinding() {
        browser.open(server.baseUrl() + "#/upload");
        List<Object> out = (List<Object>) browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "import('./js/search.js').then(m => {"
                + "  const hit = {sha256: 'abc', title: '报告', score: 1, snippets: []};"
                + "  const a = document.createElement('div'), b = document.createElement('div');"
                + "  m.drawHits(a, {scored: false, total: 1, hits: [{...hit, finding: 'f1',"
                + "    matched: [{label: '预算执行率', value: 85.5, unit: '%', page: 3}]}]}, new URLSearchParams('figure=x'));"
                + "  m.drawHits(b, {total: 1, hits: [hit]}, new URLSearchParams('q=x'));"
                + "  const href = e => e.querySelector('a.hit-title').getAttribute('href');"
                + "  done([href(a), a.querySelector('.matched').textContent, a.textContent.includes('相关度'),"
                + "    href(b), b.textContent.includes('相关度 1.00'), !!b.querySelector('.matched')]);"
                + "});");
        assertEquals("#/reports/abc?finding=f1", out.get(0), "a hit opens the report at its finding");
        assertEquals("符合条件：预算执行率 85.5%（第 3 页）", out.get(1));
        assertEquals(false, out.get(2), "no 相关度 on a filter-only search");
        assertEquals("#/reports/abc", out.get(3));
        assertEquals(true, out.get(4));
        assertEquals(false, out.get(5));
    }

    private static String firstReportHash() {
        browser.open(batchUrl);
        String href = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#dashboard a.report-link")))
                .getAttribute("href");
        return href.substring(href.indexOf('#'));
    }

    /** Opens the batch's reports in turn until one has an element matching css. */
    private static void openReportWith(String css) {
        browser.open(server.baseUrl() + firstReportHash());
        for (int i = 0; i < REPORTS; i++) {
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("report-position")));
            if (!browser.findAll(css).isEmpty() && !browser.findAll(".finding:not(.info)").isEmpty()) {
                return;
            }
            String before = position();
            press("n");
            browser.waitFor(d -> !position().equals(before));
        }
        fail("no report of the batch has " + css);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String position() {
        List<WebElement> p = browser.findAll("#report-position");
        return p.isEmpty() ? "" : p.get(0).getText();
    }

    private static void press(String key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }
}
