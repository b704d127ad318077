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
import java.util.stream.Stream;

/**
 * Batches and the status of each of their files, in the work folder: {@code batches/<id>/batch.json} and
 * one {@code files/<fileId>.json} per file, each written atomically, so a crash never loses or
 * mixes a status and concurrent workers never write the same file.
 */
public final class FileBatchStore implements BatchStore {

    private final Path root;

    public FileBatchStore(Path root) {
        this.root = root;
    }

    /** Creates the batch unless it exists; returns whether it was created. */
    @Override
    public synchronized boolean ensure(String batch, String name) {
        Path meta = root.resolve(batch).resolve("batch.json");
        if (Files.exists(meta)) {
            return false;
        }
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("batch", batch);
        n.put("name", name);
        n.put("created", Instant.now().toString());
        AtomicFiles.write(meta, Json.line(n).getBytes(StandardCharsets.UTF_8));
        return true;
    }

    @Override
    public boolean exists(String batch) {
        return Files.exists(root.resolve(batch).resolve("batch.json"));
    }

    @Override
    public void put(String batch, FileRecord record) {
        AtomicFiles.write(root.resolve(batch).resolve("files").resolve(record.id() + ".json"),
                Json.line(record).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Optional<FileRecord> file(String batch, String fileId) {
        Path p = root.resolve(batch).resolve("files").resolve(fileId + ".json");
        return Files.exists(p) ? Optional.of(read(p, FileRecord.class)) : Optional.empty();
    }

    /** One batch with its files (by name), or empty. */
    @Override
    public Optional<ObjectNode> batch(String batch) {
        if (!FileNames.batchId(batch).equals(batch) || !exists(batch)) {
            return Optional.empty();
        }
        ObjectNode n = (ObjectNode) read(root.resolve(batch).resolve("batch.json"), JsonNode.class);
        ArrayNode files = n.putArray("files");
        files(batch).forEach(f -> files.add(Json.MAPPER.valueToTree(f)));
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
                    .map(p -> read(p, FileRecord.class))
                    .sorted(Comparator.comparing(FileRecord::name)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of all batches. */
    @Override
    public List<String> ids() {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(dir -> Files.exists(dir.resolve("batch.json")))
                    .map(dir -> dir.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every batch with its counts per status, newest first. */
    @Override
    public List<ObjectNode> summaries() {
        List<ObjectNode> out = new ArrayList<>();
        for (String batch : ids()) {
            ObjectNode n = (ObjectNode) read(root.resolve(batch).resolve("batch.json"), JsonNode.class);
            List<FileRecord> files = files(batch);
            n.put("total", files.size());
            for (String status : List.of(FileRecord.QUEUED, FileRecord.PROCESSING, FileRecord.OK, FileRecord.FAILED)) {
                n.put(status, files.stream().filter(f -> status.equals(f.status())).count());
            }
            out.add(n);
        }
        out.sort(Comparator.comparing((ObjectNode n) -> n.path("created").asText()).reversed());
        return out;
    }

    private static <T> T read(Path p, Class<T> type) {
        try {
            return ResultStore.READER.readValue(p.toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }
}
