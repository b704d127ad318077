package org.selfeval.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.selfeval.synth.CorpusGenerator;
import org.selfeval.synth.DocxRenderer;
import org.selfeval.synth.ReportGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A Word report and its PDF twin (the same file laid out by LibreOffice) show their findings on
 * the same pages in the reviewer's page: cards, codes and every 页 cell agree, and neither says 约.
 */
@ExtendWith(ScreenshotOnFailure.class)
class WordTwinPagesBrowserTest {

    @TempDir
    static Path work;

    static ServiceProcess server;
    static Browser browser;

    @AfterAll
    static void stop() {
        Browser.closeWith(browser, server);
    }

    @Test
    void wordReportFindingsOnThePagesOfItsPdfTwin() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/soffice")) || Files.isExecutable(Path.of("/usr/local/bin/soffice")),
                "skipped: LibreOffice (soffice) is not installed");
        Path uploads = Files.createDirectories(work.resolve("uploads"));
        List<Path> files = new ArrayList<>();
        for (long seed : new long[]{21, 22}) {
            Path docx = CorpusGenerator.write(new ReportGenerator().generate("p" + seed, seed), new DocxRenderer(), uploads);
            files.add(docx);
            files.add(pdfTwin(docx, work.resolve("convert-" + seed)));
        }
        browser = Browser.start();
        server = ServiceProcess.start(work.resolve("service"));
        ScreenshotOnFailure.browser = browser;
        browser.upload(server.baseUrl(), files);
        browser.awaitAllOk(files.size(), Duration.ofMinutes(6));
        // Each twin is the same department's report for the same year: the later one supersedes the other.
        String totals = browser.waitFor(d -> {
            String t = browser.find("#batch-totals").getText();
            return t.contains("共 " + files.size() + " 份报告") ? t : null;
        });
        assertTrue(totals.contains("已被新版本替代 2"), totals);
        assertEquals(2, browser.findAll("#dashboard .tag").stream().filter(t -> t.getText().equals("已被新版本替代")).count());
        Map<String, String> links = new HashMap<>();
        for (WebElement a : browser.findAll("#dashboard a.report-link")) {
            links.put(a.getText(), a.getAttribute("href"));
        }
        int compared = 0;
        for (int i = 0; i < files.size(); i += 2) {
            List<String> word = findingPages(links.get(files.get(i).getFileName().toString()));
            List<String> twin = findingPages(links.get(files.get(i + 1).getFileName().toString()));
            assertEquals(twin, word, files.get(i).getFileName().toString());
            assertTrue(word.stream().noneMatch(s -> s.contains("约")), "rendered pages are not estimates: " + word);
            compared += word.size();
        }
        assertTrue(compared > 0, "the generated reports have findings to compare");
        assertEquals(List.of(), browser.consoleErrors(), "console errors");
    }

    /** Every finding card as "code: pages of its values", in the order shown. */
    private static List<String> findingPages(String url) {
        List<WebElement> previous = browser.findAll("#report-title");
        browser.open(url);
        if (!previous.isEmpty()) {
            browser.waitFor(ExpectedConditions.stalenessOf(previous.get(0)));
        }
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("report-title")));
        // Drawn when the heading "问题（N）" is there with its N cards.
        browser.waitFor(d -> browser.findAll(".report-main h2").stream().map(WebElement::getText)
                .filter(t -> t.startsWith("问题（")).findFirst()
                .map(t -> t.equals("问题（" + browser.findAll(".finding").size() + "）")).orElse(false));
        // The page draws again once the highlights arrive: read until two reads agree.
        List<List<String>> reads = new ArrayList<>();
        return browser.waitFor(d -> {
            try {
                List<String> now = read();
                reads.add(now);
                return reads.size() > 1 && reads.get(reads.size() - 2).equals(now) ? now : null;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return null;
            }
        });
    }

    private static List<String> read() {
        List<String> out = new ArrayList<>();
        for (WebElement card : browser.findAll(".finding")) {
            List<String> pages = new ArrayList<>();
            for (WebElement row : card.findElements(By.cssSelector("table.values tbody tr"))) {
                List<WebElement> cells = row.findElements(By.tagName("td"));
                pages.add(cells.get(cells.size() - 1).getText());
            }
            out.add(card.getAttribute("data-code") + ": " + String.join(",", pages));
        }
        return out;
    }

    /** The docx laid out by LibreOffice, as a PDF beside it in the uploads. */
    private static Path pdfTwin(Path docx, Path dir) throws Exception {
        Files.createDirectories(dir);
        Process p = new ProcessBuilder("soffice", "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "pdf",
                "--outdir", dir.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice converted in time");
        String name = docx.getFileName().toString().replaceAll("\\.docx$", "");
        Path twin = docx.resolveSibling(name + "-twin.pdf");
        Files.move(dir.resolve(name + ".pdf"), twin);
        return twin;
    }
}
