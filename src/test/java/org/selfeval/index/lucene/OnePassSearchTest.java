package org.selfeval.index.lucene;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.index.ContractCorpus;
import org.selfeval.index.FigureCondition;
import org.selfeval.index.FigureEntry;
import org.selfeval.index.FindingEntry;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.IndexedReport;
import org.selfeval.index.SearchHit;
import org.selfeval.index.SearchQuery;
import org.selfeval.index.SearchResult;
import org.selfeval.index.Snippets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one-pass search returns exactly what three separate searches (facets, sorted hits, count)
 * return on the same index: same hits in the same order with the same scores, total, facets;
 * and an index written before hit data were kept (see {@link HitData}) still answers the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnePassSearchTest {

    private static final String[] SENTENCES = {"培育专精特新中小企业。", "巩固拓展脱贫攻坚成果同乡村振兴有效衔接。",
        "推行科技创新券兑付，规范财政资金管理。", "完成高标准农田建设。", "三公经费控制在预算以内。"};

    @TempDir
    static Path temp;
    private IndexAnalysis analysis;
    private Path dir;
    private LuceneReportIndex index;
    private List<IndexedReport> corpus;

    @BeforeAll
    void build() throws Exception {
        analysis = IndexAnalysis.fromConfig(Path.of("config"));
        dir = Files.createTempDirectory(temp, "onepass");
        index = new LuceneReportIndex(dir, analysis);
        corpus = corpus(new Random(7));
        for (int i = 0; i < corpus.size(); i++) {
            index.upsert(corpus.get(i));
            if (i % 40 == 39) {
                index.refresh(); // several segments, so hits and facets merge across them
            }
        }
        index.refresh();
    }

    @AfterAll
    void close() {
        index.close();
    }

    /** Identical texts per group, so many hits tie on score and year: the tie order is checked too. */
    private List<IndexedReport> corpus(Random random) {
        List<IndexedReport> out = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            String dept = "岳阳市第" + (i % 30) + "局";
            int year = 2021 + random.nextInt(4);
            String text = year + "年度" + dept + "绩效自评报告\n" + SENTENCES[i % SENTENCES.length]
                    + SENTENCES[(i / 5) % SENTENCES.length] + "预算执行率" + (80 + i % 20) + "%。";
            List<FindingEntry> findings = i % 3 == 0 ? List.of(new FindingEntry("SUM_MISMATCH", "error", "T5", "合计不符"))
                    : List.of();
            out.add(new IndexedReport(ContractCorpus.sha("onepass" + i), "r" + i + ".pdf", year + "年度" + dept + "报告",
                    dept, i % 2 == 0 ? "岳阳市" : "临湘市", year, i % 4 == 0 ? "项目" : "部门整体", "p", 3, false, 5, 8,
                    List.of(), findings, text, analysis.segmented(text), List.of(),
                    List.of(new FigureEntry("预算执行率", String.valueOf(year), 80 + i % 20, "%", "text")), true, 1000L + i));
        }
        return out;
    }

    private static List<SearchQuery> queries() {
        List<SearchQuery> q = new ArrayList<>();
        for (String text : new String[]{"专精特新", "乡村振兴 资金", "精特", "预算执行率", null}) {
            for (int limit : new int[]{5, 20, 500}) {
                q.add(new SearchQuery(text, null, null, null, null, null, null, List.of(), false, limit));
                q.add(new SearchQuery(text, 2023, null, "岳阳市", null, "SUM_MISMATCH", null, List.of(), true, limit));
                q.add(new SearchQuery(text, null, null, null, null, null, null,
                        List.of(FigureCondition.parse("预算执行率<90%")), false, limit));
            }
        }
        return q;
    }

    @Test
    void severalSearchThreads_answerExactlyAsOne() throws Exception {
        // The same writes into a second index, searched by three threads over its segment slices.
        try (LuceneReportIndex parallel = new LuceneReportIndex(Files.createTempDirectory(temp, "parallel"), analysis,
                0, 3)) {
            for (int i = 0; i < corpus.size(); i++) {
                parallel.upsert(corpus.get(i));
                if (i % 40 == 39) {
                    parallel.refresh();
                }
            }
            parallel.refresh();
            for (SearchQuery q : queries()) {
                assertEquals(index.search(q), parallel.search(q), "query " + q);
            }
        }
    }

    @Test
    void sameAsSeparateSearches() throws Exception {
        Sort sort = LuceneReportIndex.SORT;
        try (Directory d = FSDirectory.open(dir.resolve("lucene")); DirectoryReader reader = DirectoryReader.open(d)) {
            assertTrue(reader.leaves().size() > 1, "several segments");
            IndexSearcher s = new IndexSearcher(reader);
            for (SearchQuery q : queries()) {
                List<IndexAnalysis.QueryPart> parts = analysis.queryParts(q.text());
                Query query = LuceneQueries.build(q, parts, q.figures().stream().map(analysis::canonical).toList());
                Map<String, Map<String, Long>> facets = s.search(query, new ReferenceFacetCounts(SearchResult.FACETS));
                TopDocs top = s.search(query, q.limit(), sort, true);
                List<SearchHit> hits = new ArrayList<>();
                for (ScoreDoc sd : top.scoreDocs) {
                    var leaf = reader.leaves().get(ReaderUtil.subIndex(sd.doc, reader.leaves()));
                    IndexedReport r = LuceneDocuments.report(leaf.reader(), sd.doc - leaf.docBase);
                    hits.add(new SearchHit(r.file(), r.sha256(), r.title(), r.department(), r.year(), r.kind(),
                            Float.isNaN(sd.score) ? 0 : sd.score, Snippets.of(r.text(), parts), r.region()));
                }
                SearchResult expected = new SearchResult(s.count(query), hits, facets);
                SearchResult actual = index.search(q);
                assertEquals(expected, actual, "query " + q);
                for (String f : SearchResult.FACETS) {
                    assertEquals(List.copyOf(expected.facets().get(f).keySet()), List.copyOf(actual.facets().get(f).keySet()),
                            "values in the same order");
                }
            }
        }
    }

    @Test
    void indexWrittenBeforeHitData_answersTheSame() throws Exception {
        // The same documents written directly in the same order, once as today and once as before
        // hit data were kept, so that the scores' statistics are equal.
        Path now = write("now", false);
        Path old = write("old", true);
        try (LuceneReportIndex current = new LuceneReportIndex(now, analysis);
             LuceneReportIndex reopened = new LuceneReportIndex(old, analysis)) {
            for (SearchQuery q : queries()) {
                SearchResult expected = current.search(q);
                assertEquals(expected, reopened.search(q), "query " + q);
                assertEquals(index.search(q).total(), expected.total());
            }
            for (IndexedReport r : corpus) {
                assertEquals(index.get(r.sha256()), reopened.get(r.sha256()));
                assertEquals(index.get(r.sha256()), current.get(r.sha256()));
            }
        }
    }

    @Test
    void indexWrittenBeforeShaSortValues_findsTheSame() throws Exception {
        // Without the values its tied hits keep the doc-id order; matches, totals and facets are the same.
        Path now = write("now", false);
        Path old = write("old", false, LuceneDocuments.SHA_SORT);
        try (LuceneReportIndex current = new LuceneReportIndex(now, analysis);
             LuceneReportIndex reopened = new LuceneReportIndex(old, analysis)) {
            for (SearchQuery q : queries()) {
                SearchQuery all = q.withLimit(1_000);
                SearchResult expected = current.search(all);
                SearchResult got = reopened.search(all);
                assertEquals(expected.total(), got.total(), "query " + q);
                assertEquals(expected.facets(), got.facets(), "query " + q);
                assertEquals(expected.hits().stream().map(SearchHit::sha256).sorted().toList(),
                        got.hits().stream().map(SearchHit::sha256).sorted().toList(), "query " + q);
            }
        }
    }

    private Path write(String name, boolean beforeHitData, String... withoutFields) throws Exception {
        Path dataDir = Files.createTempDirectory(temp, name);
        Files.createDirectories(dataDir.resolve("lucene"));
        ObjectMapper mapper = new ObjectMapper();
        try (Directory d = FSDirectory.open(dataDir.resolve("lucene"));
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (IndexedReport given : corpus) {
                IndexedReport r = index.get(given.sha256()).orElseThrow(); // with the current flag the index set
                Document doc = LuceneDocuments.toDocument(r);
                if (beforeHitData) {
                    doc.removeFields(LuceneDocuments.HIT);
                    doc.removeFields(LuceneDocuments.JSON);
                    doc.add(new StoredField(LuceneDocuments.JSON, mapper.writeValueAsString(r)));
                }
                for (String field : withoutFields) {
                    doc.removeFields(field);
                }
                w.addDocument(doc);
            }
        }
        return dataDir;
    }
}
