package org.selfeval.index.bench;

import org.selfeval.extract.Hashing;

import org.selfeval.index.FigureEntry;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.IndexedReport;
import org.selfeval.index.SectionText;
import org.selfeval.synth.FamilyGenerator;
import org.selfeval.synth.ReportSpec;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Derives many department × year families from a few checked base families by re-labelling copies:
 * derived family j takes base family {@code j % bases} with the generator's department j (and its
 * region) written in place of the base's (in the text, title, sections and identity fields), money
 * figures scaled by a per-family factor, and a sha256 of what determines the new content (base
 * report, family, department, factor). Years, prose numbers and findings stay those of the base report; this
 * exercises the index with realistic documents without re-rendering and re-checking each one.
 */
public final class DerivedCorpus {

    private final IndexAnalysis analysis;
    private final Map<String, String> segmentedNames = new ConcurrentHashMap<>();

    public DerivedCorpus(IndexAnalysis analysis) {
        this.analysis = analysis;
    }

    /** Base reports grouped by department, each family in year order; families in first-seen order. */
    static List<List<IndexedReport>> families(List<IndexedReport> base) {
        Map<String, List<IndexedReport>> by = new LinkedHashMap<>();
        for (IndexedReport r : base) {
            by.computeIfAbsent(r.department() + "|" + r.region(), k -> new ArrayList<>()).add(r);
        }
        List<List<IndexedReport>> out = new ArrayList<>();
        for (List<IndexedReport> f : by.values()) {
            List<IndexedReport> sorted = new ArrayList<>(f);
            sorted.sort(Comparator.comparing(IndexedReport::year, Comparator.nullsFirst(Comparator.naturalOrder())));
            out.add(List.copyOf(sorted));
        }
        return out;
    }

    /**
     * Exactly {@code count} reports: whole derived families, the last one cut short if needed.
     * Derived on each read, not held: 100,000 reports with their texts would not fit in the heap,
     * and the benchmark reads each once to index it (read twice, a report is derived twice, equal).
     */
    public List<IndexedReport> derive(List<IndexedReport> base, int count, long seed) {
        List<List<IndexedReport>> bases = families(base);
        if (bases.isEmpty()) {
            throw new IllegalArgumentException("no base reports");
        }
        int[] familyOf = new int[count];
        int[] memberOf = new int[count];
        int n = 0;
        for (int j = 0; n < count; j++) {
            if (j >= capacity()) {
                throw new IllegalArgumentException("more families than distinct departments: " + j);
            }
            for (int k = 0; k < bases.get(j % bases.size()).size() && n < count; k++, n++) {
                familyOf[n] = j;
                memberOf[n] = k;
            }
        }
        long clock = 1_800_000_000_000L;
        return new AbstractList<>() {
            @Override
            public IndexedReport get(int i) {
                int j = familyOf[i];
                double factor = 0.5 + new Random(seed * 1_000_003L + j).nextDouble() * 2.5;
                return relabel(bases.get(j % bases.size()).get(memberOf[i]), j, department(j), factor,
                        clock + i);
            }

            @Override
            public int size() {
                return count;
            }
        };
    }

    private static final List<String> TOWNS = List.of("城关镇", "许市镇", "钱粮湖镇", "良心堡镇", "广兴洲镇",
            "柳林洲街道", "采桑湖镇", "黄沙湾街道", "新墙镇", "筻口镇");

    /** Families with distinct departments: the generator's, then again under each town (100,000 reports need 20,000). */
    static int capacity() {
        return FamilyGenerator.capacity() * (1 + TOWNS.size());
    }

    static ReportSpec.Department department(int j) {
        int round = j / FamilyGenerator.capacity();
        ReportSpec.Department d = FamilyGenerator.department(j % FamilyGenerator.capacity());
        return round == 0 ? d : new ReportSpec.Department(d.region(), TOWNS.get(round - 1) + d.name());
    }

    IndexedReport relabel(IndexedReport r, int family, ReportSpec.Department dept, double factor, long indexedAt) {
        Relabel text = new Relabel(r.department(), dept.fullName(), r.region(), dept.region());
        Relabel segmented = new Relabel(seg(r.department()), seg(dept.fullName()), seg(r.region()), seg(dept.region()));
        List<SectionText> sections = r.sections().stream()
                .map(s -> new SectionText(s.canonical(), text.apply(s.title()), text.apply(s.text()))).toList();
        List<FigureEntry> figures = r.figures().stream()
                .map(f -> "万元".equals(f.unit())
                        ? new FigureEntry(f.label(), f.period(), Math.round(f.value() * factor * 100) / 100.0,
                        f.unit(), f.source())
                        : f).toList();
        String ext = r.file() == null ? "" : r.file().substring(Math.max(0, r.file().lastIndexOf('.')));
        String file = "derived/fam" + String.format("%05d", family) + "-" + r.year() + ext;
        String newText = text.apply(r.text());
        // The base report, the family and the seed's factor determine the content: their hash
        // identifies it as well as one over the whole content would, at a fraction of the cost.
        String sha = sha256(r.sha256() + '\n' + file + '\n' + dept.fullName() + '\n' + factor);
        return new IndexedReport(sha, file, text.apply(r.title()), text.apply(r.department()), text.apply(r.region()), r.year(), r.kind(),
                r.profile(), r.pages(), r.ocr(), r.completeness(), r.completenessMax(), r.missing(), r.findings(),
                newText, segmented.apply(r.segmented()), sections, figures, true, indexedAt);
    }

    /** Names repeat across a corpus (a department in every year): segmented once each. */
    private String seg(String s) {
        return s == null ? null : segmentedNames.computeIfAbsent(s, analysis::segmented);
    }

    /**
     * Replaces the base department and region in one pass, longest first, so that a new name that
     * contains an old one (岳阳市 → 岳阳市云溪区) is not replaced again. The pattern is compiled once
     * per derived report, not once per string it is applied to.
     */
    private static final class Relabel {
        private final Map<String, String> to = new HashMap<>();
        private final Pattern pattern;

        Relabel(String fromDept, String toDept, String fromRegion, String toRegion) {
            if (fromRegion != null && !fromRegion.isBlank()) {
                to.put(fromRegion, toRegion);
            }
            if (fromDept != null && !fromDept.isBlank()) {
                to.put(fromDept, toDept);
            }
            pattern = to.isEmpty() ? null : Pattern.compile(to.keySet().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote).collect(Collectors.joining("|")));
        }

        String apply(String s) {
            if (s == null || pattern == null) {
                return s;
            }
            return pattern.matcher(s).replaceAll(m -> Matcher.quoteReplacement(to.get(m.group())));
        }
    }

    static String sha256(String content) {
        return Hashing.sha256(content.getBytes(StandardCharsets.UTF_8));
    }
}
