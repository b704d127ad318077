package org.selfeval.index.es;

import org.junit.jupiter.api.AfterAll;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.ReportIndex;
import org.selfeval.index.ReportIndexContract;

/** The index contract against a real Elasticsearch node (skipped without SELFEVAL_ES_URL). */
class ElasticsearchReportIndexTest extends ReportIndexContract {

    private EsTestNode node;

    @Override
    protected synchronized ReportIndex newEmptyIndex(IndexAnalysis analysis) {
        if (node == null) {
            node = EsTestNode.require(getClass());
        }
        return node.newIndex(analysis);
    }

    @Override
    protected synchronized ReportIndex newEmptyIndex(IndexAnalysis analysis, int facetValues) {
        if (node == null) {
            node = EsTestNode.require(getClass());
        }
        return node.newIndex(analysis, facetValues);
    }

    @AfterAll
    void deleteIndices() throws Exception {
        if (node != null) {
            node.close();
        }
    }
}
