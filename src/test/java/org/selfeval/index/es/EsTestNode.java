package org.selfeval.index.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Assumptions;
import org.selfeval.config.IndexElasticsearch;
import org.selfeval.index.IndexAnalysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The Elasticsearch node of the tests: SELFEVAL_ES_URL (set by .ci/run after
 * .ci/elasticsearch.sh start). Tests skip, with the reason, when it is unset or does not answer.
 * Every index it makes has a fresh name and is deleted by {@link #close()}.
 */
public final class EsTestNode implements AutoCloseable {

    private final ElasticsearchClient client;
    private final String url;
    private final String prefix;
    private final List<String> created = new ArrayList<>();
    private final List<ElasticsearchClient> clients = new ArrayList<>();

    private EsTestNode(ElasticsearchClient client, String url, String prefix) {
        this.client = client;
        this.url = url;
        this.prefix = prefix;
    }

    /** Connects, or aborts the calling test (skipped) when no node is available. */
    public static EsTestNode require(Class<?> testClass) {
        String url = System.getenv("SELFEVAL_ES_URL");
        if (url == null || url.isBlank()) {
            skip(testClass, "SELFEVAL_ES_URL is not set (start a node with .ci/elasticsearch.sh start)");
        }
        ElasticsearchClient client = EsConnection.open(
                new IndexElasticsearch(url, null, null, null, null, null).withEnv(System.getenv()));
        if (!EsConnection.ready(client, 10)) {
            try {
                client.close();
            } catch (IOException e) {
                // The node is already unreachable; nothing to release.
            }
            skip(testClass, "Elasticsearch at " + url + " does not answer");
        }
        String prefix = "selfeval-test-" + testClass.getSimpleName().toLowerCase(Locale.ROOT) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        return new EsTestNode(client, url, prefix);
    }

    /** Surefire drops the reason of a class-level abort from its report, so it is printed too. */
    private static void skip(Class<?> testClass, String reason) {
        String message = testClass.getSimpleName() + " skipped: " + reason;
        System.err.println(message);
        Assumptions.abort(message);
    }

    /** A new, empty index under a fresh name; closing it leaves the client open. */
    synchronized ElasticsearchReportIndex newIndex(IndexAnalysis analysis) {
        return new ElasticsearchReportIndex(client, newName(), analysis, false);
    }

    /** A fresh index whose facets list {@code facetValues} values each. */
    synchronized ElasticsearchReportIndex newIndex(IndexAnalysis analysis, int facetValues) {
        return new ElasticsearchReportIndex(client, newName(), analysis, false,
                new org.selfeval.config.IndexElasticsearch(null, "unused", null, null, null, null), facetValues);
    }

    /** A fresh index name, deleted by {@link #close()}. */
    synchronized String newName() {
        String name = prefix + "-" + created.size();
        created.add(name);
        return name;
    }

    /** The node's URL, for a second client or a proxy in front of it. */
    String url() {
        return url;
    }

    public ElasticsearchClient client() {
        return client;
    }

    /** Another client to the node, as a second process would have; closed by {@link #close()}. */
    public synchronized ElasticsearchClient newClient() {
        ElasticsearchClient c = EsConnection.open(
                new IndexElasticsearch(System.getenv("SELFEVAL_ES_URL"), null, null, null, null, null)
                        .withEnv(System.getenv()));
        clients.add(c);
        return c;
    }

    /** A fresh index name prefix; the indices named {@code <prefix><suffix>} are deleted by {@link #close()}. */
    public synchronized String newPrefix(List<String> suffixes) {
        String name = prefix + "-" + created.size();
        created.add(name);
        suffixes.forEach(s -> created.add(name + s));
        return name;
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            for (String name : created) {
                client.indices().delete(d -> d.index(name).ignoreUnavailable(true));
            }
        } finally {
            for (ElasticsearchClient c : clients) {
                c.close();
            }
            client.close();
        }
    }
}
