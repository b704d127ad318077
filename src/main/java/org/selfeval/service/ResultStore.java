package org.selfeval.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.selfeval.engine.ReportResult;
import org.selfeval.pipeline.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Check results, their document texts ({@link DocumentText}) and the original files, by sha256.
 * {@link FileResultStore} keeps them in the work folder; the Elasticsearch store in indices, so
 * several service processes share them.
 */
public interface ResultStore {

    Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** Reads back what {@link Json} wrote: derived getters (e.g. Figure.money) are written but not read. */
    ObjectMapper READER = Json.MAPPER.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * One stored result.
     *
     * @param origin "batch/fileId" of the file that produced it
     */
    record Stored(String originalName, String origin, String storedAt, ReportResult result) {
    }

    static boolean isSha256(String s) {
        return s != null && SHA256.matcher(s).matches();
    }

    /** The stored record of a tree from {@link #read}, for callers that need both forms. */
    static Stored stored(ObjectNode tree) {
        try {
            return READER.treeToValue(tree, Stored.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the submitted bytes; a link or FIFO put in the file's place is never read (copied). */
    void keepOriginal(Path file, String sha256);

    Optional<Path> original(String sha256);

    void put(String originalName, String origin, ReportResult result);

    /** The document's text by page; written before the result, so a stored result finds it (newer stores). */
    void putText(String sha256, ObjectNode text);

    /** The text by page, or empty for an unknown sha256 or a result stored before texts were kept. */
    Optional<ObjectNode> text(String sha256);

    default Optional<Stored> get(String sha256) {
        return read(sha256).map(ResultStore::stored);
    }

    /** The stored JSON as a tree, for answers that add fields to the contract object. */
    Optional<ObjectNode> read(String sha256);
}
