package org.selfeval.index.bench;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.config.IndexElasticsearch;
import org.selfeval.index.ContractCorpus;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.IndexedReport;
import org.selfeval.index.ReportIndex;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The query-by-query comparison of two indexes, on a derived corpus (re-labelled copies: many tied scores). */
class EngineComparisonTest {

    private static final IndexAnalysis ANALYSIS = IndexAnalysis.standard();

    @TempDir
    Path tmp;

    private static List<IndexedReport> corpus() {
        return new DerivedCorpus(ANALYSIS).derive(List.copyOf(ContractCorpus.reports(ANALYSIS).values()), 40, 1);
    }

    private static void fill(ReportIndex index, List<IndexedReport> reports) {
        try (ReportIndex.Writer writer = index.writer()) {
            reports.forEach(writer::add);
        }
        index.refresh();
    }

    @Test
    void sameReports_agreeOnEveryQuery_oneMissing_isCounted() {
        List<IndexedReport> corpus = corpus();
        List<QueryMix.Entry> mix = QueryMix.build(corpus, 40, 1, 5);
        try (BenchEngine a = BenchEngine.lucene(tmp.resolve("a"), ANALYSIS, 100, 1);
             BenchEngine b = BenchEngine.lucene(tmp.resolve("b"), ANALYSIS, 100, 2);
             BenchEngine c = BenchEngine.lucene(tmp.resolve("c"), ANALYSIS, 100, 1)) {
            fill(a.index(), corpus);
            fill(b.index(), corpus);
            // The third index lacks the last quarter of the reports.
            fill(c.index(), corpus.subList(0, 30));

            EngineComparison.Result same = EngineComparison.compare("a", a.index(), "b", b.index(), mix);
            assertTrue(same.agree(), same.table());
            assertEquals(40, same.sameHits());
            assertTrue(same.examples().isEmpty());

            EngineComparison.Result differ = EngineComparison.compare("a", a.index(), "c", c.index(), mix);
            assertFalse(differ.agree(), differ.table());
            assertTrue(differ.sameTotal() < 40, differ.table());
            assertFalse(differ.examples().isEmpty());
            assertTrue(differ.table().contains("differs: "), differ.table());
        }
    }

    @Test
    void luceneAndElasticsearch_sameRankedHitsTotalsAndFacets() {
        String url = System.getenv("SELFEVAL_ES_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "SELFEVAL_ES_URL is not set");
        List<IndexedReport> corpus = corpus();
        List<QueryMix.Entry> mix = QueryMix.build(corpus, 60, 2, 5);
        IndexElasticsearch config = new IndexElasticsearch(url, null, null, null, null, null).withEnv(System.getenv());
        String name = "selfeval-test-compare-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        try (BenchEngine lucene = BenchEngine.lucene(tmp.resolve("l"), ANALYSIS, 100, 2);
             BenchEngine es = BenchEngine.elasticsearch(config, name, ANALYSIS, false, 100)) {
            fill(lucene.index(), corpus);
            fill(es.index(), corpus);
            EngineComparison.Result r = EngineComparison.compare("lucene", lucene.index(), "elasticsearch", es.index(), mix);
            assertTrue(r.agree(), r.table());
        }
    }
}
