package org.selfeval.index.bench;

import java.util.Map;

/**
 * What {@code selfeval bench-index} measured on one engine.
 *
 * @param indexed      reports in the index after the run (equals reports when every sha256 is new)
 * @param meanTotal    mean number of matching reports per query
 * @param emptyQueries queries that matched nothing
 * @param loadAverage  the machine's 1-minute load average before the timed queries (others' work skews latency)
 */
public record BenchIndexResult(String engine, String corpus, int reports, long indexed, double indexSeconds,
                               double reportsPerSecond, long indexBytes, int queries, int warmupRounds,
                               Latencies latency, double meanTotal, int emptyQueries,
                               Map<String, Latencies> latencyByKind, Map<String, Integer> emptyByKind, int cores,
                               double loadAverage) {

    public String table() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("engine %s%n", engine));
        s.append(String.format("corpus %s%n", corpus));
        s.append(String.format("indexing  %d reports (%d in index) in %.1f s = %.0f reports/s, refresh included%n",
                reports, indexed, indexSeconds, reportsPerSecond));
        s.append(String.format("index size  %.1f MB (%d bytes)%n", indexBytes / 1048576.0, indexBytes));
        s.append(String.format("machine  %d cores, load average %.2f before the timed queries%n", cores, loadAverage));
        s.append(String.format("queries  %d timed after %d warm-up round(s); mean matches %.1f, %d matched nothing%n",
                queries, warmupRounds, meanTotal, emptyQueries));
        s.append(String.format("%-22s %5s %5s %8s %8s %8s %8s %8s%n", "kind", "n", "empty", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "mean ms"));
        latencyByKind.forEach((k, l) -> s.append(row(k, emptyByKind.getOrDefault(k, 0), l)));
        s.append(row("all", emptyQueries, latency));
        return s.toString();
    }

    private static String row(String name, int empty, Latencies l) {
        return String.format("%-22s %5d %5d %8.2f %8.2f %8.2f %8.2f %8.2f%n", name, l.count(), empty, l.p50(), l.p95(),
                l.p99(), l.max(), l.mean());
    }
}
