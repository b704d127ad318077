package org.selfeval.index.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.selfeval.config.IndexElasticsearch;
import org.selfeval.index.IndexUnavailableException;
import org.selfeval.index.IndexedReport;
import org.selfeval.index.VersionGroup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;

/**
 * The write path of an index that only this process writes: supersede flags from the version
 * cache ({@link VersionGroups}), documents and flag changes through the bulk writer
 * ({@link EsBulkWriter}). Decisions are serialised so that each sees the versions queued before it.
 */
final class SingleWriter implements AutoCloseable {

    private static final int MAX_VERSIONS = 10_000;

    private final ElasticsearchClient client;
    private final String index;
    private final VersionGroups versions;
    private final EsBulkWriter bulk;

    /** @param written called when an operation has been stored (reads must refresh to see it) */
    SingleWriter(ElasticsearchClient client, String index, EsDocuments documents, IndexElasticsearch settings,
                 Runnable written) {
        this.client = client;
        this.index = index;
        try {
            client.indices().refresh(r -> r.index(index));
            // An empty index at the first write holds no version this process does not write itself:
            // no group needs to be read (a bulk load into a new index reads nothing back).
            boolean empty = client.count(c -> c.index(index)).count() == 0;
            versions = new VersionGroups(empty ? g -> Map.of() : this::loadGroup);
        } catch (IOException e) {
            throw new IndexUnavailableException("Elasticsearch 写入失败：节点没有正常应答，请稍后重试或检查节点状态。", e);
        }
        bulk = new EsBulkWriter(client, new EsBulkWriter.Host() {
            @Override
            public String indexName() {
                return index;
            }

            @Override
            public Object source(IndexedReport report) {
                return documents.toSource(report);
            }

            @Override
            public void written() {
                written.run();
            }

            @Override
            public Map<String, Boolean> failed(IndexedReport report) {
                synchronized (SingleWriter.this) {
                    return versions.forget(report.sha256());
                }
            }
        }, settings.bulk(), settings.socketTimeoutMs());
    }

    /**
     * Decides the supersede flags and queues the report and the flag changes of other versions.
     * The future fails with the report's own failure, else with that of a flag change.
     */
    synchronized CompletableFuture<IndexedReport> enqueue(IndexedReport report) {
        Map<String, Boolean> flags = versions.write(report);
        IndexedReport stored = report.withCurrent(flags.get(report.sha256()));
        CompletableFuture<Void> own = bulk.index(stored);
        List<CompletableFuture<Void>> all = new ArrayList<>(List.of(own));
        flags.forEach((sha, current) -> {
            if (!sha.equals(report.sha256())) {
                all.add(bulk.flag(sha, current));
            }
        });
        CompletableFuture<IndexedReport> result = new CompletableFuture<>();
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).whenComplete((v, t) -> {
            if (t == null) {
                result.complete(stored);
            } else {
                Throwable why = own.isCompletedExceptionally() ? own.handle((x, e) -> e).join() : t;
                result.completeExceptionally(why instanceof CompletionException c && c.getCause() != null
                        ? c.getCause() : why);
            }
        });
        return result;
    }

    void await(CompletableFuture<?> future) {
        bulk.await(future);
    }

    Optional<EsBulkWriter.Pending> pending(String sha) {
        return bulk.pending(sha);
    }

    List<IndexedReport> merge(List<IndexedReport> stored, Predicate<IndexedReport> matches) {
        return bulk.merge(stored, matches);
    }

    void flush() {
        bulk.flush();
    }

    @Override
    public void close() {
        bulk.close();
    }

    /**
     * The stored versions of a version group. No refresh: this process's own writes to the group
     * are already known to {@link VersionGroups}, which asks only for groups it has not seen.
     */
    private Map<String, VersionGroups.Version> loadGroup(VersionGroup group) {
        try {
            SearchResponse<ObjectNode> response = client.search(s -> s.index(index).size(MAX_VERSIONS)
                    .query(EsQueries.group(group))
                    .source(src -> src.filter(f -> f.includes("sha256", "indexedAtMillis", "current"))),
                    ObjectNode.class);
            Map<String, VersionGroups.Version> out = new HashMap<>();
            for (Hit<ObjectNode> hit : response.hits().hits()) {
                ObjectNode s = hit.source();
                String sha = s.path("sha256").asText();
                out.put(sha, new VersionGroups.Version(sha, s.path("indexedAtMillis").asLong(),
                        s.path("current").asBoolean()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch search failed", e);
        }
    }
}
