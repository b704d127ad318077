package org.selfeval.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST API over real HTTP: upload → batch → report → decision → search → original → xlsx → ops. */
class ServiceApiTest {

    @TempDir
    Path tmp;

    @Test
    void uploadCheckReviewSearchExport_andDecisionsSurviveRestart() throws Exception {
        List<Path> reports = ServiceHarness.generate(tmp.resolve("gen"), 2, 9100);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Path p : reports) {
            files.put(p.getFileName().toString(), ServiceHarness.read(p));
        }
        byte[] docx = ServiceHarness.read(reports.get(0));
        files.put("损坏的报告.docx", Arrays.copyOf(docx, docx.length / 2));
        Path work = tmp.resolve("work");
        String sha;
        String findingId;
        try (ServiceHarness h = ServiceHarness.start(work, s -> s)) {
            JsonNode accepted = h.json(h.upload(files, "第一批"), 202);
            String batch = accepted.path("batch").asText();
            assertEquals("第一批", accepted.path("name").asText());
            assertEquals(3, accepted.path("files").size());
            accepted.path("files").forEach(f -> assertEquals("queued", f.path("status").asText()));

            JsonNode done = h.awaitBatch(batch, 3, Duration.ofSeconds(90));
            JsonNode ok = null;
            JsonNode broken = null;
            for (JsonNode f : done.path("files")) {
                if (f.path("name").asText().equals("损坏的报告.docx")) {
                    broken = f;
                } else {
                    assertEquals("ok", f.path("status").asText(), f.toString());
                    assertTrue(f.path("department").asText().endsWith("局") || !f.path("department").isMissingNode());
                    assertTrue(f.path("completeness").has("bodyMax"));
                    ok = f;
                }
            }
            assertNotNull(broken);
            assertEquals("failed", broken.path("status").asText());
            assertEquals("CORRUPT", broken.at("/error/code").asText());
            assertTrue(broken.at("/error/message").asText().contains("损坏"));

            JsonNode list = h.json(h.get("/api/batches"), 200);
            assertEquals(batch, list.at("/batches/0/batch").asText());
            assertEquals(3, list.at("/batches/0/total").asInt());
            assertEquals(2, list.at("/batches/0/ok").asInt());
            assertEquals(1, list.at("/batches/0/failed").asInt());

            sha = ok.path("sha256").asText();
            JsonNode report = h.json(h.get("/api/reports/" + sha), 200);
            assertEquals("ok", report.path("status").asText());
            assertEquals(sha, report.path("sha256").asText());
            assertEquals(ok.path("name").asText(), report.path("originalName").asText());
            assertTrue(report.path("view").has("images"));
            assertTrue(report.path("findings").size() > 0, "generated reports carry at least one finding");
            findingId = report.at("/findings/0/id").asText();
            assertEquals(16, findingId.length());

            HttpRequest.Builder put = HttpRequest.newBuilder(h.uri("/api/reports/" + sha + "/findings/" + findingId
                            + "/decision")).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"dismissed\",\"comment\":\"已核实<无误>\"}"));
            JsonNode decision = h.json(put, 200);
            assertEquals("dismissed", decision.path("status").asText());
            assertEquals("已核实<无误>", decision.path("comment").asText());
            HttpRequest.Builder bad = HttpRequest.newBuilder(h.uri("/api/reports/" + sha + "/findings/" + findingId
                    + "/decision")).PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"maybe\"}"));
            assertEquals("BAD_REQUEST", h.json(bad, 400).at("/error/code").asText());
            assertEquals(404, h.send(h.get("/api/reports/" + "0".repeat(64))).statusCode());

            String department = report.at("/report/department").asText();
            JsonNode hits = h.json(h.get("/api/search?q=" + URLEncoder.encode(department, StandardCharsets.UTF_8)
                    + "&year=" + report.at("/report/year").asInt()), 200);
            assertTrue(hits.path("total").asLong() >= 1, hits.toString());
            assertEquals(sha, hits.at("/hits/0/sha256").asText());
            assertTrue(hits.at("/hits/0/snippets/0").asText().contains("<em>"));
            assertTrue(hits.path("facets").path("year").isArray());
            // Few reports: no facet reaches index.query.facet_values, so nothing is left out.
            assertTrue(hits.path("facets_other").isObject() && hits.path("facets_other").isEmpty(), hits.toString());

            // Search for a reviewer: Chinese finding names, the matched figures, hits leading to the finding.
            JsonNode filterOnly = h.json(h.get("/api/search?year=" + report.at("/report/year").asInt()), 200);
            assertFalse(filterOnly.path("scored").asBoolean(true), "a filter-only search ranks nothing");
            JsonNode unknown = h.json(h.get("/api/search?figure=" + URLEncoder.encode("不存在的指标>1", StandardCharsets.UTF_8)), 200);
            assertEquals(0, unknown.path("total").asInt());
            assertTrue(unknown.path("notice").asText().contains("未识别的指标：不存在的指标"), unknown.toString());
            assertTrue(unknown.path("notice").asText().contains("预算执行率"), unknown.toString());
            assertEquals("BAD_REQUEST", h.json(h.get("/api/search?finding=" + URLEncoder.encode("没有这种问题", StandardCharsets.UTF_8)), 400)
                    .at("/error/code").asText());
            JsonNode codes = h.json(h.get("/api/search"), 200).at("/facets/finding");
            assertTrue(codes.size() > 0, "the uploaded reports have findings");
            String name = codes.get(0).path("name").asText();
            assertFalse(name.isEmpty() || name.equals(codes.get(0).path("value").asText()), "a Chinese name: " + codes);
            JsonNode byName = h.json(h.get("/api/search?finding=" + URLEncoder.encode(name, StandardCharsets.UTF_8)), 200);
            assertEquals(codes.get(0).path("count").asLong(), byName.path("total").asLong(), byName.toString());
            JsonNode led = byName.at("/hits/0");
            JsonNode target = h.json(h.get("/api/reports/" + led.path("sha256").asText()), 200);
            boolean found = false;
            for (JsonNode f : target.path("findings")) {
                found |= f.path("id").asText().equals(led.path("finding").asText())
                        && f.path("code").asText().equals(codes.get(0).path("value").asText());
            }
            assertTrue(found, "the hit names a finding of its code: " + led);
            JsonNode figure = h.json(h.get("/api/search?figure=" + URLEncoder.encode("预算执行率>=0%", StandardCharsets.UTF_8)), 200);
            assertTrue(figure.path("hits").size() > 0, "the reports state their execution rate: " + figure);
            for (JsonNode hit : figure.path("hits")) {
                assertTrue(hit.path("matched").size() > 0, hit.toString());
                assertEquals("预算执行率", hit.at("/matched/0/label").asText());
                assertFalse(hit.at("/matched/0/snippet").asText().isEmpty(), "the figure's own words: " + hit);
                assertTrue(hit.at("/matched/0/page").asInt() > 0, hit.toString());
            }

            HttpResponse<byte[]> original = h.send(h.get("/api/reports/" + sha + "/original"));
            assertEquals(200, original.statusCode());
            assertArrayEquals(files.get(ok.path("name").asText()), original.body());
            assertTrue(original.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));

            HttpResponse<byte[]> xlsx = h.send(h.get("/api/batches/" + batch + "/export.xlsx"));
            assertEquals(200, xlsx.statusCode());
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                assertEquals("汇总", wb.getSheetName(0));
                assertEquals("报告", wb.getSheetName(1));
                assertEquals("问题", wb.getSheetName(2));
                assertEquals(4, wb.getSheet("报告").getPhysicalNumberOfRows(), "header + 3 files");
                // The decision made above is in the export, on its finding's row.
                var findings = wb.getSheet("问题");
                boolean dismissed = false;
                for (int i = 1; i <= findings.getLastRowNum(); i++) {
                    for (var cell : findings.getRow(i)) {
                        dismissed |= cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                && "已核实<无误>".equals(cell.getStringCellValue());
                    }
                }
                assertTrue(dismissed, "the reviewer's comment is in the export");
            }

            // Totals a head of department reads: on the batch and in the batch list, with review progress.
            JsonNode totals = h.json(h.get("/api/batches/" + batch), 200).path("totals");
            assertEquals(3, totals.path("reports").asInt(), totals.toString());
            assertEquals(1, totals.path("failed").asInt(), totals.toString());
            assertEquals(1, totals.path("reviewed").asInt(), totals.toString());
            assertEquals(totals.path("findings").asInt() - 1, totals.path("unreviewed").asInt(), totals.toString());
            JsonNode listed = h.json(h.get("/api/batches"), 200).at("/batches/0/totals");
            assertEquals(totals, listed);

            // Page views (org.selfeval.render): images when the report can be shown as pages, else a reason.
            for (JsonNode f : done.path("files")) {
                if (!f.path("status").asText().equals("ok")) {
                    continue;
                }
                String s = f.path("sha256").asText();
                JsonNode view = h.json(h.get("/api/reports/" + s), 200).path("view");
                HttpResponse<byte[]> png = h.send(h.get("/api/reports/" + s + "/pages/1.png"));
                if (view.path("images").asBoolean()) {
                    assertEquals(200, png.statusCode());
                    assertEquals((byte) 0x89, png.body()[0]);
                    assertTrue(h.json(h.get("/api/reports/" + s + "/highlights"), 200).path("highlights").isArray());
                    HttpResponse<byte[]> pdf = h.send(h.get("/api/reports/" + s + "/annotated.pdf"));
                    assertEquals(200, pdf.statusCode());
                    assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1));
                } else {
                    assertFalse(view.path("reason").asText().isBlank());
                    assertEquals(404, png.statusCode());
                }
            }
            JsonNode health = h.json(h.get("/q/health"), 200);
            assertEquals("UP", health.path("status").asText());
            String metrics = new String(h.send(h.get("/q/metrics")).body(), StandardCharsets.UTF_8);
            assertTrue(metrics.contains("selfeval_documents_processed_total 2.0"), metrics);
            assertTrue(metrics.contains("selfeval_documents_failed_total 1.0"));
            assertTrue(metrics.contains("selfeval_document_processing_seconds_count 3"));
            JsonNode openapi = h.json(h.get("/api/openapi.json"), 200);
            assertTrue(openapi.path("openapi").asText().startsWith("3."));
            for (String path : Arrays.asList("/api/batches", "/api/batches/{id}", "/api/reports/{sha256}",
                    "/api/search", "/q/health", "/api/reports/{sha256}/highlights")) {
                assertTrue(openapi.path("paths").has(path), path);
            }
            String page = new String(h.send(h.get("/")).body(), StandardCharsets.UTF_8);
            assertTrue(page.contains("<html"), page);
        }
        // A restart keeps batches, results and decisions.
        try (ServiceHarness h = ServiceHarness.start(work, s -> s)) {
            JsonNode report = h.json(h.get("/api/reports/" + sha), 200);
            JsonNode f = report.at("/findings/0");
            assertEquals(findingId, f.path("id").asText());
            assertEquals("dismissed", f.at("/decision/status").asText());
            assertFalse(h.json(h.get("/api/batches"), 200).path("batches").isEmpty());
        }
    }
}
