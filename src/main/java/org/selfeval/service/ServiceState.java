package org.selfeval.service;

import org.selfeval.config.SelfEvalConfig;

/**
 * The service's state for the configured engine: with the embedded engine the stores are files in
 * the work folder; with Elasticsearch they are indices next to the search index, so several
 * {@code serve} processes on one node share them (originals stay files in the originals folder).
 */
public final class ServiceState implements AutoCloseable {

    private final ResultStore results;
    private final DecisionStore decisions;
    private final BatchStore batches;
    private final AutoCloseable resources;

    public ServiceState(ResultStore results, DecisionStore decisions, BatchStore batches, AutoCloseable resources) {
        this.results = results;
        this.decisions = decisions;
        this.batches = batches;
        this.resources = resources;
    }

    /** Opens every store for {@code index.engine}; the work folders must exist. */
    public static ServiceState open(SelfEvalConfig config, WorkFolders folders) {
        return files(folders);
    }

    /** The stores in the work folder (the embedded engine's). */
    public static ServiceState files(WorkFolders folders) {
        return new ServiceState(new FileResultStore(folders.results(), folders.originals()),
                new FileDecisionStore(folders.decisions()), new FileBatchStore(folders.batches()), () -> { });
    }

    public ResultStore results() {
        return results;
    }

    public DecisionStore decisions() {
        return decisions;
    }

    public BatchStore batches() {
        return batches;
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(ServiceState.class).warn("closing the service state: {}", e.toString());
        }
    }
}
