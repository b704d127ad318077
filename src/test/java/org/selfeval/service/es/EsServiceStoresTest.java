package org.selfeval.service.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.selfeval.index.es.EsTestNode;
import org.selfeval.service.BatchCounts;
import org.selfeval.service.ServiceState;
import org.selfeval.service.ServiceStoresContract;

import java.io.IOException;

/**
 * The store contract on Elasticsearch (SELFEVAL_ES_URL; skipped without it): main and peer are
 * stores on two clients under one fresh index prefix per test, as two serve processes would be.
 */
class EsServiceStoresTest extends ServiceStoresContract {

    private static EsTestNode node;
    private ServiceState main;
    private ServiceState peer;
    private String prefix;

    @BeforeAll
    static void connect() {
        node = EsTestNode.require(EsServiceStoresTest.class);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (node != null) {
            node.close();
        }
    }

    @BeforeEach
    void open() {
        prefix = node.newPrefix(EsServiceState.SUFFIXES);
        main = EsServiceState.of(node.client(), prefix, tmp.resolve("originals"), () -> { });
        ElasticsearchClient second = node.newClient();
        peer = EsServiceState.of(second, prefix, tmp.resolve("originals"), () -> { });
    }

    @Override
    protected ServiceState main() {
        return main;
    }

    @Override
    protected ServiceState peer() {
        return peer;
    }

    @Override
    protected void breakCounts(String batch) throws Exception {
        ElasticsearchClient c = node.client();
        ObjectNode doc = c.get(g -> g.index(prefix + "-batches").id(batch), ObjectNode.class).source();
        doc.set("counts", BatchCounts.empty().toJson());
        c.index(i -> i.index(prefix + "-batches").id(batch).document(doc));
    }

    @Override
    protected long recordReads() {
        return ((EsBatchStore) main.batches()).recordReads();
    }
}
