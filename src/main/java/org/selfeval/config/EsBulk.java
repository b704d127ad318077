package org.selfeval.config;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Bulk indexing into Elasticsearch (index.elasticsearch.bulk in selfeval.yaml): when the client's
 * BulkIngester sends a request, how many run at once, and how failed items are retried.
 *
 * @param maxOperations         send a bulk request once this many operations are buffered
 * @param maxBytes              ... or once the buffered operations reach this size
 * @param flushIntervalMs       ... or this long after the previous request at the latest
 * @param maxConcurrentRequests bulk requests in flight at once
 * @param retries               attempts after the first for an item (or a whole request) answered 429/5xx
 * @param retryInitialDelayMs   first retry delay; doubled for each further retry (exponential backoff)
 */
public record EsBulk(int maxOperations, long maxBytes, int flushIntervalMs, int maxConcurrentRequests, int retries,
                     int retryInitialDelayMs) {

    public static final EsBulk DEFAULTS = new EsBulk(500, 8L << 20, 1000, 2, 6, 200);
    private static final Set<String> KEYS = Set.of("max_operations", "max_bytes", "flush_interval_ms",
            "max_concurrent_requests", "retries", "retry_initial_delay_ms");

    public EsBulk {
        if (maxOperations <= 0 || maxBytes <= 0 || flushIntervalMs <= 0 || maxConcurrentRequests <= 0
                || retries < 0 || retryInitialDelayMs <= 0) {
            throw new IllegalArgumentException("index.elasticsearch.bulk: every value must be > 0 (retries ≥ 0)");
        }
    }

    /** The YAML mapping; absent keys take the defaults, unknown keys fail. */
    static EsBulk of(Object yaml) {
        if (yaml == null || yaml instanceof String s && s.isBlank()) {
            return DEFAULTS;
        }
        if (!(yaml instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("index.elasticsearch.bulk must be a mapping");
        }
        Set<String> unknown = new TreeSet<>();
        m.keySet().forEach(k -> unknown.add(String.valueOf(k)));
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown keys in index.elasticsearch.bulk: " + unknown);
        }
        return new EsBulk((int) number(m, "max_operations", DEFAULTS.maxOperations),
                number(m, "max_bytes", DEFAULTS.maxBytes),
                (int) number(m, "flush_interval_ms", DEFAULTS.flushIntervalMs),
                (int) number(m, "max_concurrent_requests", DEFAULTS.maxConcurrentRequests),
                (int) number(m, "retries", DEFAULTS.retries),
                (int) number(m, "retry_initial_delay_ms", DEFAULTS.retryInitialDelayMs));
    }

    private static long number(Map<?, ?> m, String key, long fallback) {
        Object v = m.get(key);
        if (v == null || v.toString().isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(v.toString().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("index.elasticsearch.bulk." + key + " must be a whole number", e);
        }
    }
}
