package org.selfeval.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.config.ConfigLoader;
import org.selfeval.config.IndexElasticsearch;
import org.selfeval.index.es.EsConnection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12's "done when": two {@code serve} processes on one Elasticsearch node (SELFEVAL_ES_URL;
 * skipped without it) with their own work folders and one shared store folder behave as one
 * service. 100 reports are uploaded split across them plus the same file to both at once; one is
 * killed with SIGKILL while it holds files; the survivor finishes everything. Every content is
 * checked exactly once (the sha256 claims' counters), every result and decision is visible from
 * the survivor, and the report index holds each content once.
 */
class TwoInstancesTest {

    private static final int REPORTS = 100;
    /** Fixed instance ids (config service.cluster.instance_id): who finished a file is read off its record. */
    private static final String ID_A = "twoinsta";
    private static final String ID_B = "twoinstb";

    @TempDir
    Path tmp;

    @Test
    void twoProcessesOnOneNode_actAsOneService_andTheSurvivorFinishesAfterSigkill() throws Exception {
        String url = System.getenv("SELFEVAL_ES_URL");
        if (url == null || url.isBlank()) {
            skip("SELFEVAL_ES_URL is not set (start a node with .ci/elasticsearch.sh start)");
        }
        ElasticsearchClient es = EsConnection.open(new IndexElasticsearch(url, null, null, null, null, null)
                .withEnv(System.getenv()));
        String prefix = "selfeval-test-twoinstances-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            if (!EsConnection.ready(es, 10)) {
                skip("Elasticsearch at " + url + " does not answer");
            }
            run(es, prefix, Map.of("SELFEVAL_ES_URL", url, "SELFEVAL_ES_INDEX", prefix));
        } finally {
            Instant cleaning = Instant.now();
            for (String name : es.indices().get(g -> g.index(prefix + "*")).indices().keySet()) {
                es.indices().delete(d -> d.index(name));
            }
            es.close();
            System.out.printf("two instances: test indices deleted in %d s%n",
                    Duration.between(cleaning, Instant.now()).toSeconds());
        }
    }

    private void run(ElasticsearchClient es, String prefix, Map<String, String> env) throws Exception {
        Instant generating = Instant.now();
        List<Path> reports = ServiceHarness.generate(tmp.resolve("gen"), REPORTS + 1, 12_000);
        System.out.printf("two instances: %d reports generated in %d s%n", reports.size(),
                Duration.between(generating, Instant.now()).toSeconds());
        Path same = reports.get(REPORTS);
        Path store = tmp.resolve("store");
        Instant started = Instant.now();
        ChildService a = ChildService.start(tmp.resolve("work-a"), store, config(ID_A), env, "512m");
        try (ChildService b = ChildService.start(tmp.resolve("work-b"), store, config(ID_B), env, "512m")) {
            long upAfter = Duration.between(started, Instant.now()).toSeconds();
            List<String> batches = new ArrayList<>();
            // An upload to A is listed by B at once; the same file sent to both at the same moment.
            String a1 = a.upload(reports.subList(0, 10), "A-1");
            batches.add(a1);
            await(() -> listed(b, a1), Duration.ofSeconds(15), () -> "B lists A's upload");
            var toA = CompletableFuture.supplyAsync(() -> uploadQuietly(a, same, "同一文件-A"));
            var toB = CompletableFuture.supplyAsync(() -> uploadQuietly(b, same, "同一文件-B"));
            String sameA = toA.get();
            String sameB = toB.get();
            String b1 = b.upload(reports.subList(10, 20), "B-1");
            batches.addAll(List.of(sameA, sameB, b1));
            awaitFinal(b, batches, Duration.ofSeconds(120), "the first batches checked");
            // A decision made via one process is seen via the other, both ways.
            String shaA = firstSha(b.get("/api/batches/" + a1, 200));
            String shaB = firstSha(a.get("/api/batches/" + b1, 200));
            String findingA = b.get("/api/reports/" + shaA, 200).at("/findings/0/id").asText();
            String findingB = a.get("/api/reports/" + shaB, 200).at("/findings/0/id").asText();
            b.decide(shaA, findingA, "confirmed", "经B确认");
            a.decide(shaB, findingB, "dismissed", "经A排除");
            assertEquals("confirmed", decision(a, shaA, findingA));
            assertEquals("dismissed", decision(b, shaB, findingB));

            // The rest in batches of ten to each; A is killed while it holds some of them.
            List<String> ofA = new ArrayList<>();
            for (int i = 20; i < REPORTS; i += 10) {
                ChildService to = i < 60 ? a : b;
                String batch = to.upload(reports.subList(i, i + 10), (to == a ? "A-" : "B-") + i);
                batches.add(batch);
                if (to == a) {
                    ofA.add(batch);
                }
            }
            Set<String> unfinishedAtKill = new HashSet<>();
            await(() -> {
                // Mid-batch: files uploaded to A still unfinished (either process may be checking them,
                // the inbox is shared); waiting for A itself to hold one made the kill timing-dependent.
                Set<String> open = unfinished(a, ofA);
                if (open.size() >= 5) {
                    unfinishedAtKill.addAll(open);
                    return true;
                }
                return false;
            }, Duration.ofSeconds(120), () -> "A processing with files still queued");
            a.kill();
            assertFalse(a.alive());

            Instant killed = Instant.now();
            awaitFinal(b, batches, Duration.ofSeconds(180), "every batch finished by the survivor");
            System.out.printf("two instances: %d files, both up after %d s, A killed with %d unfinished after %d s,"
                            + " all final %d s after the kill%n", REPORTS + 2, upAfter, unfinishedAtKill.size(),
                    Duration.between(started, killed).toSeconds(), Duration.between(killed, Instant.now()).toSeconds());
            Instant checked = Instant.now();
            verify(es, prefix, b, batches, unfinishedAtKill, store);
            System.out.printf("two instances: verified in %d s%n", Duration.between(checked, Instant.now()).toSeconds());
            assertEquals("confirmed", decision(b, shaA, findingA), "decision made via B before the kill");
            assertEquals("dismissed", decision(b, shaB, findingB), "decision made via A, seen by the survivor");
        } finally {
            Instant stopping = Instant.now();
            a.close();
            System.out.printf("two instances: A stopped in %d s%n", Duration.between(stopping, Instant.now()).toSeconds());
        }
    }

    private static void verify(ElasticsearchClient es, String prefix, ChildService b, List<String> batches,
                               Set<String> unfinishedAtKill, Path store) throws Exception {
        Set<String> shas = new HashSet<>();
        int records = 0;
        int duplicates = 0;
        int finishedByB = 0;
        Set<String> seenInstances = new HashSet<>();
        for (String batch : batches) {
            for (JsonNode f : b.get("/api/batches/" + batch, 200).path("files")) {
                records++;
                assertEquals("ok", f.path("status").asText(), f.toString());
                shas.add(f.path("sha256").asText());
                duplicates += f.hasNonNull("duplicateOf") ? 1 : 0;
                seenInstances.add(f.path("instance").asText());
                if (unfinishedAtKill.contains(batch + "/" + f.path("id").asText())
                        && ID_B.equals(f.path("instance").asText())) {
                    finishedByB++;
                }
            }
        }
        assertEquals(REPORTS + 2, records);
        assertEquals(REPORTS + 1, shas.size(), "distinct contents");
        assertEquals(1, duplicates, "the same file sent to both: one check, one duplicate");
        assertEquals(Set.of(ID_A, ID_B), seenInstances, "records name the process that finished them");
        assertTrue(finishedByB > 0, "the survivor finished files the killed process had left");
        for (String sha : shas) {
            b.get("/api/reports/" + sha, 200);
        }
        // Each content checked exactly once, across both processes and the kill.
        es.indices().refresh(r -> r.index(prefix + "-shas", prefix));
        var claims = es.search(s -> s.index(prefix + "-shas").size(500), ObjectNode.class).hits().hits();
        Map<String, Integer> checks = new HashMap<>();
        claims.forEach(h -> checks.put(h.id(), h.source().path("checks").asInt()));
        assertEquals(shas, checks.keySet(), "one claim per content");
        checks.forEach((sha, n) -> assertEquals(1, n, "checks of " + sha));
        claims.forEach(h -> assertEquals("done", h.source().path("state").asText()));
        // No duplicate in the index: each distinct content once.
        assertEquals(shas.size(), es.count(c -> c.index(prefix)).count(), "reports in the index");
        for (String sha : shas) {
            assertTrue(es.get(g -> g.index(prefix).id(sha), ObjectNode.class).found(), sha);
        }
        assertEquals(0, files(store.resolve("inbox")), "nothing left in the inbox");
        assertEquals(REPORTS + 2, files(store.resolve("done")), "every file archived exactly once");
        assertTrue(b.get("/api/batches", 200).path("batches").size() >= batches.size());
    }

    /** The shipped config with short poll, heartbeat and staleness intervals, so the test is quick. */
    private Path config(String instanceId) throws Exception {
        Path dst = org.selfeval.testing.ConfigCopy.of(ConfigLoader.configDir().toAbsolutePath(),
                tmp.resolve("config-" + instanceId));
        Path yaml = dst.resolve("selfeval.yaml");
        String text = Files.readString(yaml);
        for (String[] r : new String[][]{{"engine: lucene", "engine: elasticsearch"},
                {"poll_delay_ms: 1000", "poll_delay_ms: 200"}, {"read_lock_min_age_ms: 2000", "read_lock_min_age_ms: 300"},
                {"parallelism: 0\n  queue_size", "parallelism: 1\n  queue_size"}, {"word_pages: true", "word_pages: false"},
                // Word reports shown as text: each first view would otherwise wait for a LibreOffice conversion.
                {"soffice: soffice", "soffice: selfeval-test-no-libreoffice"},
                {"heartbeat_ms: 3000", "heartbeat_ms: 500"}, {"stale_after_ms: 15000", "stale_after_ms: 3000"},
                {"release_delay_ms: 2000", "release_delay_ms: 1000"}, {"instance_id: \"\"", "instance_id: " + instanceId}}) {
            assertTrue(text.contains(r[0]), r[0]);
            text = text.replace(r[0], r[1]);
        }
        Files.writeString(yaml, text);
        return dst;
    }

    private static String uploadQuietly(ChildService to, Path file, String label) {
        try {
            return to.upload(List.of(file), label);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean listed(ChildService via, String batch) {
        try {
            for (JsonNode n : via.get("/api/batches", 200).path("batches")) {
                if (batch.equals(n.path("batch").asText())) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** "batch/fileId" of the files not yet final, as the process shows them. */
    private static Set<String> unfinished(ChildService via, List<String> batches) {
        Set<String> open = new HashSet<>();
        for (String batch : batches) {
            try {
                for (JsonNode f : via.get("/api/batches/" + batch, 200).path("files")) {
                    String st = f.path("status").asText();
                    if (!st.equals("ok") && !st.equals("failed")) {
                        open.add(batch + "/" + f.path("id").asText());
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return open;
    }

    private static String firstSha(JsonNode batch) {
        for (JsonNode f : batch.path("files")) {
            if (!f.hasNonNull("duplicateOf")) {
                return f.path("sha256").asText();
            }
        }
        throw new AssertionError("no checked file in " + batch);
    }

    private static String decision(ChildService via, String sha, String findingId) throws Exception {
        for (JsonNode f : via.get("/api/reports/" + sha, 200).path("findings")) {
            if (findingId.equals(f.path("id").asText())) {
                return f.at("/decision/status").asText();
            }
        }
        throw new AssertionError("finding " + findingId + " not in " + sha);
    }

    private static long files(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".reason.json"))
                    .count();
        }
    }

    /** Until every file of the batches is ok or failed as {@code via} shows them; else fails naming the rest. */
    private static void awaitFinal(ChildService via, List<String> batches, Duration timeout, String what)
            throws InterruptedException {
        await(() -> unfinished(via, batches).isEmpty(), timeout, () -> what + "; unfinished (batch/file): "
                + new TreeSet<>(unfinished(via, batches)) + "\nlast lines of the survivor's log:\n" + via.tail());
    }

    private static void await(BooleanSupplier condition, Duration timeout, Supplier<String> what)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for: " + what.get());
    }

    private static void skip(String reason) {
        System.err.println("TwoInstancesTest skipped: " + reason);
        Assumptions.abort(reason);
    }
}
