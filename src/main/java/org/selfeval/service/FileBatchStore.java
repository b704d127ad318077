package org.selfeval.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.selfeval.pipeline.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * Batches and the status of each of their files, in the work folder: {@code batches/<id>/batch.json},
 * {@code counts.json} (its {@link BatchCounts}) and one {@code files/<fileId>.json} per file, each
 * written atomically, so a crash never loses or mixes a status and concurrent workers never write
 * the same file. A record and its batch's counts change under the batch's lock; a crash between the
 * two is repaired by {@link #recountAll()} at start-up.
 */
public final class FileBatchStore implements BatchStore {

    private final Path root;
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();
    /** File records read from disk: the seam that shows the batch list reads none. */
    private final LongAdder recordReads = new LongAdder();

    public FileBatchStore(Path root) {
        this.root = root;
    }

    /** Creates the batch unless it exists; returns whether it was created. */
    @Override
    public boolean ensure(String batch, String name) {
        synchronized (lock(batch)) {
            Path meta = root.resolve(batch).resolve("batch.json");
            if (Files.exists(meta)) {
                return false;
            }
            ObjectNode n = Json.MAPPER.createObjectNode();
            n.put("batch", batch);
            n.put("name", name);
            n.put("created", Instant.now().toString());
            writeCounts(batch, BatchCounts.empty());
            AtomicFiles.write(meta, Json.line(n).getBytes(StandardCharsets.UTF_8));
            return true;
        }
    }

    @Override
    public boolean exists(String batch) {
        return Files.exists(root.resolve(batch).resolve("batch.json"));
    }

    @Override
    public void put(String batch, FileRecord record) {
        synchronized (lock(batch)) {
            FileRecord before = file(batch, record.id()).orElse(null);
            AtomicFiles.write(root.resolve(batch).resolve("files").resolve(record.id() + ".json"),
                    Json.line(record).getBytes(StandardCharsets.UTF_8));
            BatchCounts delta = BatchCounts.delta(before, record);
            if (!delta.isZero()) {
                writeCounts(batch, counts(batch).plus(delta));
            }
        }
    }

    @Override
    public Optional<FileRecord> file(String batch, String fileId) {
        Path p = root.resolve(batch).resolve("files").resolve(fileId + ".json");
        return Files.exists(p) ? Optional.of(readRecord(p)) : Optional.empty();
    }

    @Override
    public Optional<ObjectNode> batch(String batch) {
        if (!FileNames.batchId(batch).equals(batch) || !exists(batch)) {
            return Optional.empty();
        }
        ObjectNode n = meta(batch);
        ArrayNode list = n.putArray("files");
        List<FileRecord> files;
        synchronized (lock(batch)) {
            files = files(batch);
            recount(batch, files);
        }
        files.forEach(f -> list.add(Json.MAPPER.valueToTree(f)));
        return Optional.of(n);
    }

    @Override
    public List<FileRecord> files(String batch) {
        Path dir = root.resolve(batch).resolve("files");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")
                            && !p.getFileName().toString().startsWith("."))
                    .map(this::readRecord)
                    .sorted(Comparator.comparing(FileRecord::name)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> ids() {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(dir -> Files.exists(dir.resolve("batch.json")))
                    .map(dir -> dir.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Counted> counted() {
        List<Counted> out = new ArrayList<>();
        for (String batch : ids()) {
            out.add(new Counted(meta(batch), counts(batch)));
        }
        out.sort(Comparator.comparing((Counted c) -> c.batch().path("created").asText()).reversed());
        return out;
    }

    /** Makes every batch's counts again from its records (start-up: a crash may have cut a put short). */
    public int recountAll() {
        int fixed = 0;
        for (String batch : ids()) {
            synchronized (lock(batch)) {
                fixed += recount(batch, files(batch)) ? 1 : 0;
            }
        }
        return fixed;
    }

    /** How many file records were read from disk since this store was made. */
    long recordReads() {
        return recordReads.sum();
    }

    /** Caller holds the batch's lock. */
    private boolean recount(String batch, List<FileRecord> files) {
        BatchCounts actual = BatchCounts.of(files);
        if (actual.equals(counts(batch))) {
            return false;
        }
        writeCounts(batch, actual);
        return true;
    }

    private Object lock(String batch) {
        return locks.computeIfAbsent(batch, b -> new Object());
    }

    private ObjectNode meta(String batch) {
        return (ObjectNode) read(root.resolve(batch).resolve("batch.json"), JsonNode.class);
    }

    /** The kept counts; empty for a batch from before counts were kept (recounted at start-up). */
    private BatchCounts counts(String batch) {
        Path p = root.resolve(batch).resolve("counts.json");
        return Files.exists(p) ? BatchCounts.fromJson(read(p, JsonNode.class)) : BatchCounts.empty();
    }

    private void writeCounts(String batch, BatchCounts counts) {
        AtomicFiles.write(root.resolve(batch).resolve("counts.json"),
                Json.line(counts.toJson()).getBytes(StandardCharsets.UTF_8));
    }

    private FileRecord readRecord(Path p) {
        recordReads.increment();
        return read(p, FileRecord.class);
    }

    private static <T> T read(Path p, Class<T> type) {
        try {
            return ResultStore.READER.readValue(p.toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }
}
