package org.selfeval.index.es;

import org.junit.jupiter.api.AfterAll;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.ReportIndex;
import org.selfeval.index.crossyear.CrossYearBothEnds;

/** The same on Elasticsearch (skipped without SELFEVAL_ES_URL). */
class EsCrossYearBothEndsTest extends CrossYearBothEnds {

    private EsTestNode node;

    @Override
    protected ReportIndex newEmptyIndex(IndexAnalysis analysis) {
        if (node == null) {
            node = EsTestNode.require(getClass());
        }
        return node.newIndex(analysis);
    }

    @AfterAll
    void closeNode() throws Exception {
        if (node != null) {
            node.close();
        }
    }
}
