package org.selfeval.index.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.CommonStatsFlag;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.json.JsonData;
import org.selfeval.config.IndexElasticsearch;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.ReportIndex;
import org.selfeval.index.es.ElasticsearchReportIndex;
import org.selfeval.index.es.EsConnection;
import org.selfeval.index.lucene.LuceneReportIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * A fresh, empty index of one engine for the benchmark, with a way to read its size on disk. It
 * never touches the user's index: Lucene gets its own folder, Elasticsearch its own index name,
 * both emptied before the run.
 */
public final class BenchEngine implements AutoCloseable {

    private final ReportIndex index;
    private final LongSupplier size;
    private final AutoCloseable cleanup;

    private BenchEngine(ReportIndex index, LongSupplier size, AutoCloseable cleanup) {
        this.index = index;
        this.size = size;
        this.cleanup = cleanup;
    }

    public ReportIndex index() {
        return index;
    }

    public long sizeBytes() {
        return size.getAsLong();
    }

    /**
     * An empty Lucene index in {@code dir} (deleted first if it exists).
     *
     * @param facetValues   values per facet, as configured for users (index.query.facet_values)
     * @param searchThreads threads per search, as configured (index.query.search_threads)
     */
    public static BenchEngine lucene(Path dir, IndexAnalysis analysis, int facetValues, int searchThreads) {
        deleteTree(dir);
        LuceneReportIndex index = new LuceneReportIndex(dir, analysis, facetValues, searchThreads);
        return new BenchEngine(index, () -> folderSize(dir), () -> { });
    }

    /**
     * An empty index named {@code indexName} on the configured node (deleted first if it exists, and
     * again on close unless {@code keep}).
     */
    public static BenchEngine elasticsearch(IndexElasticsearch config, String indexName, IndexAnalysis analysis,
                                            boolean keep, int facetValues) {
        ElasticsearchClient client = EsConnection.open(config);
        if (!EsConnection.ready(client, 10)) {
            throw new IllegalStateException("Elasticsearch 不可用: " + config.url());
        }
        deleteIndex(client, indexName);
        ElasticsearchReportIndex index = new ElasticsearchReportIndex(client, indexName, analysis, false, config,
                facetValues);
        withoutRequestCache(client, indexName);
        return new BenchEngine(index, () -> storeSize(client, indexName), () -> {
            if (!keep) {
                deleteIndex(client, indexName);
            }
            client.close();
        });
    }

    @Override
    public void close() {
        index.close();
        try {
            cleanup.close();
        } catch (Exception e) {
            System.err.println("bench-index: cleanup failed: " + e);
        }
    }

    private static long storeSize(ElasticsearchClient client, String name) {
        try {
            // Flush so that the store holds the whole index, not only what the translog has yet to write.
            client.indices().flush(f -> f.index(name));
            return client.indices().stats(s -> s.index(name).metric(CommonStatsFlag.Store)).indices().get(name)
                    .total().store().sizeInBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stats of " + name, e);
        }
    }

    /**
     * The node's shard request cache answers a repeated count-and-facets search without running it;
     * the query mix repeats its queries (warm-up rounds, then the timed one), so with the cache the
     * timed round would measure the cache, not the search a reviewer's new query costs.
     */
    private static void withoutRequestCache(ElasticsearchClient client, String name) {
        try {
            client.indices().putSettings(p -> p.index(name)
                    .settings(s -> s.otherSettings("index.requests.cache.enable", JsonData.of(false))));
        } catch (IOException | ElasticsearchException e) {
            throw new IllegalStateException("cannot turn off the request cache of benchmark index " + name, e);
        }
    }

    private static void deleteIndex(ElasticsearchClient client, String name) {
        try {
            if (client.indices().exists(e -> e.index(name)).value()) {
                client.indices().delete(d -> d.index(name));
            }
        } catch (IOException | ElasticsearchException e) {
            throw new IllegalStateException("cannot delete benchmark index " + name, e);
        }
    }

    static long folderSize(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // a segment file merged away while walking
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + dir, e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
