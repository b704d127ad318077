package org.selfeval.index.bench;

import org.selfeval.index.IndexedReport;
import org.selfeval.index.ReportIndex;
import org.selfeval.index.SearchResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Times indexing and searching on one engine: adds every report to the index's writer (bulk requests
 * for Elasticsearch), waits for all and refreshes once, fails if any report was not indexed, measures the
 * index size, runs the query mix once untimed to warm up, then times each query of the mix.
 */
public final class IndexBenchmark {

    private final ReportIndex index;
    private final LongSupplier sizeBytes;

    /**
     * @param index     an empty index of the engine under test
     * @param sizeBytes the engine's on-disk size of the index, read after the refresh
     */
    public IndexBenchmark(ReportIndex index, LongSupplier sizeBytes) {
        this.index = index;
        this.sizeBytes = sizeBytes;
    }

    public BenchIndexResult run(String engine, String corpusNote, List<IndexedReport> reports,
                                List<QueryMix.Entry> queries, int warmupRounds) {
        long start = System.nanoTime();
        // Failures are counted as writes complete: holding every future would hold every stored
        // report (100,000 texts do not fit in the heap).
        AtomicLong failed = new AtomicLong();
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        try (ReportIndex.Writer writer = index.writer()) {
            for (IndexedReport r : reports) {
                writer.add(r).whenComplete((stored, e) -> {
                    if (e != null) {
                        failed.incrementAndGet();
                        firstFailure.compareAndSet(null, e);
                    }
                });
            }
        }
        index.refresh();
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " of " + reports.size() + " reports were not indexed: "
                    + firstFailure.get());
        }
        double indexSeconds = (System.nanoTime() - start) / 1e9;
        long count = index.count();
        long size = sizeBytes.getAsLong();

        for (int round = 0; round < warmupRounds; round++) {
            queries.forEach(q -> index.search(q.query()));
        }
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double load = os.getSystemLoadAverage();
        long[] all = new long[queries.size()];
        Map<String, List<Long>> byKind = new LinkedHashMap<>();
        Map<String, Integer> emptyByKind = new LinkedHashMap<>();
        long hits = 0;
        int empty = 0;
        for (int i = 0; i < queries.size(); i++) {
            QueryMix.Entry q = queries.get(i);
            long t0 = System.nanoTime();
            SearchResult result = index.search(q.query());
            all[i] = System.nanoTime() - t0;
            byKind.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(all[i]);
            hits += result.total();
            empty += result.total() == 0 ? 1 : 0;
            emptyByKind.merge(q.kind(), result.total() == 0 ? 1 : 0, Integer::sum);
        }
        Map<String, Latencies> kinds = new LinkedHashMap<>();
        byKind.forEach((k, v) -> kinds.put(k, Latencies.of(v.stream().mapToLong(Long::longValue).toArray())));
        return new BenchIndexResult(engine, corpusNote, reports.size(), count, indexSeconds,
                indexSeconds > 0 ? reports.size() / indexSeconds : 0, size, queries.size(), warmupRounds,
                Latencies.of(all), queries.isEmpty() ? 0 : (double) hits / queries.size(), empty, kinds, emptyByKind,
                os.getAvailableProcessors(), load);
    }
}
