package org.selfeval.index;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract every {@link ReportIndex} engine passes, with the same hit sets: subclass it and
 * implement {@link #newEmptyIndex}. The corpus ({@link ContractCorpus}) is indexed once per class;
 * tests that write use an index of their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ReportIndexContract {

    private static IndexAnalysis sharedAnalysis;

    protected IndexAnalysis analysis;
    protected ReportIndex index;
    private Map<String, IndexedReport> corpus;

    /** A fresh, empty index; each call must give an independent one. */
    protected abstract ReportIndex newEmptyIndex(IndexAnalysis analysis) throws Exception;

    /** An empty index whose facets list at most {@code facetValues} values each. */
    protected abstract ReportIndex newEmptyIndex(IndexAnalysis analysis, int facetValues) throws Exception;

    protected static synchronized IndexAnalysis analysis() {
        if (sharedAnalysis == null) {
            sharedAnalysis = IndexAnalysis.fromConfig(Path.of("config"));
        }
        return sharedAnalysis;
    }

    @BeforeAll
    void indexCorpus() throws Exception {
        analysis = analysis();
        corpus = ContractCorpus.reports(analysis);
        index = newEmptyIndex(analysis);
        corpus.values().forEach(index::upsert);
        index.refresh();
    }

    @AfterAll
    void closeIndex() {
        if (index != null) {
            index.close();
        }
    }

    /** The keys of the reports a query returns. */
    protected Set<String> keys(SearchQuery q) {
        return keys(index.search(q).hits());
    }

    private Set<String> keys(List<SearchHit> hits) {
        Map<String, String> keyOf = corpus.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getValue().sha256(), Map.Entry::getKey));
        return hits.stream().map(h -> keyOf.getOrDefault(h.sha256(), h.sha256())).collect(Collectors.toCollection(TreeSet::new));
    }

    private static SearchQuery query(String text, Integer year, String dept, String region, String kind,
                                     String finding, String severity, List<String> figures, boolean all) {
        return new SearchQuery(text, year, dept, region, kind, finding, severity,
                figures.stream().map(FigureCondition::parse).toList(), all, 50);
    }

    private static SearchQuery text(String text) {
        return SearchQuery.text(text);
    }

    private static SearchQuery figures(boolean all, String... exprs) {
        return query(null, null, null, null, null, null, null, List.of(exprs), all);
    }

    @Test
    void limitedFacets_keepTheMostFrequentValues_tiesInValueOrder_andCountTheRest() throws Exception {
        try (ReportIndex limited = newEmptyIndex(analysis, 2)) {
            corpus.values().forEach(limited::upsert);
            limited.refresh();
            SearchResult all = index.search(query(null, null, null, null, null, null, null, List.of(), false));
            SearchResult r = limited.search(query(null, null, null, null, null, null, null, List.of(), false));
            assertEquals(all.total(), r.total());
            assertEquals(all.facets().get("kind"), r.facets().get("kind"), "two values: kept whole");
            assertFalse(r.facetsOther().containsKey("kind"));
            // Current reports per region: 岳阳市 3, 君山区 2, 临湘市 2; the tie goes to the value first
            // in UTF-8 byte order (临 U+4E34 before 君 U+541B).
            assertEquals(Map.of("岳阳市", 3L, "临湘市", 2L), r.facets().get("region"));
            assertEquals(2L, r.facetsOther().get("region"));
            assertTrue(all.facetsOther().isEmpty(), "an unlimited index leaves nothing out");
        }
    }

    @Test
    void writer_futuresCarryTheStoredCurrentFlag() throws Exception {
        // An older version written after the newer one is stored superseded, and its future says so;
        // the newer one stays current (the futures report what was stored, not what was handed in).
        try (ReportIndex fresh = newEmptyIndex(analysis)) {
            IndexedReport newer = corpus.get("A24v2");
            IndexedReport older = corpus.get("A24v1");
            IndexedReport storedNewer;
            IndexedReport storedOlder;
            try (ReportIndex.Writer w = fresh.writer()) {
                storedNewer = w.add(newer).get();
                storedOlder = w.add(older).get();
            }
            assertTrue(storedNewer.current());
            assertFalse(storedOlder.current());
            assertEquals(older.sha256(), storedOlder.sha256());
            assertFalse(fresh.get(older.sha256()).orElseThrow().current());
            assertTrue(fresh.get(newer.sha256()).orElseThrow().current());
        }
    }

    @Test
    void term_findsCurrentVersionOnly() {
        assertEquals(Set.of("A24v2"), keys(text("专精特新")));
    }

    @Test
    void term_withAllVersions_findsSuperseded() {
        assertEquals(Set.of("A24v1", "A24v2"),
                keys(query("专精特新", null, null, null, null, null, null, List.of(), true)));
    }

    @Test
    void splitDifferently_foundByBigrams() {
        // 新券兑 crosses HanLP's word boundaries (科技创新/券/兑付); the bigram phrase still finds it.
        assertEquals(Set.of("C23"), keys(text("新券兑")));
        // The tokens miss, so the bigram phrase scores it.
        assertTrue(index.search(text("新券兑")).hits().get(0).score() > 0);
    }

    @Test
    void severalParts_allRequired() {
        assertEquals(Set.of("B24"), keys(text("乡村振兴 资金")));
        assertEquals(Set.of("B23", "B24", "D24"), keys(text("乡村振兴")));
    }

    @Test
    void absentTerm_findsNothing() {
        SearchResult r = index.search(text("航空母舰"));
        assertEquals(0, r.total());
        assertTrue(r.hits().isEmpty());
    }

    @Test
    void filters_restrictHits() {
        assertEquals(Set.of("A23", "B23", "C23"), keys(query(null, 2023, null, null, null, null, null, List.of(), false)));
        assertEquals(Set.of("B23", "B24"), keys(query(null, null, ContractCorpus.DEPT_B, null, null, null, null, List.of(), false)));
        assertEquals(Set.of("A23", "A24v2"), keys(query(null, null, null, "君山区", null, null, null, List.of(), false)));
        assertEquals(Set.of("D24"), keys(query(null, null, null, null, "项目", null, null, List.of(), false)));
        assertEquals(Set.of("B24"), keys(query(null, null, null, null, null, "SUM_MISMATCH", null, List.of(), false)));
        assertEquals(Set.of("C23"), keys(query(null, null, null, null, null, null, "WARNING", List.of(), false)));
        assertEquals(Set.of("B24"), keys(query("乡村振兴", 2024, null, null, "部门整体", null, null, List.of(), false)));
    }

    @Test
    void figureRange_matchesSomeFigureWithLabel() {
        assertEquals(Set.of("B24"), keys(figures(false, "预算执行率<90%")));
        assertEquals(Set.of("A24v1", "B24"), keys(figures(true, "预算执行率<90%")));
        // 执行率 is a synonym of the canonical 预算执行率; the bound is inclusive.
        assertEquals(Set.of("B23", "C23", "C24"), keys(figures(false, "执行率>=97.3%")));
        assertEquals(Set.of("B23", "C23"), keys(figures(false, "执行率>97.3%")));
    }

    @Test
    void figureMoney_normalisedToWan() {
        assertEquals(Set.of("A24v2"), keys(figures(false, "三公经费>1万元")));
        assertEquals(Set.of("A24v2"), keys(figures(false, "三公经费>=20000元")));
        assertEquals(Set.of("A23", "B24"), keys(figures(false, "三公经费<1")));
        assertEquals(Set.of("B23"), keys(figures(false, "全年支出>1.1亿元")));
        assertEquals(Set.of("C24"), keys(figures(false, "全年支出=3456.7万元")));
        // Several conditions must all hold.
        assertEquals(Set.of("B24"), keys(figures(false, "三公经费<1", "预算执行率<90%")));
    }

    @Test
    void facets_countMatchingReports() {
        SearchResult all = index.search(query(null, null, null, null, null, null, null, List.of(), false));
        assertEquals(7, all.total());
        assertEquals(Map.of("2023", 3L, "2024", 4L), all.facets().get("year"));
        assertEquals(Map.of("部门整体", 6L, "项目", 1L), all.facets().get("kind"));
        assertEquals(Map.of("君山区", 2L, "岳阳市", 3L, "临湘市", 2L), all.facets().get("region"));
        assertEquals(Map.of("SUM_MISMATCH", 1L, "RATIO_MISMATCH", 1L), all.facets().get("finding"));
        assertEquals(2L, all.facets().get("department").get(ContractCorpus.DEPT_A));
        SearchResult rural = index.search(text("乡村振兴"));
        assertEquals(Map.of("2023", 1L, "2024", 2L), rural.facets().get("year"));
    }

    @Test
    void hits_carryIdentityScoreAndSnippets() {
        SearchResult r = index.search(text("专精特新"));
        assertEquals(1, r.total());
        SearchHit hit = r.hits().get(0);
        IndexedReport a = corpus.get("A24v2");
        assertEquals(a.file(), hit.file());
        assertEquals(a.title(), hit.title());
        assertEquals(a.department(), hit.department());
        assertEquals(2024, hit.year());
        assertEquals("部门整体", hit.kind());
        assertTrue(hit.score() > 0);
        assertTrue(hit.snippets().stream().anyMatch(s -> s.contains("<em>专精特新</em>")), hit.snippets().toString());
    }

    @Test
    void limit_capsHitsNotTotal() {
        SearchResult r = index.search(new SearchQuery("预算执行率", null, null, null, null, null, null, List.of(), false, 2));
        assertEquals(2, r.hits().size());
        assertEquals(7, r.total());
    }

    @Test
    void sameScore_newerYearFirst() {
        List<SearchHit> hits = index.search(query(null, null, ContractCorpus.DEPT_C, null, null, null, null, List.of(), false)).hits();
        assertEquals(List.of(2024, 2023), hits.stream().map(SearchHit::year).toList());
    }

    @Test
    void get_returnsStoredReport() {
        IndexedReport a = corpus.get("B24");
        IndexedReport got = index.get(a.sha256()).orElseThrow();
        assertEquals(a, got);
        assertTrue(index.get(ContractCorpus.sha("nope")).isEmpty());
    }

    @Test
    void byDepartment_returnsAllYearsAndVersions() {
        List<IndexedReport> a = index.byDepartment(ContractCorpus.DEPT_A);
        Map<String, Boolean> current = a.stream().collect(Collectors.toMap(IndexedReport::file, IndexedReport::current));
        assertEquals(Map.of("A23.docx", true, "A24v1.docx", false, "A24v2.docx", true), current);
        assertEquals(8, index.count());
    }

    @Test
    void sameSha_replacesNeverDuplicates() throws Exception {
        try (ReportIndex fresh = newEmptyIndex(analysis)) {
            IndexedReport c = corpus.get("C24");
            fresh.upsert(c);
            fresh.refresh();
            IndexedReport renamed = new IndexedReport(c.sha256(), "renamed.pdf", c.title(), c.department(), c.region(),
                    c.year(), c.kind(), c.profile(), c.pages(), c.ocr(), c.completeness(), c.completenessMax(),
                    c.missing(), c.findings(), c.text(), c.segmented(), c.sections(), c.figures(), true,
                    c.indexedAtMillis() + 5);
            fresh.upsert(renamed);
            fresh.refresh();
            assertEquals(1, fresh.count());
            assertEquals("renamed.pdf", fresh.get(c.sha256()).orElseThrow().file());
            assertEquals(1, fresh.search(text("预算绩效")).total());
        }
    }

    @Test
    void olderVersionIndexedLater_staysSuperseded() throws Exception {
        try (ReportIndex fresh = newEmptyIndex(analysis)) {
            fresh.upsert(corpus.get("A24v2"));
            fresh.upsert(corpus.get("A24v1"));
            fresh.refresh();
            assertTrue(fresh.get(corpus.get("A24v2").sha256()).orElseThrow().current());
            assertFalse(fresh.get(corpus.get("A24v1").sha256()).orElseThrow().current());
            assertEquals(Set.of("A24v2"), keysOf(fresh.search(text("中小企业"))));
        }
    }

    @Test
    void projectReportOfSameDepartmentAndYear_supersedesNothing() throws Exception {
        try (ReportIndex fresh = newEmptyIndex(analysis)) {
            IndexedReport dept = corpus.get("C24");
            IndexedReport project = new IndexedReport(sha("project-of-" + dept.sha256()), "project.pdf",
                    "2024年度专项工作经费项目支出绩效自评报告", dept.department(), dept.region(), dept.year(), "项目支出",
                    "hn-proj-transfer", 3, false, 15, 15, List.of(), List.of(), "专项工作经费", "专项 工作 经费",
                    List.of(), List.of(), true, dept.indexedAtMillis() + 1000);
            fresh.upsert(dept);
            fresh.upsert(project);
            fresh.refresh();
            assertTrue(fresh.get(dept.sha256()).orElseThrow().current(), "a project report is not a new version of the department's report");
            assertTrue(fresh.get(project.sha256()).orElseThrow().current());
        }
    }

    private static String sha(String seed) {
        return org.selfeval.extract.Hashing.sha256(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private Set<String> keysOf(SearchResult r) {
        return keys(r.hits());
    }
}
