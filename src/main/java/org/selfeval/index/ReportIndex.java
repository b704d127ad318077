package org.selfeval.index;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The search index of checked reports; Lucene embedded or Elasticsearch, same semantics. */
public interface ReportIndex extends AutoCloseable {

    /**
     * Same sha256 replaces; a newer version of the same {@link VersionGroup} (department, year, kind,
     * and project for project reports) supersedes older ones
     * (current=false, still findable with includeSuperseded). Returns once the report is stored.
     */
    void upsert(IndexedReport report);

    /**
     * A writer that may batch writes (Elasticsearch: bulk requests). Reports added to it and not yet
     * stored are already seen by {@link #get} and {@link #byDepartment} of this instance; search
     * sees them after {@link Writer#flush()} and {@link #refresh()}.
     */
    default Writer writer() {
        return new SynchronousWriter(this);
    }

    /** Batched writes with the semantics of {@link #upsert}; several writers of one index may be open. */
    interface Writer extends AutoCloseable {

        /**
         * Queues a report. The future completes with the report as stored (its current flag
         * decided) once it is durably in the index, or fails with an {@link IndexWriteException}
         * saying why; a failed report is never dropped silently.
         */
        CompletableFuture<IndexedReport> add(IndexedReport report);

        /** Sends what is buffered and waits until every report added so far is stored or failed. */
        void flush();

        /** Flushes; the index stays open. */
        @Override
        void close();
    }

    Optional<IndexedReport> get(String sha256);

    /** Every indexed report of a department, all years and versions (for cross-year checks). */
    List<IndexedReport> byDepartment(String department);

    SearchResult search(SearchQuery query);

    long count();

    /** Makes writes visible to search. */
    void refresh();

    @Override
    void close();
}
