package org.selfeval.index.bench;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.config.ConfigLoader;
import org.selfeval.config.IndexElasticsearch;
import org.selfeval.config.SelfEvalConfig;
import org.selfeval.engine.SelfEvalEngine;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.IndexedReport;
import org.selfeval.pipeline.DocumentReader;
import org.selfeval.synth.DocxRenderer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plumbing of the index benchmark on a small run; speed is not asserted. */
class IndexBenchmarkTest {

    private static final IndexAnalysis ANALYSIS = IndexAnalysis.standard();

    @TempDir
    Path tmp;

    private List<IndexedReport> base() throws Exception {
        SelfEvalConfig config = ConfigLoader.load();
        BaseReports reports = new BaseReports(SelfEvalEngine.standard(config, ConfigLoader.configDir()),
                DocumentReader.standard(config.outlineRules()), ANALYSIS);
        return reports.ensure(tmp.resolve("source"), 2, 2, 7, List.of(new DocxRenderer()));
    }

    @Test
    void smallLuceneRun_countsAndOrderedPercentiles() throws Exception {
        List<IndexedReport> base = base();
        assertEquals(4, base.size());
        List<IndexedReport> corpus = new DerivedCorpus(ANALYSIS).derive(base, 40, 1);
        List<QueryMix.Entry> mix = QueryMix.build(corpus, 20, 1, 10);

        BenchIndexResult r;
        try (BenchEngine engine = BenchEngine.lucene(tmp.resolve("data"), ANALYSIS, 100, 2)) {
            r = new IndexBenchmark(engine.index(), engine::sizeBytes).run("lucene", "test", corpus, mix, 1);
        }

        assertEquals(40, r.reports());
        assertEquals(40, r.indexed());
        assertTrue(r.indexBytes() > 0);
        assertEquals(20, r.latency().count());
        assertEquals(20, r.latencyByKind().values().stream().mapToInt(Latencies::count).sum());
        Latencies l = r.latency();
        assertTrue(0 < l.p50() && l.p50() <= l.p95() && l.p95() <= l.p99() && l.p99() <= l.max(), l.toString());
        assertTrue(r.emptyQueries() < 20, "some queries must match");
        assertTrue(r.table().contains("p95"));
    }

    @Test
    void cachedBaseSet_isReusedAsIs() throws Exception {
        List<IndexedReport> first = base();
        List<IndexedReport> cached = BaseReports.read(tmp.resolve("source").resolve(BaseReports.CACHE));
        assertEquals(first, cached);
    }

    @Test
    void elasticsearchRun_indexesAndMeasuresStore() throws Exception {
        String url = System.getenv("SELFEVAL_ES_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "SELFEVAL_ES_URL is not set");
        List<IndexedReport> corpus = new DerivedCorpus(ANALYSIS).derive(
                List.copyOf(org.selfeval.index.ContractCorpus.reports(ANALYSIS).values()), 30, 1);
        IndexElasticsearch config = new IndexElasticsearch(url, null, null, null, null, null).withEnv(System.getenv());
        String name = "selfeval-test-bench-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        BenchIndexResult r;
        try (BenchEngine engine = BenchEngine.elasticsearch(config, name, ANALYSIS, false, 100)) {
            r = new IndexBenchmark(engine.index(), engine::sizeBytes).run("elasticsearch", "test", corpus,
                    QueryMix.build(corpus, 20, 1, 10), 1);
        }
        assertEquals(30, r.indexed());
        assertTrue(r.indexBytes() > 0);
        assertTrue(r.latency().p50() <= r.latency().p95());
    }
}
