package org.selfeval.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.config.ConfigLoader;
import org.selfeval.config.IndexElasticsearch;
import org.selfeval.config.SelfEvalConfig;
import org.selfeval.index.es.EsTestNode;
import org.selfeval.service.es.EsBatchStore;
import org.selfeval.service.es.EsServiceState;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page's batch list poll (GET /api/batches) reads no file record, on either engine, while
 * its totals stay those of the batch read in full (GET /api/batches/{id}): after the checks, after
 * a decision, and after a file of a batch is checked again with new content.
 */
class DashboardPollTest {

    private static final int POLLS = 10;

    @TempDir
    Path tmp;

    @Test
    void filePollReadsNoFileRecord() throws Exception {
        pollReadsNoFileRecord(ConfigLoader.load());
    }

    @Test
    void elasticsearchPollReadsNoFileRecord() throws Exception {
        try (EsTestNode node = EsTestNode.require(DashboardPollTest.class)) {
            List<String> names = new ArrayList<>(EsServiceState.SUFFIXES);
            String prefix = node.newPrefix(names);
            SelfEvalConfig base = ConfigLoader.load();
            SelfEvalConfig.Index index = base.index();
            SelfEvalConfig es = new SelfEvalConfig(base.extract(), base.structure(), base.batch(),
                    new SelfEvalConfig.Index(SelfEvalConfig.Index.ELASTICSEARCH, index.dataDir(),
                            new IndexElasticsearch(System.getenv("SELFEVAL_ES_URL"), prefix, null, null, null, null),
                            index.query()),
                    base.render(), base.service());
            pollReadsNoFileRecord(es);
        }
    }

    private void pollReadsNoFileRecord(SelfEvalConfig config) throws Exception {
        List<Path> reports = ServiceHarness.generate(tmp.resolve("gen"), 4, 9300);
        try (ServiceHarness h = ServiceHarness.start(config, tmp.resolve("work"), s -> s)) {
            String first = upload(h, reports.subList(0, 2), "第一批");
            Map<String, byte[]> second = new LinkedHashMap<>();
            second.put(reports.get(2).getFileName().toString(), ServiceHarness.read(reports.get(2)));
            second.put("坏文件.docx", "不是文档".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String other = h.json(h.upload(second, "第二批"), 202).path("batch").asText();
            h.awaitBatch(first, 2, Duration.ofSeconds(120));
            h.awaitBatch(other, 2, Duration.ofSeconds(120));
            assertPollReadsNothingAndAgrees(h, List.of(first, other));

            JsonNode file = h.json(h.get("/api/batches/" + first), 200).at("/files/0");
            String sha = file.path("sha256").asText();
            String finding = h.json(h.get("/api/reports/" + sha), 200).at("/findings/0/id").asText();
            h.json(HttpRequest.newBuilder(h.uri("/api/reports/" + sha + "/findings/" + finding + "/decision"))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"confirmed\"}")), 200);
            JsonNode totals = assertPollReadsNothingAndAgrees(h, List.of(first, other)).get(first);
            assertTrue(totals.path("reviewed").asLong() >= 1, totals.toString());

            // The same file of the batch checked again with other content (a re-check).
            Path again = h.runtime.folders().inbox().resolve(first).resolve(file.path("name").asText());
            Files.createDirectories(again.getParent());
            Files.write(again, ServiceHarness.read(reports.get(3)));
            awaitNewSha(h, first, file.path("id").asText(), sha);
            JsonNode after = assertPollReadsNothingAndAgrees(h, List.of(first, other)).get(first);
            assertEquals(2, after.path("reports").asInt(), after.toString());
            assertEquals(2, after.path("ok").asInt(), after.toString());
        }
    }

    private static String upload(ServiceHarness h, List<Path> files, String label) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (Path p : files) {
            parts.put(p.getFileName().toString(), ServiceHarness.read(p));
        }
        return h.json(h.upload(parts, label), 202).path("batch").asText();
    }

    /** Polls the list; no record is read by it; then each batch's listed totals equal its full read's. */
    private static Map<String, JsonNode> assertPollReadsNothingAndAgrees(ServiceHarness h, List<String> batches)
            throws Exception {
        long before = recordReads(h);
        JsonNode list = null;
        for (int i = 0; i < POLLS; i++) {
            list = h.json(h.get("/api/batches"), 200);
        }
        assertEquals(before, recordReads(h), "the batch list read file records");
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String batch : batches) {
            JsonNode listed = null;
            for (JsonNode b : list.path("batches")) {
                if (b.path("batch").asText().equals(batch)) {
                    listed = b;
                }
            }
            JsonNode full = h.json(h.get("/api/batches/" + batch), 200);
            assertEquals(full.path("totals"), listed.path("totals"), batch);
            assertEquals(full.path("files").size(), listed.path("total").asInt(), batch);
            out.put(batch, listed.path("totals"));
        }
        assertTrue(recordReads(h) > before, "the seam counts the full reads");
        return out;
    }

    private static long recordReads(ServiceHarness h) {
        BatchStore store = h.runtime.state().batches();
        return store instanceof FileBatchStore f ? f.recordReads() : ((EsBatchStore) store).recordReads();
    }

    private static void awaitNewSha(ServiceHarness h, String batch, String fileId, String oldSha) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode f : h.json(h.get("/api/batches/" + batch), 200).path("files")) {
                if (f.path("id").asText().equals(fileId) && f.path("status").asText().equals("ok")) {
                    if (!f.path("sha256").asText().equals(oldSha)) {
                        assertNotEquals(oldSha, f.path("sha256").asText());
                        return;
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the file was not checked again within 120 s");
    }
}
