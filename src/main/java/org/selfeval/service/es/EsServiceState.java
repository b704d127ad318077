package org.selfeval.service.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.selfeval.config.IndexElasticsearch;
import org.selfeval.index.IndexUnavailableException;
import org.selfeval.index.es.EsConnection;
import org.selfeval.service.ServiceState;

import java.nio.file.Path;
import java.util.List;

/**
 * The service's state on Elasticsearch: indices named from {@code index.elasticsearch.index}
 * plus -results, -texts, -decisions, -batches, -files, on the search index's node.
 */
public final class EsServiceState {

    /** The indices' names after the prefix. */
    public static final List<String> SUFFIXES = List.of("-results", "-texts", "-decisions", "-batches", "-files");

    private EsServiceState() {
    }

    /** Opens the stores on the configured node (own client, closed with the state). */
    public static ServiceState open(IndexElasticsearch config, Path originals) {
        ElasticsearchClient client = EsConnection.openReady(config);
        try {
            return of(client, config.index(), originals, client::close);
        } catch (RuntimeException e) {
            EsConnection.closeQuietly(client);
            throw new IndexUnavailableException("Elasticsearch 上的服务数据索引（" + config.index() + "-*）无法打开："
                    + config.url() + " 没有正常应答。", e);
        }
    }

    /** The stores on a client the caller owns, under the given index prefix. */
    public static ServiceState of(ElasticsearchClient client, String prefix, Path originals, AutoCloseable resources) {
        return new ServiceState(new EsResultStore(client, prefix, originals), new EsDecisionStore(client, prefix),
                new EsBatchStore(client, prefix), resources);
    }
}
