package org.selfeval.index.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.selfeval.index.FigureCondition;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.IndexedReport;
import org.selfeval.index.ReportIndex;
import org.selfeval.index.SearchHit;
import org.selfeval.index.SearchQuery;
import org.selfeval.index.SearchResult;
import org.selfeval.index.SynchronousWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The embedded engine: a Lucene index on disk under {@code DATA/lucene}. One process writes at a
 * time (Lucene's write lock); within a process the instance is thread-safe: writes are serialised
 * so that supersede decisions see every earlier write, reads go through a {@link SearcherManager}.
 * Reads refresh first when something was written, so a process always reads its own writes.
 */
public final class LuceneReportIndex implements ReportIndex {

    private final IndexAnalysis analysis;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AtomicBoolean dirty = new AtomicBoolean();
    /** Department+year → versions (sha256 → indexedAt): the newest of each group is current. */
    private final Map<String, Map<String, Long>> groups = new HashMap<>();
    private final Map<String, String> groupOf = new HashMap<>();
    private final Map<String, Boolean> currentOf = new HashMap<>();
    private final int facetValues;
    /** Searches the slices of one search in parallel; null when searches run on the calling thread. */
    private final ExecutorService searchPool;
    private volatile boolean closed;
    private volatile FacetCounts.Ordinals ordinals;

    /** Score, then the newer year, then the sha256: the Elasticsearch engine's order, ties included. */
    static final Sort SORT = new Sort(SortField.FIELD_SCORE,
            new SortField(LuceneDocuments.YEAR_SORT, SortField.Type.LONG, true), shaSort());

    /** Reports indexed before the field existed have none: they sort after, among themselves by doc id. */
    private static SortField shaSort() {
        SortField sha = new SortField(LuceneDocuments.SHA_SORT, SortField.Type.STRING);
        sha.setMissingValue(SortField.STRING_LAST);
        return sha;
    }

    /** An index whose facets list every value, searched by the calling thread. */
    public LuceneReportIndex(Path dataDir, IndexAnalysis analysis) {
        this(dataDir, analysis, 0, 1);
    }

    /**
     * @param facetValues   values listed per facet, the most frequent first (index.query.facet_values); 0 lists all
     * @param searchThreads threads one search may use over the segments (index.query.search_threads);
     *                      0 is one per CPU core, 1 the calling thread only
     */
    public LuceneReportIndex(Path dataDir, IndexAnalysis analysis, int facetValues, int searchThreads) {
        this.analysis = analysis;
        this.facetValues = facetValues;
        this.searchPool = searchPool(searchThreads);
        try {
            Path dir = dataDir.resolve("lucene");
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            Analyzer whitespace = new WhitespaceAnalyzer();
            writer = new IndexWriter(directory, new IndexWriterConfig(whitespace)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, searchPool == null ? null : new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    return new IndexSearcher(reader, searchPool);
                }
            });
            loadVersions();
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("索引正被另一进程使用: " + dataDir.toAbsolutePath(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index under " + dataDir.toAbsolutePath(), e);
        }
    }

    private static ExecutorService searchPool(int threads) {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        if (n <= 1) {
            return null;
        }
        AtomicInteger made = new AtomicInteger();
        return Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "selfeval-search-" + made.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private void loadVersions() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    var d = stored.document(doc, Set.of(LuceneDocuments.SHA, LuceneDocuments.GROUP,
                            LuceneDocuments.INDEXED_AT, LuceneDocuments.CURRENT));
                    String sha = d.get(LuceneDocuments.SHA);
                    currentOf.put(sha, Boolean.parseBoolean(d.get(LuceneDocuments.CURRENT)));
                    String group = d.get(LuceneDocuments.GROUP);
                    if (group != null) {
                        groupOf.put(sha, group);
                        groups.computeIfAbsent(group, g -> new HashMap<>())
                                .put(sha, d.getField(LuceneDocuments.INDEXED_AT).numericValue().longValue());
                    }
                }
            }
        } finally {
            searchers.release(s);
        }
    }

    @Override
    public void upsert(IndexedReport report) {
        store(report);
    }

    /** Stored one at a time, and the stored form is known here: no read back (see {@link #store}). */
    @Override
    public Writer writer() {
        return new SynchronousWriter(this::store);
    }

    /** Upserts and returns the report as written, its current flag decided. */
    private synchronized IndexedReport store(IndexedReport report) {
        ensureOpen();
        String sha = report.sha256();
        String oldGroup = groupOf.remove(sha);
        if (oldGroup != null) {
            groups.get(oldGroup).remove(sha);
        }
        String group = LuceneDocuments.group(report);
        if (group != null) {
            groupOf.put(sha, group);
            groups.computeIfAbsent(group, g -> new HashMap<>()).put(sha, report.indexedAtMillis());
        }
        boolean current = group == null || sha.equals(newest(group));
        IndexedReport stored = report.withCurrent(current);
        write(stored);
        for (String g : new HashSet<>(java.util.Arrays.asList(oldGroup, group))) {
            if (g != null) {
                reconcile(g, sha);
            }
        }
        return stored;
    }

    /** The current version of a group: latest indexedAt, ties to the greater sha256 (deterministic). */
    private String newest(String group) {
        return groups.get(group).entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** Rewrites the other versions of a group whose current flag changed. */
    private void reconcile(String group, String written) {
        Map<String, Long> versions = groups.get(group);
        if (versions.isEmpty()) {
            return;
        }
        String newest = newest(group);
        for (String other : List.copyOf(versions.keySet())) {
            boolean shouldBe = other.equals(newest);
            if (!other.equals(written) && currentOf.getOrDefault(other, true) != shouldBe) {
                load(other).ifPresent(r -> write(r.withCurrent(shouldBe)));
            }
        }
    }

    private void write(IndexedReport r) {
        try {
            writer.updateDocument(new Term(LuceneDocuments.SHA, r.sha256()), LuceneDocuments.toDocument(r));
            currentOf.put(r.sha256(), r.current());
            dirty.set(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + r.file(), e);
        }
    }

    @Override
    public Optional<IndexedReport> get(String sha256) {
        ensureOpen();
        return load(sha256);
    }

    private Optional<IndexedReport> load(String sha256) {
        List<IndexedReport> found = find(new TermQuery(new Term(LuceneDocuments.SHA, sha256)));
        return found.stream().findFirst();
    }

    @Override
    public List<IndexedReport> byDepartment(String department) {
        ensureOpen();
        List<IndexedReport> all = new ArrayList<>(find(new TermQuery(new Term(LuceneDocuments.DEPARTMENT, department))));
        all.sort(Comparator.comparing((IndexedReport r) -> r.year() == null ? 0 : r.year())
                .thenComparingLong(IndexedReport::indexedAtMillis));
        return all;
    }

    private List<IndexedReport> find(Query query) {
        return withSearcher(s -> {
            TopDocs top = s.search(query, Math.max(1, s.getIndexReader().numDocs()));
            List<IndexedReport> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                LeafReaderContext leaf = leafOf(s, sd.doc);
                out.add(LuceneDocuments.report(leaf.reader(), sd.doc - leaf.docBase));
            }
            return out;
        });
    }

    @Override
    public SearchResult search(SearchQuery q) {
        ensureOpen();
        List<IndexAnalysis.QueryPart> parts = analysis.queryParts(q.text());
        List<FigureCondition> figures = q.figures().stream().map(analysis::canonical).toList();
        Query query = LuceneQueries.build(q, parts, figures);
        return withSearcher(s -> {
            // One pass: hits (by SORT), the exact total and the facet counts from the same collection.
            TopFieldCollectorManager top = new TopFieldCollectorManager(SORT, q.limit(), null, Integer.MAX_VALUE);
            Object[] collected = s.search(query, new MultiCollectorManager(top,
                    new FacetCounts(ordinals(s), facetValues)));
            TopFieldDocs docs = (TopFieldDocs) collected[0];
            FacetCounts.Result facets = (FacetCounts.Result) collected[1];
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc sd : docs.scoreDocs) {
                // The sort's first value is the score the hit was ranked by (ScoreDoc.score is not filled).
                float score = (Float) ((FieldDoc) sd).fields[0];
                LeafReaderContext leaf = leafOf(s, sd.doc);
                hits.add(LuceneDocuments.hit(leaf.reader(), sd.doc - leaf.docBase, Float.isNaN(score) ? 0 : score, parts));
            }
            return new SearchResult(docs.totalHits.value, hits, facets.counts(), facets.other());
        });
    }

    /** The facet fields' global ordinals of the searcher's reader: built after each refresh, at the first search. */
    private FacetCounts.Ordinals ordinals(IndexSearcher s) throws IOException {
        FacetCounts.Ordinals o = ordinals;
        if (o == null || !o.of(s.getIndexReader())) {
            o = FacetCounts.Ordinals.build(s.getIndexReader(), SearchResult.FACETS);
            ordinals = o; // a race builds it twice, never wrongly
        }
        return o;
    }

    private static LeafReaderContext leafOf(IndexSearcher s, int doc) {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        return leaves.get(ReaderUtil.subIndex(doc, leaves));
    }

    @Override
    public long count() {
        ensureOpen();
        return withSearcher(s -> (long) s.getIndexReader().numDocs());
    }

    @Override
    public void refresh() {
        ensureOpen();
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
            dirty.set(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the index", e);
        }
    }

    private interface SearcherCall<T> {
        T apply(IndexSearcher s) throws IOException;
    }

    private <T> T withSearcher(SearcherCall<T> call) {
        try {
            if (dirty.getAndSet(false)) {
                searchers.maybeRefreshBlocking();
            }
            IndexSearcher s = searchers.acquire();
            try {
                return call.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index read failed", e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("index is closed");
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (directory; writer; searchers) {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index", e);
        } finally {
            if (searchPool != null) {
                searchPool.shutdown();
            }
        }
    }
}
