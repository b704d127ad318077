package org.selfeval.index;

import java.util.concurrent.CompletableFuture;

/** The writer of an engine without batching: each report is upserted when added. */
final class SynchronousWriter implements ReportIndex.Writer {

    private final ReportIndex index;

    SynchronousWriter(ReportIndex index) {
        this.index = index;
    }

    @Override
    public CompletableFuture<IndexedReport> add(IndexedReport report) {
        try {
            index.upsert(report);
            return CompletableFuture.completedFuture(index.get(report.sha256()).orElse(report));
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
