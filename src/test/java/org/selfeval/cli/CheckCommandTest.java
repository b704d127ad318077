package org.selfeval.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.pipeline.Json;
import org.selfeval.synth.CorpusGenerator;
import org.selfeval.synth.DocxRenderer;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `selfeval check` on a folder: one line per file in input order, failures isolated, exit codes per contract. */
class CheckCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, List<JsonNode> lines, String stdout) {
    }

    private Run run(String... args) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            int exit = SelfEvalCommand.newCommandLine().execute(args);
            String out = buf.toString(StandardCharsets.UTF_8);
            List<JsonNode> lines = new ArrayList<>();
            if (List.of(args).contains("json")) {
                for (String l : out.split("\n")) {
                    if (!l.isBlank()) {
                        lines.add(Json.MAPPER.readTree(l));
                    }
                }
            }
            return new Run(exit, lines, out);
        } finally {
            System.setOut(saved);
        }
    }

    private Path corpusWithOneBrokenFile(int good) throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        new CorpusGenerator(List.of(new DocxRenderer())).generate(reports, good, 7);
        try (Stream<Path> s = Files.list(reports)) {
            for (Path truth : s.filter(p -> p.toString().endsWith(".truth.json")).toList()) {
                Files.delete(truth);
            }
        }
        byte[] docx = Files.readAllBytes(reports.resolve("synth-00000.docx"));
        // An interrupted upload: the first 60% of a real .docx.
        Files.write(reports.resolve("synth-00000b-truncated.docx"), java.util.Arrays.copyOf(docx, docx.length * 6 / 10));
        return reports;
    }

    @Test
    void folderWithOneBrokenFile_givesAllResultsAndOneClearFailure() throws Exception {
        Path reports = corpusWithOneBrokenFile(12);
        Run r = run("check", "--format", "json", "--jobs", "2", reports.toString());
        assertEquals(13, r.lines().size());
        List<String> files = r.lines().stream().map(n -> Path.of(n.get("file").asText()).getFileName().toString()).toList();
        List<String> sorted = new ArrayList<>(files);
        java.util.Collections.sort(sorted);
        assertEquals(sorted, files, "results come in input (sorted) order");
        List<JsonNode> failed = r.lines().stream().filter(n -> n.get("status").asText().equals("failed")).toList();
        assertEquals(1, failed.size());
        assertEquals("CORRUPT", failed.get(0).at("/error/code").asText());
        assertTrue(failed.get(0).at("/error/message").asText().contains("损坏"));
        assertEquals(2, r.exit(), "a failed file gives exit status 2");
        for (JsonNode ok : r.lines()) {
            if (ok.get("status").asText().equals("ok")) {
                assertEquals("hn-yy-dept-2020", ok.at("/report/profile").asText());
                assertEquals(15, ok.at("/completeness/body").asDouble() + ok.at("/completeness/attachments").asDouble());
                assertTrue(ok.get("sha256").asText().matches("[0-9a-f]{64}"));
            }
        }
    }

    @Test
    void cleanReports_exitZero_andWriteWorkbookAndPage() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("clean"));
        new CorpusGenerator(List.of(new DocxRenderer())).generate(reports, 2, 11);
        try (Stream<Path> s = Files.list(reports)) {
            for (Path truth : s.filter(p -> p.toString().endsWith(".truth.json")).toList()) {
                Files.delete(truth);
            }
        }
        Path xlsx = dir.resolve("out/review.xlsx");
        Path html = dir.resolve("out/review.html");
        Run r = run("check", "--xlsx", xlsx.toString(), "--html", html.toString(), reports.toString());
        assertEquals(0, r.exit(), r.stdout());
        assertTrue(r.stdout().contains("合计 2 份"));
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertEquals(List.of("汇总", "报告", "问题"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            assertEquals(3, wb.getSheet("报告").getPhysicalNumberOfRows());
        }
        String page = Files.readString(html);
        assertTrue(page.contains("绩效自评报告检查结果") && page.contains("synth-00000.docx"));
    }

    @Test
    void unknownProfile_isAUsageError() throws Exception {
        Run r = run("check", "--profile", "no-such-profile", dir.toString());
        assertEquals(2, r.exit());
    }
}
