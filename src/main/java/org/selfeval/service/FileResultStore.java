package org.selfeval.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.selfeval.engine.ReportResult;
import org.selfeval.pipeline.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Check results and original files by sha256 in the work folder: {@code results/<sha256>.json} (the contract object
 * plus where it came from), {@code results/<sha256>.text.json} (the document's text by page, see
 * {@link DocumentText}) and {@code originals/<sha256>} (the submitted bytes).
 */
public final class FileResultStore implements ResultStore {

    private final Path results;
    private final OriginalFiles originals;

    public FileResultStore(Path results, Path originals) {
        this.results = results;
        this.originals = new OriginalFiles(originals);
    }

    @Override
    public void keepOriginal(Path file, String sha256) {
        originals.keep(file, sha256);
    }

    @Override
    public Optional<Path> original(String sha256) {
        return originals.get(sha256);
    }

    @Override
    public void put(String originalName, String origin, ReportResult result) {
        Stored s = new Stored(originalName, origin, Instant.now().toString(), result);
        AtomicFiles.write(results.resolve(result.sha256() + ".json"), Json.line(s).getBytes(StandardCharsets.UTF_8));
    }

    /** The document's text by page; written before the result, so a stored result finds it (newer stores). */
    @Override
    public void putText(String sha256, ObjectNode text) {
        AtomicFiles.write(results.resolve(sha256 + ".text.json"), Json.line(text).getBytes(StandardCharsets.UTF_8));
    }

    /** The text by page, or empty for an unknown sha256 or a result stored before texts were kept. */
    @Override
    public Optional<ObjectNode> text(String sha256) {
        return ResultStore.isSha256(sha256) ? readTree(results.resolve(sha256 + ".text.json")) : Optional.empty();
    }

    @Override
    public Optional<ObjectNode> read(String sha256) {
        return ResultStore.isSha256(sha256) ? readTree(results.resolve(sha256 + ".json")) : Optional.empty();
    }

    private static Optional<ObjectNode> readTree(Path p) {
        if (!Files.exists(p)) {
            return Optional.empty();
        }
        try {
            JsonNode n = Json.MAPPER.readTree(p.toFile());
            return Optional.of((ObjectNode) n);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }
}
