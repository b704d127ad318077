package org.selfeval.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.selfeval.testing.SharedFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The reviewers' page in a real headless Chromium against the real server (child JVM, free port,
 * temporary work folder): upload through the file input, dashboard rows, the seed's report view
 * with its page image and highlight box, a stored decision, search, and hostile document text
 * shown as text. Skips without Chromium/chromedriver; the seed part skips without ../shared.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ReviewerPageBrowserTest {

    private static final Duration PROCESSING = Duration.ofMinutes(3);
    private static final String SEED_DEPARTMENT = "岳阳市君山区科技和工业信息化局";

    @TempDir
    static Path work;

    static ServiceProcess server;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        server = ServiceProcess.start(work.resolve("service"));
    }

    @AfterAll
    static void stop() {
        Browser.closeWith(browser, server);
    }

    @BeforeEach
    void expose(TestInfo info) {
        ScreenshotOnFailure.browser = browser;
    }

    @AfterEach
    void noScriptRan() {
        assertNull(browser.script("return window.__xss"), "document text was executed as markup");
    }

    @Test
    void uploadReviewAndSearch() throws Exception {
        Path uploads = Files.createDirectories(work.resolve("uploads"));
        List<WebFixtures.Generated> generated = WebFixtures.ordinary(uploads);
        Path seedSource = SharedFiles.root().resolve("seed/seed-report.pdf");
        Path seed = Files.exists(seedSource) ? Files.copy(seedSource, uploads.resolve("seed-report.pdf")) : null;
        List<Path> files = new ArrayList<>();
        if (seed != null) {
            files.add(seed);
        }
        generated.forEach(g -> files.add(g.file()));

        upload(files);
        List<WebElement> rows = waitUntilProcessed(files.size());
        for (WebFixtures.Generated g : generated) {
            WebElement row = row(g.file().getFileName().toString());
            assertEquals(g.spec().department().fullName(), cell(row, 2), "部门 of " + g.file());
            assertEquals(String.valueOf(g.spec().year()), cell(row, 3), "年度 of " + g.file());
            assertTrue(cell(row, 5).matches("\\d+ / \\d+.*"), "完整性得分 like 15 / 15: " + cell(row, 5));
            assertTrue(cell(row, 6).matches("\\d+"), "错误 is a count: " + cell(row, 6));
        }
        assertEquals(files.size(), rows.size());

        // Sorting by 年度 twice gives descending years; the text filter narrows to one department.
        browser.find("#dashboard th:nth-child(3)").click();
        browser.find("#dashboard th:nth-child(3)").click();
        List<Integer> years = columnTexts(3).stream().map(Integer::valueOf).collect(Collectors.toList());
        List<Integer> sorted = new ArrayList<>(years);
        sorted.sort((a, b) -> b - a);
        assertEquals(sorted, years);
        String department = generated.get(0).spec().department().fullName();
        browser.find("#filter-text").sendKeys(department);
        browser.waitFor(d -> columnTexts(2).stream().allMatch(department::equals) && !columnTexts(2).isEmpty());
        browser.find("#filter-text").clear();
        browser.script("document.getElementById('filter-text').dispatchEvent(new Event('input'))");
        long withErrors = columnTexts(6).stream().filter(e -> !"0".equals(e)).count();
        browser.find("#filter-errors").click();
        browser.waitFor(d -> columnTexts(6).size() == withErrors && columnTexts(6).stream().noneMatch("0"::equals));
        browser.find("#filter-errors").click();
        browser.waitFor(d -> columnTexts(6).size() == files.size());
        assertTrue(browser.find("#export-xlsx").getAttribute("href").endsWith("/export.xlsx"));

        Assumptions.assumeTrue(seed != null, "skipped: ../shared/seed/seed-report.pdf is absent (seed part)");
        WebElement seedRow = row("seed-report.pdf");
        assertEquals(SEED_DEPARTMENT, cell(seedRow, 2));
        assertEquals("2024", cell(seedRow, 3));
        assertNotEquals("0", cell(seedRow, 6), "the seed has an error finding");
        seedRow.findElement(By.cssSelector("a.report-link")).click();

        WebElement finding = seedSumMismatch();
        finding.findElement(By.cssSelector(".message")).click();
        browser.waitFor(d -> Boolean.TRUE.equals(browser.script(
                "const i = document.getElementById('page-image'); return !!i && i.complete && i.naturalWidth > 0")));
        assertEquals("6", browser.find("#page-select").getAttribute("value"), "the finding's page is shown");
        List<WebElement> boxes = browser.findAll(".page-frame .hl");
        assertFalse(boxes.isEmpty(), "a highlight box over the page image");
        assertTrue(boxes.get(0).getSize().getWidth() > 0 && boxes.get(0).getSize().getHeight() > 0);

        String comment = "已与单位核实：合计数有误";
        assertTrue(finding.findElements(By.cssSelector("textarea")).isEmpty(), "the comment box opens on demand");
        finding.findElement(By.cssSelector("button.note")).click();
        finding.findElement(By.cssSelector("textarea.comment")).sendKeys(comment);
        finding.findElement(By.cssSelector("button.confirm")).click();
        browser.waitFor(d -> seedSumMismatch().findElement(By.cssSelector(".decision-state")).getText().contains("已确认"));
        browser.driver().navigate().refresh();
        WebElement reloaded = seedSumMismatch();
        assertEquals("confirmed", reloaded.getAttribute("data-decision"));
        assertTrue(reloaded.findElement(By.cssSelector(".decision-state")).getText().contains(comment));

        search("专精特新");
        WebElement hit = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit")));
        assertTrue(hit.getText().contains(SEED_DEPARTMENT), hit.getText());
        assertFalse(browser.findAll(".hit .snippet em").isEmpty(), "highlighted snippet words");
    }

    @Test
    void hostileDocumentTextStaysText() throws Exception {
        Path uploads = Files.createDirectories(work.resolve("hostile"));
        WebFixtures.Generated hostile = WebFixtures.hostile(uploads);
        upload(List.of(hostile.file()));
        waitUntilProcessed(1);
        WebElement row = row(hostile.file().getFileName().toString());
        assertTrue(row.getText().contains(WebFixtures.SCRIPT), "the title shows its markup as text: " + row.getText());

        row.findElement(By.cssSelector("a.report-link")).click();
        WebElement title = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("report-title")));
        assertTrue(title.getText().endsWith(WebFixtures.SCRIPT), title.getText());
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("sections")));
        assertTrue(browser.find("#sections").getText().contains(WebFixtures.IMG_HEADING));

        search(WebFixtures.PROSE_MARK);
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit .snippet")));
        String snippets = browser.findAll(".hit .snippet").stream().map(WebElement::getText).collect(Collectors.joining("\n"));
        assertTrue(snippets.contains("<img"), "markup in snippets is shown as text: " + snippets);
        assertTrue(browser.findAll("img[src='x']").isEmpty(), "no image element was made from document text");
        assertTrue(browser.findAll("script:not([src])").isEmpty(), "no script element was made from document text");
    }

    @Test
    void snippetsKeepOnlyTheEmMarkers() {
        List<Object> out = inModule("dom.js",
                "  const p = document.createElement('p');"
                        + "  p.appendChild(m.snippet(arguments[0]));"
                        + "  done([p.textContent, [...p.querySelectorAll('*')].map(e => e.tagName + ':' + e.textContent)]);",
                "前&lt;b&gt;<em>专精特新</em><b>粗</b><script>window.__xss=4</script>&amp;lt;<em>后</em>");
        assertEquals("前<b>专精特新<b>粗</b><script>window.__xss=4</script>&lt;后", out.get(0));
        assertEquals(List.of("EM:专精特新", "EM:后"), out.get(1));
    }

    /** No page images: the page's stored text, the selected finding's numbers in <mark>, markup kept as text. */
    @Test
    void textViewMarksTheFindingsNumbersInThePageText() {
        List<Object> out = inModule("pageview.js",
                "  const text = {pages: [{page: 1, blocks: [{type: 'heading', text: '一、部门概况'}]},"
                        + "    {page: 2, blocks: [{type: 'heading', text: '二、预算执行'},"
                        + "      {type: 'paragraph', text: '全年支出860.9万元<script>window.__xss=6</script>，执行率97.77%。'},"
                        + "      {type: 'table', rows: [['项目', '金额'], ['合计', '1,234.5']]}]}]};"
                        + "  const viewer = new m.PageViewer('api/reports/x', {images: false, pages: 0, reason: '未安装 LibreOffice'},"
                        + "    {figures: []}, [], text);"
                        + "  document.body.appendChild(viewer.element);"
                        + "  viewer.showFinding({id: 'f1', values: [{label: '支出', value: 860.9}, {label: '合计', value: 1234.5}]}, 0);"
                        + "  const stage = document.getElementById('text-view');"
                        + "  done([stage.dataset.page, [...stage.querySelectorAll('mark')].map(e => e.textContent),"
                        + "    [...stage.querySelectorAll('h3, p, td')].map(e => e.tagName).join(','),"
                        + "    document.getElementById('page-select').options.length, stage.textContent]);");
        assertEquals("2", out.get(0), "the page that prints the finding's numbers is shown");
        assertEquals(List.of("860.9", "1,234.5"), out.get(1));
        assertEquals("H3,P,TD,TD,TD,TD", out.get(2));
        assertEquals(2L, ((Number) out.get(3)).longValue(), "the stored text's pages are the page count");
        assertTrue(String.valueOf(out.get(4)).contains("<script>window.__xss=6</script>"), "markup stays text");
    }

    /** Runs body on the page with the module imported as m; body calls done(result). */
    @SuppressWarnings("unchecked")
    private static List<Object> inModule(String module, String body, Object... args) {
        browser.open(server.baseUrl());
        return (List<Object>) browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "import('./js/" + module + "').then(m => {" + body + "});", args);
    }

    private void upload(List<Path> files) {
        browser.upload(server.baseUrl(), files);
    }

    /** Waits until the batch shows n rows, none queued or processing; returns the rows. */
    private List<WebElement> waitUntilProcessed(int n) {
        browser.waitFor(PROCESSING, d -> {
            List<WebElement> rows = browser.findAll("#dashboard tbody tr[data-status]");
            return rows.size() == n && rows.stream().allMatch(r -> {
                String s = r.getAttribute("data-status");
                return "ok".equals(s) || "failed".equals(s);
            });
        });
        List<WebElement> rows = browser.findAll("#dashboard tbody tr[data-status]");
        for (WebElement r : rows) {
            assertEquals("ok", r.getAttribute("data-status"), "processed: " + r.getText());
        }
        return rows;
    }

    private WebElement row(String fileName) {
        return browser.findAll("#dashboard tbody tr[data-status]").stream()
                .filter(r -> cell(r, 1).startsWith(fileName))
                .findFirst().orElseThrow(() -> new AssertionError("no dashboard row for " + fileName));
    }

    private static String cell(WebElement row, int column) {
        return row.findElement(By.cssSelector("td:nth-child(" + column + ")")).getText().strip();
    }

    private List<String> columnTexts(int column) {
        return browser.findAll("#dashboard tbody tr[data-status]").stream().map(r -> cell(r, column)).toList();
    }

    private WebElement seedSumMismatch() {
        return browser.waitFor(d -> browser.findAll(".finding[data-code='SUM_MISMATCH']").stream()
                .filter(f -> f.getText().contains("860.9"))
                .findFirst().orElse(null));
    }

    private void search(String words) {
        browser.open(server.baseUrl() + "#/search");
        WebElement q = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("search-q")));
        q.sendKeys(words);
        browser.find("#search-submit").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("search-total")));
    }
}
