package org.selfeval.index.bench;

import org.selfeval.index.FigureCondition;
import org.selfeval.index.IndexedReport;
import org.selfeval.index.SearchQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * A fixed, seeded mix of searches a reviewer would run: genre terms, two-term queries, a term only
 * the bigram field can match, filters (year, department, region, finding, severity), figure
 * conditions and combinations. Filter values are drawn from the indexed reports so filters hit.
 */
public final class QueryMix {

    /** One query and the kind it was drawn as (latencies are also reported per kind). */
    public record Entry(String kind, SearchQuery query) {
    }

    static final List<String> TERMS = List.of("专精特新", "三公经费", "公务接待", "预算执行率", "项目支出",
            "绩效目标", "基本支出", "资金使用", "整改措施", "满意度", "政府采购", "固定资产", "信息化建设",
            "培训", "专项资金", "决算", "绩效管理", "财政拨款");
    /** Parts of words that HanLP does not produce as tokens: only the bigram field finds them. */
    static final List<String> BIGRAM_ONLY = List.of("精特", "执行进", "绩效自", "拨付及");
    static final List<String> FIGURES = List.of("预算执行率<90%", "三公经费>1万元", "执行率>=95%",
            "项目支出>100万元", "基本支出<500万元", "预算执行率>=100%");

    private QueryMix() {
    }

    public static List<Entry> build(List<IndexedReport> corpus, int count, long seed, int limit) {
        Random rnd = new Random(seed);
        // One pass: a derived corpus makes each report again on every read.
        TreeSet<Integer> yearSet = new TreeSet<>();
        TreeSet<String> findingSet = new TreeSet<>();
        for (IndexedReport r : corpus) {
            if (r.year() != null) {
                yearSet.add(r.year());
            }
            r.findings().forEach(f -> findingSet.add(f.code()));
        }
        List<Integer> years = new ArrayList<>(yearSet);
        List<String> findings = new ArrayList<>(findingSet);
        List<Entry> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            IndexedReport sample = corpus.get(rnd.nextInt(corpus.size()));
            Integer year = years.isEmpty() ? null : years.get(rnd.nextInt(years.size()));
            String finding = findings.isEmpty() ? null : findings.get(rnd.nextInt(findings.size()));
            String term = pick(rnd, TERMS);
            out.add(switch (i % 10) {
                case 0, 1 -> entry("term", term, null, null, null, null, null, List.of(), limit);
                case 2 -> entry("two-terms", term + " " + pick(rnd, TERMS), null, null, null, null, null, List.of(), limit);
                case 3 -> entry("bigram-only", pick(rnd, BIGRAM_ONLY), null, null, null, null, null, List.of(), limit);
                case 4 -> entry("term+year", term, year, null, null, null, null, List.of(), limit);
                case 5 -> entry("department", null, null, sample.department(), null, null, null, List.of(), limit);
                case 6 -> entry("region+finding", null, null, null, sample.region(), finding, null, List.of(), limit);
                case 7 -> entry("figure", null, null, null, null, null, null,
                        List.of(FigureCondition.parse(pick(rnd, FIGURES))), limit);
                case 8 -> entry("term+figure+year", term, year, null, null, null, null,
                        List.of(FigureCondition.parse(pick(rnd, FIGURES))), limit);
                default -> entry("term+severity+region", term, null, null, sample.region(), null,
                        rnd.nextBoolean() ? "error" : "warning", List.of(), limit);
            });
        }
        return List.copyOf(out);
    }

    private static Entry entry(String kind, String text, Integer year, String department, String region,
                               String finding, String severity, List<FigureCondition> figures, int limit) {
        return new Entry(kind, new SearchQuery(text, year, department, region, null, finding, severity, figures,
                false, limit));
    }

    private static <T> T pick(Random rnd, List<T> from) {
        return from.get(rnd.nextInt(from.size()));
    }
}
