package org.selfeval.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.selfeval.engine.ReportResult;
import org.selfeval.extract.ExtractionException;
import org.selfeval.extract.InputGate;
import org.selfeval.pipeline.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Check results and original files by sha256: {@code results/<sha256>.json} (the contract object
 * plus where it came from), {@code results/<sha256>.text.json} (the document's text by page, see
 * {@link DocumentText}) and {@code originals/<sha256>} (the submitted bytes).
 */
public final class ResultStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** Reads back what {@link Json} wrote: derived getters (e.g. Figure.money) are written but not read. */
    static final com.fasterxml.jackson.databind.ObjectMapper READER = Json.MAPPER.copy()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path results;
    private final Path originals;

    public ResultStore(Path results, Path originals) {
        this.results = results;
        this.originals = originals;
    }

    /**
     * One stored result.
     *
     * @param origin "batch/fileId" of the file that produced it
     */
    public record Stored(String originalName, String origin, String storedAt, ReportResult result) {
    }

    public static boolean isSha256(String s) {
        return s != null && SHA256.matcher(s).matches();
    }

    /** Keeps the submitted bytes; a link or FIFO put in the file's place is never read (copied). */
    public void keepOriginal(Path file, String sha256) {
        Path target = originals.resolve(sha256);
        if (Files.exists(target)) {
            return;
        }
        try (InputStream in = InputGate.open(file, Long.MAX_VALUE)) {
            AtomicFiles.copyIfAbsent(in, target);
        } catch (ExtractionException e) {
            throw new UncheckedIOException(new IOException(file + ": " + e.failure().detail()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public Optional<Path> original(String sha256) {
        if (!isSha256(sha256)) {
            return Optional.empty();
        }
        Path p = originals.resolve(sha256);
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }

    public void put(String originalName, String origin, ReportResult result) {
        Stored s = new Stored(originalName, origin, Instant.now().toString(), result);
        AtomicFiles.write(results.resolve(result.sha256() + ".json"), Json.line(s).getBytes(StandardCharsets.UTF_8));
    }

    /** The document's text by page; written before the result, so a stored result finds it (newer stores). */
    public void putText(String sha256, ObjectNode text) {
        AtomicFiles.write(results.resolve(sha256 + ".text.json"), Json.line(text).getBytes(StandardCharsets.UTF_8));
    }

    /** The text by page, or empty for an unknown sha256 or a result stored before texts were kept. */
    public Optional<ObjectNode> text(String sha256) {
        return isSha256(sha256) ? readTree(results.resolve(sha256 + ".text.json")) : Optional.empty();
    }

    public Optional<Stored> get(String sha256) {
        return read(sha256).map(ResultStore::stored);
    }

    /** The stored record of a tree from {@link #read}, for callers that need both forms. */
    public static Stored stored(ObjectNode tree) {
        try {
            return READER.treeToValue(tree, Stored.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored JSON as a tree, for answers that add fields to the contract object. */
    public Optional<ObjectNode> read(String sha256) {
        return isSha256(sha256) ? readTree(results.resolve(sha256 + ".json")) : Optional.empty();
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
