package org.selfeval.index.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.selfeval.config.IndexElasticsearch;
import org.selfeval.index.ContractCorpus;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.IndexedReport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two index instances with two clients, as two `serve` processes would have, write versions of one
 * report at the same moments (shared_writers): the group always ends with exactly one current
 * version, the newest (skipped without SELFEVAL_ES_URL).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SharedWritersTest {

    private static final IndexAnalysis ANALYSIS = IndexAnalysis.fromConfig(Path.of("config"));
    private static final int ROUNDS = 8;

    private EsTestNode node;

    @BeforeAll
    void connect() {
        node = EsTestNode.require(getClass());
    }

    @AfterAll
    void deleteIndices() throws Exception {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void twoWritersOfOneGroup_atTheSameTime_leaveExactlyOneCurrent() throws Exception {
        IndexedReport base = ContractCorpus.reports(ANALYSIS).get("C24");
        IndexElasticsearch config = new IndexElasticsearch(node.url(), null, null, null, null, null)
                .withSharedWriters(true);
        String name = node.newName();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<IndexedReport> written = new ArrayList<>();
        try (ElasticsearchClient clientA = EsConnection.open(config);
             ElasticsearchClient clientB = EsConnection.open(config);
             ElasticsearchReportIndex a = new ElasticsearchReportIndex(clientA, name, ANALYSIS, false, config);
             ElasticsearchReportIndex b = new ElasticsearchReportIndex(clientB, name, ANALYSIS, false, config)) {
            a.upsert(base);
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<?>> runs = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                ElasticsearchReportIndex writer = w == 0 ? a : b;
                List<IndexedReport> mine = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    // Writer B's version of a round is the newer one in even rounds, A's in odd ones;
                    // round 3 has a tie on indexedAt, decided by sha256.
                    long at = base.indexedAtMillis() + 10L * (round + 1) + (round == 3 ? 0 : (w + round) % 2);
                    mine.add(BulkIndexingTest.versionOf(base, "w" + w + "r" + round, at));
                }
                written.addAll(mine);
                runs.add(pool.submit(() -> {
                    for (IndexedReport r : mine) {
                        together.await(30, TimeUnit.SECONDS);
                        writer.upsert(r);
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(150, TimeUnit.SECONDS);
            }
            written.add(base);
            IndexedReport newest = written.stream().max(Comparator.comparingLong(IndexedReport::indexedAtMillis)
                    .thenComparing(IndexedReport::sha256)).orElseThrow();

            for (ElasticsearchReportIndex reader : List.of(a, b)) {
                reader.refresh();
                List<IndexedReport> versions = reader.byDepartment(base.department());
                assertEquals(2 * ROUNDS + 1, versions.size());
                List<String> current = versions.stream().filter(IndexedReport::current).map(IndexedReport::file).toList();
                assertEquals(List.of(newest.file()), current, "exactly one current version, the newest");
            }
            assertTrue(a.get(newest.sha256()).orElseThrow().current());
        } finally {
            pool.shutdownNow();
        }
    }
}
