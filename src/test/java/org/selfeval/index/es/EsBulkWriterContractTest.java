package org.selfeval.index.es;

import org.junit.jupiter.api.AfterAll;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.IndexedReport;
import org.selfeval.index.ReportIndex;
import org.selfeval.index.ReportIndexContract;
import org.selfeval.index.SearchQuery;
import org.selfeval.index.SearchResult;

import java.util.List;
import java.util.Optional;

/**
 * The index contract with every write queued in the bulk writer and not waited for: reads before
 * {@link ReportIndex#refresh()} see queued reports, refresh sends them (skipped without SELFEVAL_ES_URL).
 */
class EsBulkWriterContractTest extends ReportIndexContract {

    private EsTestNode node;

    @Override
    protected synchronized ReportIndex newEmptyIndex(IndexAnalysis analysis) {
        if (node == null) {
            node = EsTestNode.require(getClass());
        }
        return new ThroughWriter(node.newIndex(analysis));
    }

    @Override
    protected synchronized ReportIndex newEmptyIndex(IndexAnalysis analysis, int facetValues) {
        if (node == null) {
            node = EsTestNode.require(getClass());
        }
        return new ThroughWriter(node.newIndex(analysis, facetValues));
    }

    @AfterAll
    void deleteIndices() throws Exception {
        if (node != null) {
            node.close();
        }
    }

    /** An index whose upsert only queues the report in a writer. */
    private static final class ThroughWriter implements ReportIndex {
        private final ReportIndex index;
        private final Writer writer;

        ThroughWriter(ReportIndex index) {
            this.index = index;
            this.writer = index.writer();
        }

        @Override
        public void upsert(IndexedReport report) {
            writer.add(report);
        }

        @Override
        public Optional<IndexedReport> get(String sha256) {
            return index.get(sha256);
        }

        @Override
        public List<IndexedReport> byDepartment(String department) {
            return index.byDepartment(department);
        }

        @Override
        public SearchResult search(SearchQuery query) {
            return index.search(query);
        }

        @Override
        public long count() {
            return index.count();
        }

        @Override
        public void refresh() {
            writer.flush();
            index.refresh();
        }

        @Override
        public void close() {
            writer.close();
            index.close();
        }
    }
}
