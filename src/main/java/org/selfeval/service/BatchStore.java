package org.selfeval.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.selfeval.extract.Hashing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Batches and the status of each of their files. {@link FileBatchStore} keeps them in the work
 * folder; the Elasticsearch store in indices, so several service processes share them. Each
 * batch keeps its {@link BatchCounts}, updated with every {@link #put}, so listing batches reads
 * no file record.
 */
public interface BatchStore {

    /**
     * A batch and its kept counts.
     *
     * @param batch what the batch's answer shows of it: batch, name, created
     */
    record Counted(ObjectNode batch, BatchCounts counts) {
    }

    /** The id of a file in a batch: stable for the same batch and name, so a restart finds it again. */
    static String fileId(String batch, String name) {
        return Hashing.sha256(batch + "/" + name).substring(0, 12);
    }

    /** Creates the batch unless it exists; returns whether it was created. */
    boolean ensure(String batch, String name);

    boolean exists(String batch);

    /** Stores the record and applies its change (old record → this one) to the batch's counts. */
    void put(String batch, FileRecord record);

    Optional<FileRecord> file(String batch, String fileId);

    /**
     * One batch with its files (by name), or empty. Its kept counts are made again from the files
     * read here when they differ, so a writer that died between a record and its counts leaves
     * them wrong only until the batch is next opened.
     */
    Optional<ObjectNode> batch(String batch);

    /** The batch's file records, by name. */
    List<FileRecord> files(String batch);

    /** The ids of all batches. */
    List<String> ids();

    /** Every batch with its kept counts, newest first; reads no file record. */
    List<Counted> counted();

    /** Every batch with its counts per status (total, queued, processing, ok, failed), newest first. */
    default List<ObjectNode> summaries() {
        List<ObjectNode> out = new ArrayList<>();
        for (Counted c : counted()) {
            ObjectNode n = c.batch().deepCopy();
            c.counts().putStatuses(n);
            out.add(n);
        }
        return out;
    }
}
