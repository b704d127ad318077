package org.selfeval.index.bench;

import java.util.Arrays;

/**
 * Summary of timed operations in milliseconds; percentiles by nearest rank.
 */
public record Latencies(int count, double p50, double p95, double p99, double max, double mean) {

    public static Latencies of(long[] nanos) {
        if (nanos.length == 0) {
            return new Latencies(0, 0, 0, 0, 0, 0);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        return new Latencies(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6, mean);
    }

    private static double rank(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
