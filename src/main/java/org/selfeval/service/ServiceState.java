package org.selfeval.service;

import org.selfeval.config.SelfEvalConfig;
import org.selfeval.service.es.EsServiceState;

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
        if (SelfEvalConfig.Index.ELASTICSEARCH.equals(config.index().engine())) {
            return EsServiceState.open(config.index().elasticsearch(), folders.originals());
        }
        return files(folders);
    }

    /**
     * The stores in the work folder (the embedded engine's). Batch counts are made again from the
     * records first: a crash between a record and its batch's counts must not leave them wrong.
     */
    public static ServiceState files(WorkFolders folders) {
        FileBatchStore batches = new FileBatchStore(folders.batches());
        int fixed = batches.recountAll();
        if (fixed > 0) {
            org.slf4j.LoggerFactory.getLogger(ServiceState.class).info("recounted {} batch(es)", fixed);
        }
        return new ServiceState(new FileResultStore(folders.results(), folders.originals()),
                new FileDecisionStore(folders.decisions()), batches, () -> { });
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
