package org.selfeval.index;

import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/** The writer of an engine without batching: each report is stored when added. */
public final class SynchronousWriter implements ReportIndex.Writer {

    private final UnaryOperator<IndexedReport> store;

    /** Upserts, then reads the report back for its current flag (one read per report). */
    SynchronousWriter(ReportIndex index) {
        this(report -> {
            index.upsert(report);
            return index.get(report.sha256()).orElse(report);
        });
    }

    /**
     * @param store upserts a report and returns it as stored; an engine that knows the stored form
     *              without reading it back passes that (a read per report makes an engine with
     *              near-real-time readers reopen its reader for every report)
     */
    public SynchronousWriter(UnaryOperator<IndexedReport> store) {
        this.store = store;
    }

    @Override
    public CompletableFuture<IndexedReport> add(IndexedReport report) {
        try {
            return CompletableFuture.completedFuture(store.apply(report));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e instanceof IndexWriteException ? e
                    : new IndexWriteException("报告未能写入索引：" + report.file(), String.valueOf(e.getMessage()), e));
        }
    }

    @Override
    public void flush() {
        // Every report is stored when added.
    }

    @Override
    public void close() {
        flush();
    }
}
