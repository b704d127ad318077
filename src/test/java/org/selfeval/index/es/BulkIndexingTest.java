package org.selfeval.index.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.selfeval.config.EsBulk;
import org.selfeval.config.IndexElasticsearch;
import org.selfeval.index.ContractCorpus;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.IndexWriteException;
import org.selfeval.index.IndexedReport;
import org.selfeval.index.ReportIndex;
import org.selfeval.index.bench.DerivedCorpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bulk writes against the test node, directly and through a proxy that answers 429 (skipped without SELFEVAL_ES_URL). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BulkIndexingTest {

    private static final IndexAnalysis ANALYSIS = IndexAnalysis.fromConfig(Path.of("config"));

    private EsTestNode node;
    private List<IndexedReport> base;

    @BeforeAll
    void connect() {
        node = EsTestNode.require(getClass());
        base = List.copyOf(ContractCorpus.reports(ANALYSIS).values());
    }

    @AfterAll
    void deleteIndices() throws Exception {
        if (node != null) {
            node.close();
        }
    }

    private static IndexElasticsearch settings(String url, EsBulk bulk) {
        return new IndexElasticsearch(url, null, null, null, null, null, 5_000, 10_000, bulk, false);
    }

    @Test
    void queuedReports_seenByGetAndByDepartment_beforeTheyAreSent() {
        // Nothing is sent before flush: no count, size or interval is reached.
        EsBulk never = new EsBulk(100_000, 1L << 30, 600_000, 1, 2, 50);
        List<IndexedReport> reports = List.copyOf(new DerivedCorpus(ANALYSIS).derive(base, 20, 3));
        try (ElasticsearchReportIndex index = new ElasticsearchReportIndex(node.client(), node.newName(), ANALYSIS,
                false, settings(node.url(), never))) {
            ReportIndex.Writer writer = index.writer();
            List<CompletableFuture<IndexedReport>> futures = reports.stream().map(writer::add).toList();
            IndexedReport first = reports.get(0);
            IndexedReport newer = versionOf(first, "newer", first.indexedAtMillis() + 1);
            futures = new ArrayList<>(futures);
            futures.add(writer.add(newer));

            assertTrue(futures.stream().noneMatch(CompletableFuture::isDone), "nothing may have been sent yet");
            assertEquals(0, index.count());
            assertEquals(first.file(), index.get(first.sha256()).orElseThrow().file());
            Map<String, Boolean> current = currentByFile(index.byDepartment(first.department()));
            assertEquals(Boolean.FALSE, current.get(first.file()), "the queued newer version supersedes it");
            assertEquals(Boolean.TRUE, current.get(newer.file()));

            writer.close();
            assertTrue(futures.stream().allMatch(f -> f.isDone() && !f.isCompletedExceptionally()));
            index.refresh();
            assertEquals(21, index.count());
            assertFalse(index.get(first.sha256()).orElseThrow().current());
            assertTrue(index.get(newer.sha256()).orElseThrow().current());
            assertEquals(current, currentByFile(index.byDepartment(first.department())));
        }
    }

    @Test
    void noReportLost_whenTheNodeAnswers429() throws Exception {
        // A copy: the derived list is lazy and builds a new (equal) report on every get.
        List<IndexedReport> reports = List.copyOf(new DerivedCorpus(ANALYSIS).derive(base, 60, 5));
        String doomed = reports.get(17).sha256();
        EsBulk bulk = new EsBulk(10, 1L << 30, 50, 2, 4, 20);
        String name = node.newName();
        try (FaultProxy proxy = new FaultProxy(node.url(), 2, 7);
             ElasticsearchClient viaProxy = EsConnection.open(settings(proxy.url(), bulk));
             ElasticsearchReportIndex index = new ElasticsearchReportIndex(viaProxy, name, ANALYSIS, false,
                     settings(proxy.url(), bulk))) {
            proxy.alwaysReject(doomed);
            ReportIndex.Writer writer = index.writer();
            List<CompletableFuture<IndexedReport>> futures = reports.stream().map(writer::add).toList();
            writer.close();

            assertTrue(futures.stream().allMatch(CompletableFuture::isDone));
            assertEquals(2, proxy.rejectedRequests(), "whole bulk requests answered 429");
            assertTrue(proxy.rejectedItems() >= 7 + 5, "items answered 429: " + proxy.rejectedItems());
            for (int i = 0; i < reports.size(); i++) {
                CompletableFuture<IndexedReport> f = futures.get(i);
                if (reports.get(i).sha256().equals(doomed)) {
                    ExecutionException e = assertThrows(ExecutionException.class, f::get);
                    IndexWriteException failure = assertInstanceOf(IndexWriteException.class, e.getCause());
                    assertTrue(failure.getMessage().contains(reports.get(i).file()), failure.getMessage());
                    assertTrue(failure.getMessage().contains("未能写入"), failure.getMessage());
                    assertTrue(failure.detail().contains("429"), failure.detail());
                } else {
                    assertEquals(reports.get(i).sha256(), storedOrFail(f).sha256());
                }
            }
        }
        try (ElasticsearchReportIndex direct = new ElasticsearchReportIndex(node.client(), name, ANALYSIS, false)) {
            direct.refresh();
            assertEquals(reports.size() - 1, direct.count());
            for (IndexedReport r : reports) {
                long copies = node.client().count(c -> c.index(name)
                        .query(EsQueries.term("sha256", FieldValue.of(r.sha256())))).count();
                assertEquals(r.sha256().equals(doomed) ? 0 : 1, copies, r.file());
            }
        }
    }

    @Test
    void nodeGone_failsEveryQueuedReport() throws Exception {
        List<IndexedReport> reports = List.copyOf(new DerivedCorpus(ANALYSIS).derive(base, 6, 9));
        EsBulk bulk = new EsBulk(100, 1L << 30, 50, 1, 2, 20);
        FaultProxy proxy = new FaultProxy(node.url(), 0, 0);
        try (ElasticsearchClient viaProxy = EsConnection.open(settings(proxy.url(), bulk));
             ElasticsearchReportIndex index = new ElasticsearchReportIndex(viaProxy, node.newName(), ANALYSIS, false,
                     settings(proxy.url(), bulk))) {
            index.upsert(reports.get(0));
            proxy.close();
            ReportIndex.Writer writer = index.writer();
            List<CompletableFuture<IndexedReport>> futures = reports.subList(1, 6).stream().map(writer::add).toList();
            writer.flush();
            for (CompletableFuture<IndexedReport> f : futures) {
                ExecutionException e = assertThrows(ExecutionException.class, f::get);
                assertInstanceOf(IndexWriteException.class, e.getCause());
            }
            IndexWriteException direct = assertThrows(IndexWriteException.class, () -> index.upsert(reports.get(1)));
            assertTrue(direct.getMessage().contains(reports.get(1).file()), direct.getMessage());
        } finally {
            proxy.close();
        }
    }

    /** The stored report, or a test failure that shows the node's reason (not just the message). */
    private static IndexedReport storedOrFail(CompletableFuture<IndexedReport> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            String detail = e.getCause() instanceof IndexWriteException w ? w.detail() : String.valueOf(e.getCause());
            throw new AssertionError(e.getCause().getMessage() + " — " + detail, e.getCause());
        }
    }

    static IndexedReport versionOf(IndexedReport r, String tag, long indexedAt) {
        return new IndexedReport(org.selfeval.extract.Hashing.sha256((r.sha256() + tag).getBytes()), tag + "-" + r.file(),
                r.title(), r.department(), r.region(), r.year(), r.kind(), r.profile(), r.pages(), r.ocr(),
                r.completeness(), r.completenessMax(), r.missing(), r.findings(), r.text(), r.segmented(), r.sections(),
                r.figures(), true, indexedAt);
    }

    private static Map<String, Boolean> currentByFile(List<IndexedReport> reports) {
        Map<String, Boolean> out = new java.util.TreeMap<>();
        reports.forEach(r -> out.put(r.file(), r.current()));
        return out;
    }
}
