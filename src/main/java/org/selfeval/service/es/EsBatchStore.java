package org.selfeval.service.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.selfeval.pipeline.Json;
import org.selfeval.service.BatchCounts;
import org.selfeval.service.BatchStore;
import org.selfeval.service.FileNames;
import org.selfeval.service.FileRecord;
import org.selfeval.service.ResultStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * Batches in {@code <index>-batches} (one document per batch with its {@link BatchCounts}) and file
 * records in {@code <index>-files} (one per batch and file id). Records and counts are written with
 * optimistic concurrency (if_seq_no / if_primary_term, retried on conflict), so processes never
 * lose each other's changes. A record is read by real-time get; listing a batch's
 * files is a search, so it refreshes the files index first: uploads and status changes are seen by
 * every process at once, and writers (the intake) never wait for a refresh. A new batch is written
 * with refresh=wait_for, so the batch list in any process shows it as soon as the upload answers.
 */
public final class EsBatchStore implements BatchStore {

    private static final int PAGE = 1000;
    private static final int MAX_ATTEMPTS = 50;
    private final EsStateIndex batches;
    private final EsStateIndex files;
    /** File records read from the node: the seam that shows the batch list reads none. */
    private final LongAdder recordReads = new LongAdder();

    public EsBatchStore(ElasticsearchClient client, String prefix) {
        this.batches = new EsStateIndex(client, prefix + "-batches", "{\"batch\":{\"type\":\"keyword\"},"
                + "\"created\":{\"type\":\"keyword\"},\"name\":{\"type\":\"keyword\",\"index\":false},"
                + "\"counts\":{\"type\":\"object\",\"enabled\":false}}");
        this.files = new EsStateIndex(client, prefix + "-files", "{\"batch\":{\"type\":\"keyword\"},"
                + "\"name\":{\"type\":\"keyword\"},\"record\":{\"type\":\"object\",\"enabled\":false}}");
    }

    @Override
    public boolean ensure(String batch, String name) {
        ObjectNode doc = Json.MAPPER.createObjectNode();
        doc.put("batch", batch);
        doc.put("name", name);
        doc.put("created", Instant.now().toString());
        doc.set("counts", BatchCounts.empty().toJson());
        return batches.putIf(batch, null, doc, true);
    }

    @Override
    public boolean exists(String batch) {
        return batches.get(batch).isPresent();
    }

    @Override
    public void put(String batch, FileRecord record) {
        String id = fileDocId(batch, record.id());
        ObjectNode doc = Json.MAPPER.createObjectNode();
        doc.put("batch", batch);
        doc.put("name", record.name());
        doc.set("record", Json.MAPPER.valueToTree(record));
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<EsStateIndex.Versioned> before = files.get(id);
            FileRecord old = before.map(this::record).orElse(null);
            if (files.putIf(id, before.orElse(null), doc, false)) {
                addCounts(batch, BatchCounts.delta(old, record));
                return;
            }
            backOff(attempt);
        }
        throw new IllegalStateException("file record " + id + " kept changing under " + MAX_ATTEMPTS + " attempts");
    }

    /**
     * Adds the change to the batch's counts: read, add, write if unchanged since the read, else
     * again (no script: the node may run without Painless).
     */
    private void addCounts(String batch, BatchCounts delta) {
        if (delta.isZero()) {
            return;
        }
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<EsStateIndex.Versioned> doc = batches.get(batch);
            if (doc.isEmpty()) {
                return; // no batch to count in (never ensured): its list is made from the records
            }
            ObjectNode next = doc.get().source().deepCopy();
            next.set("counts", BatchCounts.fromJson(next.get("counts")).plus(delta).toJson());
            if (batches.putIf(batch, doc.get(), next, false)) {
                return;
            }
            backOff(attempt);
        }
        throw new IllegalStateException("counts of batch " + batch + " kept changing under " + MAX_ATTEMPTS + " attempts");
    }

    /** A short random pause, so writers that collided do not collide again in step. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1 + Math.min(attempt, 10) * 5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while updating batch counts", e);
        }
    }

    @Override
    public Optional<FileRecord> file(String batch, String fileId) {
        return files.get(fileDocId(batch, fileId)).map(this::record);
    }

    @Override
    public Optional<ObjectNode> batch(String batch) {
        if (!FileNames.batchId(batch).equals(batch)) {
            return Optional.empty();
        }
        Optional<EsStateIndex.Versioned> doc = batches.get(batch);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        List<FileRecord> records = files(batch);
        BatchCounts actual = BatchCounts.of(records);
        if (!actual.equals(BatchCounts.fromJson(doc.get().source().get("counts")))) {
            // Only if nobody changed the batch since it was read: a writer's script would mean our list is old.
            ObjectNode fixed = doc.get().source().deepCopy();
            fixed.set("counts", actual.toJson());
            batches.putIf(batch, doc.get(), fixed, false);
        }
        ObjectNode n = meta(doc.get().source());
        ArrayNode list = n.putArray("files");
        records.forEach(r -> list.add(Json.MAPPER.valueToTree(r)));
        return Optional.of(n);
    }

    @Override
    public List<FileRecord> files(String batch) {
        files.refresh();
        List<FileRecord> out = new ArrayList<>();
        EsPaging.each(files, EsPaging.term("batch", batch), "name", SortOrder.Asc, List.of(),
                hit -> out.add(record(hit)));
        return out;
    }

    @Override
    public List<String> ids() {
        List<String> out = new ArrayList<>();
        EsPaging.each(batches, EsPaging.all(), "batch", SortOrder.Asc, List.of("batch"),
                hit -> out.add(hit.path("batch").asText()));
        return out;
    }

    /** The ids by a search (sorted by creation), then every batch by one real-time multi-get. */
    @Override
    public List<Counted> counted() {
        List<String> ids = new ArrayList<>();
        EsPaging.each(batches, EsPaging.all(), "created", SortOrder.Desc, List.of("batch"),
                hit -> ids.add(hit.path("batch").asText()));
        List<Counted> out = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += PAGE) {
            List<String> page = ids.subList(from, Math.min(ids.size(), from + PAGE));
            try {
                MgetResponse<ObjectNode> got = batches.client.mget(m -> m.index(batches.name).ids(page),
                        ObjectNode.class);
                for (MultiGetResponseItem<ObjectNode> item : got.docs()) {
                    if (item.isResult() && item.result().found() && item.result().source() != null) {
                        ObjectNode s = item.result().source();
                        out.add(new Counted(meta(s), BatchCounts.fromJson(s.get("counts"))));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Elasticsearch mget failed on " + batches.name, e);
            }
        }
        return out;
    }

    /** How many file records were read from the node since this store was made. */
    public long recordReads() {
        return recordReads.sum();
    }

    private FileRecord record(EsStateIndex.Versioned doc) {
        return record(doc.source());
    }

    private FileRecord record(ObjectNode source) {
        recordReads.increment();
        return ResultStore.READER.convertValue(source.get("record"), FileRecord.class);
    }

    /** What the batch's answer shows: batch, name, created (not the counts). */
    private static ObjectNode meta(ObjectNode source) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        for (String f : List.of("batch", "name", "created")) {
            if (source.has(f)) {
                n.set(f, source.get(f));
            }
        }
        return n;
    }

    private static String fileDocId(String batch, String fileId) {
        return batch + ":" + fileId;
    }
}
