package org.selfeval.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.selfeval.extract.Hashing;

import java.util.List;
import java.util.Optional;

/**
 * Batches and the status of each of their files. {@link FileBatchStore} keeps them in the work
 * folder; the Elasticsearch store in indices, so several service processes share them.
 */
public interface BatchStore {

    /** The id of a file in a batch: stable for the same batch and name, so a restart finds it again. */
    static String fileId(String batch, String name) {
        return Hashing.sha256(batch + "/" + name).substring(0, 12);
    }

    /** Creates the batch unless it exists; returns whether it was created. */
    boolean ensure(String batch, String name);

    boolean exists(String batch);

    void put(String batch, FileRecord record);

    Optional<FileRecord> file(String batch, String fileId);

    /** One batch with its files (by name), or empty. */
    Optional<ObjectNode> batch(String batch);

    /** The batch's file records, by name. */
    List<FileRecord> files(String batch);

    /** The ids of all batches. */
    List<String> ids();

    /** Every batch with its counts per status, newest first. */
    List<ObjectNode> summaries();
}
