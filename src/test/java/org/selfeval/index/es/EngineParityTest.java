package org.selfeval.index.es;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.extract.Hashing;
import org.selfeval.index.FigureCondition;
import org.selfeval.index.FigureEntry;
import org.selfeval.index.FindingEntry;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.IndexedReport;
import org.selfeval.index.SearchHit;
import org.selfeval.index.SearchQuery;
import org.selfeval.index.SearchResult;
import org.selfeval.index.lucene.LuceneReportIndex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lucene and Elasticsearch return the same hit sets, totals and facets for a fixed list of
 * queries over one generated corpus (department × year families with superseded versions).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineParityTest {

    private static final String[] REGIONS = {"岳阳市君山区", "岳阳市", "临湘市", "汨罗市"};
    private static final String[] UNITS = {"科学技术和工业信息化局", "教育局", "财政局", "农业农村局", "卫生健康局",
            "交通运输局", "民政局"};
    private static final String[] SENTENCES = {
        "培育专精特新中小企业%d家，服务企业发展。", "巩固拓展脱贫攻坚成果同乡村振兴有效衔接。",
        "推行科技创新券兑付%d笔，规范财政资金管理。", "完成高标准农田建设%d万亩。",
        "改善办学条件，新建校舍%d所。", "加强预算绩效管理，压减一般性支出。",
        "三公经费控制在预算以内，公务接待%d批次。", "部门整体支出绩效自评得分%d分。",
        "园区基础设施建设稳步推进。", "医疗卫生服务能力持续提升，新增床位%d张。"};
    private static final String[][] FINDINGS = {
        {"SUM_MISMATCH", "ERROR"}, {"RATIO_MISMATCH", "WARNING"}, {"NUMBERING", "INFO"}, {"YEAR_MISMATCH", "ERROR"}};

    private IndexAnalysis analysis;
    private EsTestNode node;
    private ElasticsearchReportIndex es;
    private LuceneReportIndex lucene;
    private int indexed;

    @BeforeAll
    void indexBoth(@TempDir Path dataDir) {
        node = EsTestNode.require(getClass());
        analysis = IndexAnalysis.fromConfig(Path.of("config"));
        es = node.newIndex(analysis);
        lucene = new LuceneReportIndex(dataDir, analysis);
        for (IndexedReport r : corpus(new Random(20240601))) {
            es.upsert(r);
            lucene.upsert(r);
            indexed++;
        }
        es.refresh();
        lucene.refresh();
    }

    @AfterAll
    void close() throws Exception {
        if (lucene != null) {
            lucene.close();
        }
        if (node != null) {
            node.close();
        }
    }

    /** Families of 2021–2024 reports; every fifth family has a second version of one year. */
    private List<IndexedReport> corpus(Random random) {
        List<IndexedReport> out = new ArrayList<>();
        long t = 1_700_000_000_000L;
        int family = 0;
        for (String region : REGIONS) {
            for (String unit : UNITS) {
                String department = region + unit;
                for (int year = 2021; year <= 2024; year++) {
                    int versions = family % 5 == 0 && year == 2023 ? 2 : 1;
                    for (int v = 1; v <= versions; v++) {
                        out.add(report(random, department, region, year, family + "-" + year + "-" + v, t++));
                    }
                }
                family++;
            }
        }
        return out;
    }

    private IndexedReport report(Random random, String department, String region, int year, String key, long at) {
        StringBuilder text = new StringBuilder(year + "年度" + department + "整体支出绩效自评报告\n");
        for (int i = 0; i < 4; i++) {
            text.append(String.format(SENTENCES[random.nextInt(SENTENCES.length)], 1 + random.nextInt(50))).append('\n');
        }
        double rate = 70 + random.nextInt(310) / 10.0;
        text.append("预算执行率").append(rate).append("%。");
        List<FigureEntry> figures = new ArrayList<>(List.of(new FigureEntry("预算执行率", String.valueOf(year), rate, "%", "text")));
        if (random.nextBoolean()) {
            figures.add(new FigureEntry("三公经费", String.valueOf(year), random.nextInt(500) / 100.0, "万元", "table"));
        }
        List<FindingEntry> findings = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            String[] f = FINDINGS[random.nextInt(FINDINGS.length)];
            findings.add(new FindingEntry(f[0], f[1], "R", "生成的发现"));
        }
        String kind = random.nextInt(4) == 0 ? "项目" : "部门整体";
        String body = text.toString();
        return new IndexedReport(sha(key), key + ".pdf", year + "年度" + department + "绩效自评报告", department, region,
                year, kind, "hn-yy-dept-2020", 5, false, 6, 8, List.of(), findings, body, analysis.segmented(body),
                List.of(), figures, true, at);
    }

    /** A real digest: its order is unrelated to the order of indexing, which Lucene breaks ties by. */
    private static String sha(String key) {
        return Hashing.sha256(key);
    }

    private static List<SearchQuery> queries() {
        List<SearchQuery> q = new ArrayList<>();
        for (String text : List.of("专精特新", "乡村振兴", "君山区", "科技创新", "预算执行率", "高标准农田", "专精 特新",
                "山区科", "中小企业 培育", "财政资金管理", "床位", "教育局 校舍", "不存在的词语")) {
            q.add(query(text, null, null, null, null, null, null, List.of(), false));
            q.add(query(text, null, null, null, null, null, null, List.of(), true));
        }
        q.add(query(null, 2023, null, null, null, null, null, List.of(), false));
        q.add(query(null, 2023, null, null, null, null, null, List.of(), true));
        q.add(query(null, null, "岳阳市教育局", null, null, null, null, List.of(), true));
        q.add(query(null, null, null, "临湘市", "项目", null, null, List.of(), false));
        q.add(query(null, null, null, null, null, "SUM_MISMATCH", null, List.of(), false));
        q.add(query(null, null, null, null, null, null, "error", List.of(), true));
        q.add(query(null, null, null, null, null, null, null, List.of("执行率<90%"), false));
        q.add(query(null, null, null, null, null, null, null, List.of("预算执行率>=95%"), true));
        q.add(query(null, null, null, null, null, null, null, List.of("三公经费>1万元"), false));
        q.add(query(null, null, null, null, null, null, null, List.of("三公经费<=10000元", "执行率>80"), false));
        q.add(query("乡村振兴", 2024, null, null, null, null, null, List.of("预算执行率<95%"), false));
        q.add(query("专精特新", null, null, "岳阳市君山区", null, null, "warning", List.of(), true));
        return q;
    }

    private static SearchQuery query(String text, Integer year, String department, String region, String kind,
                                     String finding, String severity, List<String> figures, boolean all) {
        return new SearchQuery(text, year, department, region, kind, finding, severity,
                figures.stream().map(FigureCondition::parse).toList(), all, 1_000);
    }

    @Test
    void fixedQueryList_sameHitsTotalsAndFacets() {
        assertEquals(indexed, es.count());
        assertEquals(lucene.count(), es.count());
        int nonEmpty = 0;
        for (SearchQuery q : queries()) {
            SearchResult fromLucene = lucene.search(q);
            SearchResult fromEs = es.search(q);
            assertEquals(shas(fromLucene), shas(fromEs), () -> "hit set of " + q);
            assertEquals(fromLucene.total(), fromEs.total(), () -> "total of " + q);
            assertEquals(fromLucene.facets(), fromEs.facets(), () -> "facets of " + q);
            if (!fromEs.hits().isEmpty()) {
                nonEmpty++;
            }
        }
        // The comparison is meaningful only when most queries find something (one is meant to find nothing).
        assertTrue(nonEmpty >= queries().size() - 4, "queries with hits: " + nonEmpty);
    }

    @Test
    void fewerHitsThanMatches_sameHitsInTheSameOrder() {
        // Sentences repeat and filter-only queries score every match alike, so many scores tie:
        // both engines rank by score, then the newer year, then the sha256.
        int tiedLists = 0;
        for (SearchQuery q : queries()) {
            SearchQuery top = q.withLimit(5);
            List<SearchHit> fromLucene = lucene.search(top).hits();
            List<SearchHit> fromEs = es.search(top).hits();
            assertEquals(fromLucene.stream().map(SearchHit::sha256).toList(),
                    fromEs.stream().map(SearchHit::sha256).toList(), () -> "ranked hits of " + top);
            if (fromEs.size() > 1 && fromEs.get(0).score() == fromEs.get(fromEs.size() - 1).score()) {
                tiedLists++;
            }
        }
        assertTrue(tiedLists >= 3, "lists decided by the tie-break alone: " + tiedLists);
    }

    @Test
    void sameQuery_sameSnippets() {
        SearchQuery q = query("专精特新", null, null, null, null, null, null, List.of(), false);
        assertEquals(snippetsBySha(lucene.search(q)), snippetsBySha(es.search(q)));
    }

    private static Set<String> shas(SearchResult r) {
        return r.hits().stream().map(SearchHit::sha256).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> snippetsBySha(SearchResult r) {
        return r.hits().stream().map(h -> h.sha256() + "=" + h.snippets()).collect(Collectors.toCollection(TreeSet::new));
    }
}
