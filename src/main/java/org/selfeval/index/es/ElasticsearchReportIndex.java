package org.selfeval.index.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchItem;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.SearchRequestBody;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.transport.endpoints.BooleanResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.selfeval.config.IndexElasticsearch;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.IndexUnavailableException;
import org.selfeval.index.IndexedReport;
import org.selfeval.index.VersionGroup;
import org.selfeval.index.ReportIndex;
import org.selfeval.index.SearchHit;
import org.selfeval.index.SearchQuery;
import org.selfeval.index.SearchResult;
import org.selfeval.index.Snippets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * {@link ReportIndex} on Elasticsearch through the official client. Documents are keyed by
 * sha256; text analysis happens in Java ({@link IndexAnalysis}) so the node needs only its
 * built-in whitespace analyzer; snippets come from {@link Snippets}, like the embedded engine's.
 * Like the embedded engine, every read sees this process's earlier writes: reads refresh first
 * when something was written, and {@link #get}/{@link #byDepartment} also see reports still in
 * the bulk writer. Single writer (default): writes go through one {@link EsBulkWriter} and are
 * serialised within the process so that each supersede decision sees the versions written before
 * it ({@link VersionGroups}). Shared writers (index.elasticsearch.shared_writers): each upsert
 * reads and reconciles its version group ({@link SharedWriters}); the writer is then synchronous.
 */
public final class ElasticsearchReportIndex implements ReportIndex {

    private static final String MAPPING = "/org/selfeval/index/es/mapping.json";
    /** Elasticsearch's default max_result_window: more reports than this per department is not real. */
    private static final int MAX_FETCH = 10_000;
    private static final List<String> HIT_FIELDS = List.of("file", "sha256", "title", "department", "year", "kind",
            "region", "text");

    private final ElasticsearchClient client;
    private final String index;
    private final IndexAnalysis analysis;
    private final EsDocuments documents;
    private final EsQueries queries;
    private final boolean ownsClient;
    private final IndexElasticsearch settings;
    private final SharedWriters shared;
    private final int facetValues;
    private SingleWriter single;
    private volatile boolean dirty;

    /**
     * Uses an existing index or creates it with the bundled mapping.
     *
     * @param ownsClient whether {@link #close()} closes the client
     */
    public ElasticsearchReportIndex(ElasticsearchClient client, String index, IndexAnalysis analysis,
                                    boolean ownsClient) {
        this(client, index, analysis, ownsClient, new IndexElasticsearch(null, index, null, null, null, null));
    }

    /**
     * @param settings bulk settings, socket timeout and shared_writers (its url and index are not used)
     */
    public ElasticsearchReportIndex(ElasticsearchClient client, String index, IndexAnalysis analysis,
                                    boolean ownsClient, IndexElasticsearch settings) {
        this(client, index, analysis, ownsClient, settings, 0);
    }

    /**
     * @param facetValues values listed per facet, the most frequent first, ties in value order, as
     *                    the embedded engine does (index.query.facet_values); 0 lists every value
     */
    public ElasticsearchReportIndex(ElasticsearchClient client, String index, IndexAnalysis analysis,
                                    boolean ownsClient, IndexElasticsearch settings, int facetValues) {
        this.client = client;
        this.facetValues = facetValues;
        this.index = index;
        this.analysis = analysis;
        this.ownsClient = ownsClient;
        this.settings = settings;
        ObjectMapper mapper = EsConnection.objectMapper();
        this.documents = new EsDocuments(mapper);
        this.queries = new EsQueries(analysis);
        this.shared = settings.sharedWriters() ? new SharedWriters(client, index, documents) : null;
        createIfMissing();
    }

    /** Opens the configured node and index; fails with a clear message when the node does not answer. */
    public static ElasticsearchReportIndex open(IndexElasticsearch config, IndexAnalysis analysis) {
        return open(config, analysis, 0);
    }

    /** @param facetValues see the constructor */
    public static ElasticsearchReportIndex open(IndexElasticsearch config, IndexAnalysis analysis, int facetValues) {
        ElasticsearchClient client = EsConnection.openReady(config);
        try {
            return new ElasticsearchReportIndex(client, config.index(), analysis, true, config, facetValues);
        } catch (RuntimeException e) {
            closeQuietly(client);
            throw new IndexUnavailableException("Elasticsearch 索引 " + config.index() + " 无法打开：" + config.url()
                    + " 没有正常应答。", e);
        }
    }

    private void createIfMissing() {
        try {
            BooleanResponse exists = client.indices().exists(e -> e.index(index));
            if (exists.value()) {
                return;
            }
            try (InputStream mapping = ElasticsearchReportIndex.class.getResourceAsStream(MAPPING)) {
                client.indices().create(c -> c.index(index).withJson(mapping));
            }
        } catch (ElasticsearchException e) {
            // Another process created it between exists and create.
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create Elasticsearch index " + index, e);
        }
    }

    @Override
    public void upsert(IndexedReport report) {
        if (shared != null) {
            shared.upsert(report);
            dirty = true;
            return;
        }
        SingleWriter w = single();
        CompletableFuture<IndexedReport> written = w.enqueue(report);
        w.await(written);
        try {
            written.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public Writer writer() {
        if (shared != null) {
            return ReportIndex.super.writer();
        }
        SingleWriter w = single();
        return new Writer() {
            @Override
            public CompletableFuture<IndexedReport> add(IndexedReport report) {
                return w.enqueue(report);
            }

            @Override
            public void flush() {
                w.flush();
            }

            @Override
            public void close() {
                w.flush();
            }
        };
    }


    /** The write path of a single writer, made on the first write. */
    private synchronized SingleWriter single() {
        if (single == null) {
            single = new SingleWriter(client, index, documents, settings, () -> dirty = true);
        }
        return single;
    }

    @Override
    public Optional<IndexedReport> get(String sha256) {
        try {
            // Get is real-time in Elasticsearch: no refresh needed.
            GetResponse<ObjectNode> got = client.get(g -> g.index(index).id(sha256), ObjectNode.class);
            Optional<IndexedReport> stored = got.found() && got.source() != null
                    ? Optional.of(documents.fromSource(got.source())) : Optional.empty();
            Optional<EsBulkWriter.Pending> pending = pendingWrites().flatMap(w -> w.pending(sha256));
            if (pending.isEmpty()) {
                return stored;
            }
            return pending.get().doc() != null ? Optional.of(pending.get().doc()) : stored.map(pending.get()::over);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch get failed", e);
        }
    }

    /** One real-time multi-get of the reports' current flags: no refresh, other processes' writes seen. */
    @Override
    public Set<String> superseded(Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return Set.of();
        }
        try {
            MgetResponse<ObjectNode> got = client.mget(m -> m.index(index).ids(List.copyOf(sha256s))
                    .sourceIncludes("current"), ObjectNode.class);
            Set<String> out = new HashSet<>();
            for (MultiGetResponseItem<ObjectNode> item : got.docs()) {
                if (item.isResult() && item.result().found() && item.result().source() != null
                        && !item.result().source().path("current").asBoolean(true)) {
                    out.add(item.result().id());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch mget failed", e);
        }
    }

    @Override
    public List<IndexedReport> byDepartment(String department) {
        if (department == null) {
            return List.of();
        }
        try {
            List<IndexedReport> all = fetchAll(EsQueries.term("department", FieldValue.of(department)));
            Optional<SingleWriter> w = pendingWrites();
            if (w.isPresent()) {
                all = new ArrayList<>(w.get().merge(all, r -> department.equals(r.department())));
            }
            all.sort(Comparator.comparing(IndexedReport::year, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparingLong(IndexedReport::indexedAtMillis));
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch search failed", e);
        }
    }

    private List<IndexedReport> fetchAll(Query query) throws IOException {
        refreshIfDirty();
        SearchResponse<ObjectNode> response = client.search(s -> s.index(index).query(query).size(MAX_FETCH),
                ObjectNode.class);
        List<IndexedReport> out = new ArrayList<>();
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            out.add(documents.fromSource(hit.source()));
        }
        return out;
    }

    @Override
    public SearchResult search(SearchQuery query) {
        // Like the embedded engine, a process always searches its own writes.
        refreshIfDirty();
        Query q = queries.build(query);
        Map<String, Aggregation> aggs = EsFacets.aggregations(facetValues);
        // Two searches in one request: the ranked hits, and the exact total with the facets, which
        // need no scores. Apart, the node scores without collecting facets (and may split that
        // work over its threads) and counts without scoring: at 100,000 reports the two take about
        // 40 ms where one search doing both took 65-90 ms. Both read the same refreshed index; a
        // refresh by another process between them could let the counts include a report the hits
        // were ranked without, as a search a moment later would.
        SearchRequestBody ranked = SearchRequestBody.of(b -> b.query(q).size(query.limit())
                .trackTotalHits(t -> t.enabled(false)).trackScores(true)
                .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("year").order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("sha256").order(SortOrder.Asc)))
                .source(src -> src.filter(f -> f.includes(HIT_FIELDS))));
        SearchRequestBody counted = SearchRequestBody.of(b -> b.query(q).size(0)
                .trackTotalHits(t -> t.enabled(true)).aggregations(aggs));
        try {
            MsearchResponse<ObjectNode> response = client.msearch(m -> m.index(index)
                    .searches(r -> r.header(h -> h).body(ranked))
                    .searches(r -> r.header(h -> h).body(counted)), ObjectNode.class);
            MultiSearchItem<ObjectNode> hitsPart = result(response.responses().get(0));
            MultiSearchItem<ObjectNode> countPart = result(response.responses().get(1));
            List<IndexAnalysis.QueryPart> parts = query.text() == null ? List.of() : analysis.queryParts(query.text());
            List<SearchHit> hits = new ArrayList<>();
            for (Hit<ObjectNode> hit : hitsPart.hits().hits()) {
                hits.add(toHit(hit, parts));
            }
            long total = countPart.hits().total() == null ? hits.size() : countPart.hits().total().value();
            return new SearchResult(total, hits, EsFacets.counts(countPart.aggregations()),
                    EsFacets.others(countPart.aggregations()));
        } catch (IOException e) {
            throw new IndexUnavailableException("Elasticsearch 检索失败：节点没有正常应答，请稍后重试或检查节点状态。", e);
        }
    }

    /** A search of a multi-search, or the node's error for it (as a single search would have thrown). */
    private static MultiSearchItem<ObjectNode> result(MultiSearchResponseItem<ObjectNode> item) {
        if (item.isFailure()) {
            throw new ElasticsearchException("msearch", item.failure());
        }
        return item.result();
    }

    private static SearchHit toHit(Hit<ObjectNode> hit, List<IndexAnalysis.QueryPart> parts) {
        ObjectNode s = hit.source();
        Integer year = s.hasNonNull("year") ? s.get("year").asInt() : null;
        String text = s.path("text").asText("");
        double score = hit.score() == null || hit.score().isNaN() ? 0 : hit.score();
        return new SearchHit(textOf(s, "file"), textOf(s, "sha256"), textOf(s, "title"), textOf(s, "department"),
                year, textOf(s, "kind"), score, Snippets.of(text, parts), textOf(s, "region"));
    }

    private static String textOf(ObjectNode s, String field) {
        return s.hasNonNull(field) ? s.get(field).asText() : null;
    }

    @Override
    public long count() {
        try {
            refreshIfDirty();
            return client.count(c -> c.index(index)).count();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch count failed", e);
        }
    }

    private synchronized Optional<SingleWriter> pendingWrites() {
        return Optional.ofNullable(single);
    }

    @Override
    public void refresh() {
        pendingWrites().ifPresent(SingleWriter::flush);
        try {
            // Cleared first: a write racing with this refresh marks the index dirty again.
            dirty = false;
            client.indices().refresh(r -> r.index(index));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch refresh failed", e);
        }
    }

    private void refreshIfDirty() {
        if (dirty) {
            refresh();
        }
    }

    /** Deletes this index with all its documents (tests and re-builds). */
    public void deleteIndex() {
        try {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch delete failed", e);
        }
    }

    @Override
    public void close() {
        try {
            pendingWrites().ifPresent(SingleWriter::close);
        } finally {
            if (ownsClient) {
                closeQuietly(client);
            }
        }
    }

    private static void closeQuietly(ElasticsearchClient client) {
        EsConnection.closeQuietly(client);
    }
}
