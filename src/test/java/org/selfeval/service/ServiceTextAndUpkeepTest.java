package org.selfeval.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service's loose ends over real HTTP: stale upload records failed at start-up, the text view
 * (GET …/text, and its absence for results stored before texts were kept), emptied upload folders
 * swept from the inbox, and the OpenAPI servers URL naming the configured host and port.
 */
class ServiceTextAndUpkeepTest {

    @TempDir
    Path tmp;

    @Test
    void textViewReconciliationSweepAndOpenApiServer() throws Exception {
        Path work = tmp.resolve("work");
        WorkFolders f = WorkFolders.under(work).create();
        BatchStore stale = new FileBatchStore(f.batches());
        String cut = "u20260101-000000-deadbeef";
        stale.ensure(cut, "中断的上传");
        FileRecord lost = FileRecord.queued(BatchStore.fileId(cut, "未到达.docx"), "未到达.docx", Instant.now().toString());
        stale.put(cut, lost);

        List<Path> reports = ServiceHarness.generate(tmp.resolve("gen"), 2, 9300);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Path p : reports) {
            files.put(p.getFileName().toString(), ServiceHarness.read(p));
        }
        try (ServiceHarness h = ServiceHarness.start(work, s -> s)) {
            JsonNode stuck = h.json(h.get("/api/batches/" + cut), 200).at("/files/0");
            assertEquals("failed", stuck.path("status").asText(), stuck.toString());
            assertEquals("IO", stuck.at("/error/code").asText());
            assertTrue(stuck.at("/error/message").asText().contains("上传未完成"), stuck.toString());

            String batch = h.json(h.upload(files, "文本"), 202).path("batch").asText();
            JsonNode done = h.awaitBatch(batch, files.size(), Duration.ofSeconds(120));
            List<String> shas = new ArrayList<>();
            for (JsonNode file : done.path("files")) {
                assertEquals("ok", file.path("status").asText(), file.toString());
                shas.add(file.path("sha256").asText());
            }
            for (String sha : shas) {
                JsonNode text = h.json(h.get("/api/reports/" + sha + "/text"), 200);
                JsonNode report = h.json(h.get("/api/reports/" + sha), 200);
                List<String> types = new ArrayList<>();
                StringBuilder all = new StringBuilder();
                int lastPage = 0;
                for (JsonNode page : text.path("pages")) {
                    assertTrue(page.path("page").asInt() > lastPage, "pages in order: " + page.path("page"));
                    lastPage = page.path("page").asInt();
                    for (JsonNode b : page.path("blocks")) {
                        types.add(b.path("type").asText());
                        if (b.has("rows")) {
                            b.path("rows").forEach(row -> row.forEach(c -> all.append(c.asText()).append('|')));
                        } else {
                            all.append(b.path("text").asText()).append('\n');
                        }
                    }
                }
                assertTrue(types.contains("heading") && types.contains("paragraph") && types.contains("table"), types.toString());
                assertTrue(all.toString().contains(report.at("/report/department").asText()), "the text names the department");
                JsonNode firstHeading = report.at("/sections/0/title");
                assertTrue(all.toString().contains(firstHeading.asText()), "headings are in the text: " + firstHeading);
            }
            // Results stored before texts were kept: no text, a Chinese reason, and the report itself still there.
            Files.delete(f.results().resolve(shas.get(0) + ".text.json"));
            JsonNode missing = h.json(h.get("/api/reports/" + shas.get(0) + "/text"), 404);
            assertTrue(missing.at("/error/message").asText().contains("没有保存"), missing.toString());
            h.json(h.get("/api/reports/" + shas.get(0)), 200);
            assertEquals(404, h.send(h.get("/api/reports/" + "0".repeat(64) + "/text")).statusCode());

            // The upload's folder in the inbox goes once its files are archived.
            Path uploadFolder = f.inbox().resolve(batch);
            Instant deadline = Instant.now().plusSeconds(30);
            while (Files.exists(uploadFolder) && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertFalse(Files.exists(uploadFolder), "emptied upload folder removed from the inbox");
            assertTrue(Files.isDirectory(f.inbox()));
            assertEquals(files.size(), Files.list(f.done().resolve(batch)).count(), "originals archived, not removed");

            JsonNode openapi = h.json(h.get("/api/openapi.json"), 200);
            assertTrue(openapi.path("paths").has("/api/reports/{sha256}/text"), openapi.path("paths").toString());
            String server = openapi.at("/servers/0/url").asText();
            assertTrue(server.startsWith("http://127.0.0.1:" + h.port), "servers URL: " + openapi.path("servers"));
        }
    }
}
