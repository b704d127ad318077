package org.selfeval.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.selfeval.pipeline.Json;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A batch's counts, kept with the batch so the dashboard never reads its file records: sums over
 * the records (statuses and what {@link BatchTotals} counts) and, for review progress and
 * superseded versions, how many finished files have each sha256 and finding count
 * ({@code "<sha256>:<findings>"} → files). Additive: a record's change is applied as
 * {@code counts(new) - counts(old)}.
 */
public final class BatchCounts {

    /** The sums, in the order of the answer's status counts. */
    static final List<String> NAMES = List.of("total", FileRecord.QUEUED, FileRecord.PROCESSING, FileRecord.OK,
            FileRecord.FAILED, "withErrors", "errors", "warnings", "withMissing", "missingParts", "findings",
            "duplicates", "ocr");

    private final Map<String, Long> sums;
    private final Map<String, Long> reviewable;

    private BatchCounts(Map<String, Long> sums, Map<String, Long> reviewable) {
        this.sums = sums;
        this.reviewable = reviewable;
    }

    public static BatchCounts empty() {
        return new BatchCounts(new TreeMap<>(), new TreeMap<>());
    }

    /** What one record adds to its batch (nothing for null: no record yet). */
    public static BatchCounts of(FileRecord f) {
        BatchCounts c = empty();
        if (f == null) {
            return c;
        }
        c.add("total", 1);
        if (FileRecord.QUEUED.equals(f.status()) || FileRecord.PROCESSING.equals(f.status())
                || FileRecord.OK.equals(f.status()) || FileRecord.FAILED.equals(f.status())) {
            c.add(f.status(), 1);
        }
        if (FileRecord.OK.equals(f.status())) {
            c.add("errors", value(f.errors()));
            c.add("warnings", value(f.warnings()));
            c.add("withErrors", value(f.errors()) > 0 ? 1 : 0);
            c.add("missingParts", value(f.missing()));
            c.add("withMissing", value(f.missing()) > 0 ? 1 : 0);
            c.add("findings", value(f.findings()));
            c.add("ocr", Boolean.TRUE.equals(f.ocr()) ? 1 : 0);
            if (f.sha256() != null) {
                add(c.reviewable, f.sha256() + ":" + value(f.findings()), 1);
            }
        }
        c.add("duplicates", f.duplicateOf() != null ? 1 : 0);
        return c;
    }

    public static BatchCounts of(Collection<FileRecord> files) {
        BatchCounts c = empty();
        files.forEach(f -> c.plus(of(f)));
        return c;
    }

    /** The change from one record to the next. */
    public static BatchCounts delta(FileRecord before, FileRecord after) {
        return of(after).plus(of(before).negated());
    }

    /** Adds {@code other} into these counts; returns this. */
    public BatchCounts plus(BatchCounts other) {
        other.sums.forEach(this::add);
        other.reviewable.forEach((k, v) -> add(reviewable, k, v));
        return this;
    }

    public BatchCounts negated() {
        BatchCounts c = empty();
        sums.forEach((k, v) -> c.sums.put(k, -v));
        reviewable.forEach((k, v) -> c.reviewable.put(k, -v));
        return c;
    }

    public boolean isZero() {
        return sums.isEmpty() && reviewable.isEmpty();
    }

    public long get(String name) {
        return sums.getOrDefault(name, 0L);
    }

    /** The non-zero sums by name. */
    public Map<String, Long> sums() {
        return Map.copyOf(sums);
    }

    /** Files by "sha256:findings", for finished files with a sha256. */
    public Map<String, Long> reviewable() {
        return Map.copyOf(reviewable);
    }

    /** The sha256s of the batch's finished files. */
    public Set<String> shas() {
        Set<String> out = new TreeSet<>();
        reviewable.keySet().forEach(k -> out.add(sha(k)));
        return out;
    }

    static String sha(String reviewableKey) {
        return reviewableKey.substring(0, reviewableKey.lastIndexOf(':'));
    }

    static long findings(String reviewableKey) {
        return Long.parseLong(reviewableKey.substring(reviewableKey.lastIndexOf(':') + 1));
    }

    /** The batch summary's status counts as the answer has them: total, queued, processing, ok, failed. */
    void putStatuses(ObjectNode summary) {
        for (String name : NAMES.subList(0, 5)) {
            summary.put(name, get(name));
        }
    }

    public ObjectNode toJson() {
        ObjectNode n = Json.MAPPER.createObjectNode();
        sums.forEach(n.putObject("sums")::put);
        reviewable.forEach(n.putObject("reviewable")::put);
        return n;
    }

    /** Counts stored by {@link #toJson}; empty for a missing node. */
    public static BatchCounts fromJson(JsonNode n) {
        BatchCounts c = empty();
        if (n != null) {
            read(n.path("sums"), c.sums);
            read(n.path("reviewable"), c.reviewable);
        }
        return c;
    }

    private static void read(JsonNode from, Map<String, Long> into) {
        for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            add(into, e.getKey(), e.getValue().asLong());
        }
    }

    private void add(String name, long v) {
        add(sums, name, v);
    }

    /** Zero entries are dropped, so equal counts have equal maps. */
    private static void add(Map<String, Long> map, String key, long v) {
        if (v != 0) {
            long sum = map.getOrDefault(key, 0L) + v;
            if (sum == 0) {
                map.remove(key);
            } else {
                map.put(key, sum);
            }
        }
    }

    private static long value(Long v) {
        return v == null ? 0 : v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BatchCounts c && c.sums.equals(sums) && c.reviewable.equals(reviewable);
    }

    @Override
    public int hashCode() {
        return sums.hashCode() * 31 + reviewable.hashCode();
    }

    @Override
    public String toString() {
        return new LinkedHashMap<>(Map.of("sums", sums, "reviewable", reviewable)).toString();
    }
}
