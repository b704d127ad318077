package org.selfeval.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.engine.ReportResult;
import org.selfeval.extract.Hashing;
import org.selfeval.pipeline.Json;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The behaviour every implementation of the service's stores must have. {@link #main()} and
 * {@link #peer()} are two views of the same state: for Elasticsearch, stores on two clients (two
 * processes); for the file store, one process's stores (it is not shared between processes).
 */
public abstract class ServiceStoresContract {

    @TempDir
    protected Path tmp;

    protected abstract ServiceState main();

    protected abstract ServiceState peer();

    /** Sets the batch's kept counts to nothing, as a writer that died between a record and its counts. */
    protected abstract void breakCounts(String batch) throws Exception;

    /** File records the main state's batch store has read so far. */
    protected abstract long recordReads();

    protected static String sha(String content) {
        return Hashing.sha256(content);
    }

    protected static FileRecord ok(String batch, String name, String sha, long errors, long findings) {
        return new FileRecord(BatchStore.fileId(batch, name), name, FileRecord.OK, sha, "某部门", "某地", 2024, null,
                "标题", null, errors, 1L, null, null, Instant.now().toString(), errors > 0 ? 2L : 0L, findings, null, null);
    }

    protected static FileRecord queued(String batch, String name) {
        return FileRecord.queued(BatchStore.fileId(batch, name), name, Instant.now().toString());
    }

    @Test
    void resultsAndTextsAreKeptBySha256AndSeenByThePeer() throws Exception {
        String sha = sha("结果");
        ReportResult failed = ReportResult.failed("b1/报告.pdf", sha, new ReportResult.Error("CORRUPT", "文件已损坏", "x"));
        assertTrue(main().results().get(sha).isEmpty());
        ObjectNode text = Json.MAPPER.createObjectNode();
        text.putArray("pages").addObject().put("page", 1);
        main().results().putText(sha, text);
        main().results().put("报告.pdf", "b1/abc", failed);
        ResultStore.Stored got = peer().results().get(sha).orElseThrow();
        assertEquals("报告.pdf", got.originalName());
        assertEquals("b1/abc", got.origin());
        assertEquals("CORRUPT", got.result().error().code());
        assertEquals(sha, peer().results().read(sha).orElseThrow().path("result").path("sha256").asText());
        assertEquals(text, peer().results().text(sha).orElseThrow());
        assertTrue(peer().results().get("not-a-sha").isEmpty());
        assertTrue(peer().results().text(sha("别的")).isEmpty());

        Path file = Files.writeString(tmp.resolve("原件.pdf"), "原件内容");
        main().results().keepOriginal(file, sha);
        assertEquals("原件内容", Files.readString(peer().results().original(sha).orElseThrow(), StandardCharsets.UTF_8));
        assertTrue(peer().results().original(sha("没有")).isEmpty());
    }

    @Test
    void decisionsAreStoredWithdrawnCountedAndValidated() {
        String sha = sha("决定");
        assertEquals(0, main().decisions().all(sha).size());
        main().decisions().decide(sha, "F1", "confirmed", "属实");
        main().decisions().decide(sha, "F2", "dismissed", null);
        main().decisions().decide(sha, "F3", "confirmed", "");
        main().decisions().decide(sha, "F3", "open", "");
        JsonNode all = peer().decisions().all(sha);
        assertEquals(Set.of("F1", "F2"), fieldNames(all));
        assertEquals("属实", all.path("F1").path("comment").asText());
        assertEquals("dismissed", all.path("F2").path("status").asText());
        assertEquals(2L, peer().decisions().made(List.of(sha, sha("无"))).get(sha));
        assertFalse(peer().decisions().made(List.of(sha("无"))).containsKey(sha("无")));
        ApiError bad = assertThrows(ApiError.class, () -> main().decisions().decide(sha, "F1", "maybe", ""));
        assertEquals(400, bad.status());
        assertThrows(ApiError.class, () -> main().decisions().decide(sha, "F1", "confirmed", "长".repeat(2001)));
    }

    @Test
    void concurrentDecisionsOnOneReportAreAllKept() throws Exception {
        String sha = sha("同时");
        int each = 15;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                DecisionStore store = t % 2 == 0 ? main().decisions() : peer().decisions();
                String who = "R" + t + "-";
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        store.decide(sha, who + i, i % 2 == 0 ? "confirmed" : "dismissed", who);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(4 * each, main().decisions().all(sha).size());
        assertEquals(4L * each, peer().decisions().made(List.of(sha)).get(sha));
    }

    @Test
    void batchesAndRecordsAreSharedAndCountsKeptCurrent() {
        String batch = "u-contract-1";
        assertTrue(main().batches().ensure(batch, "上传一"));
        assertFalse(peer().batches().ensure(batch, "另一个名字"));
        assertTrue(peer().batches().exists(batch));
        assertFalse(peer().batches().exists("u-none"));
        String a = sha("甲"), b = sha("乙");
        main().batches().put(batch, queued(batch, "乙.docx"));
        main().batches().put(batch, queued(batch, "甲.pdf"));
        main().batches().put(batch, queued(batch, "丙.pdf"));
        peer().batches().put(batch, queued(batch, "甲.pdf").processing(a, Instant.now().toString()));
        peer().batches().put(batch, ok(batch, "甲.pdf", a, 2, 5));
        main().batches().put(batch, ok(batch, "乙.docx", b, 0, 3));
        main().batches().put(batch, queued(batch, "丙.pdf").failed(null, "CORRUPT", "损坏", Instant.now().toString()));
        // A re-check: the same file's record replaced by one with other counts.
        peer().batches().put(batch, ok(batch, "乙.docx", b, 1, 4));

        List<FileRecord> files = peer().batches().files(batch);
        assertEquals(List.of("丙.pdf", "乙.docx", "甲.pdf"), files.stream().map(FileRecord::name).toList());
        assertEquals(4L, peer().batches().file(batch, BatchStore.fileId(batch, "乙.docx")).orElseThrow().findings());
        for (ServiceState s : List.of(main(), peer())) {
            BatchStore.Counted c = s.batches().counted().stream()
                    .filter(x -> x.batch().path("batch").asText().equals(batch)).findFirst().orElseThrow();
            assertEquals("上传一", c.batch().path("name").asText());
            assertEquals(BatchCounts.of(files), c.counts());
            assertEquals(3, c.counts().get("total"));
            assertEquals(2, c.counts().get(FileRecord.OK));
            assertEquals(9, c.counts().get("findings"));
            assertEquals(Set.of(a, b), c.counts().shas());
        }
        ObjectNode summary = peer().batches().summaries().get(0);
        assertEquals(List.of("batch", "name", "created", "total", "queued", "processing", "ok", "failed"),
                fieldList(summary));
        assertEquals(1, summary.path("failed").asInt());
        ObjectNode one = peer().batches().batch(batch).orElseThrow();
        assertEquals(3, one.path("files").size());
        assertTrue(peer().batches().batch("../etc").isEmpty());
        assertTrue(peer().batches().ids().contains(batch));
    }

    @Test
    void concurrentRecordsFromTwoWritersKeepTheCountsRight() throws Exception {
        String batch = "u-contract-2";
        main().batches().ensure(batch, "并发");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                BatchStore store = t % 2 == 0 ? main().batches() : peer().batches();
                int writer = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        String name = "w" + writer + "-" + i + ".pdf";
                        store.put(batch, queued(batch, name));
                        store.put(batch, ok(batch, name, sha(name), i % 3, i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        BatchCounts expected = BatchCounts.of(main().batches().files(batch));
        assertEquals(40, expected.get(FileRecord.OK));
        assertEquals(expected, counts(peer(), batch));
    }

    @Test
    void countsLeftWrongByACrashedWriterAreMadeAgainWhenTheBatchIsOpened() throws Exception {
        String batch = "u-contract-3";
        main().batches().ensure(batch, "修复");
        main().batches().put(batch, ok(batch, "一.pdf", sha("一"), 1, 2));
        main().batches().put(batch, queued(batch, "二.pdf"));
        BatchCounts right = counts(main(), batch);
        breakCounts(batch);
        assertEquals(BatchCounts.empty(), counts(peer(), batch));
        peer().batches().batch(batch).orElseThrow();
        assertEquals(right, counts(main(), batch));
    }

    @Test
    void listingBatchesReadsNoFileRecord() {
        String batch = "u-contract-4";
        main().batches().ensure(batch, "计数");
        for (int i = 0; i < 5; i++) {
            main().batches().put(batch, ok(batch, i + ".pdf", sha("r" + i), i, i + 1));
        }
        long before = recordReads();
        for (int i = 0; i < 10; i++) {
            assertEquals(5, main().batches().counted().get(0).counts().get(FileRecord.OK));
            main().batches().summaries();
            main().batches().ids();
            main().batches().exists(batch);
        }
        assertEquals(before, recordReads());
        main().batches().files(batch);
        assertEquals(before + 5, recordReads(), "the seam counts what files() reads");
    }

    protected static BatchCounts counts(ServiceState s, String batch) {
        return s.batches().counted().stream().filter(c -> c.batch().path("batch").asText().equals(batch))
                .findFirst().orElseThrow().counts();
    }

    private static Set<String> fieldNames(JsonNode n) {
        Set<String> out = new java.util.TreeSet<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> fieldList(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
