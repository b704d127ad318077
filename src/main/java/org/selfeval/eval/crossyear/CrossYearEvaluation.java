package org.selfeval.eval.crossyear;

import org.selfeval.pipeline.BatchRunner;

import org.selfeval.index.CrossYear;
import org.selfeval.index.IndexedReport;
import org.selfeval.model.Finding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Indexes each family in year order (a superseded version first, then the version replacing it),
 * as an index would, runs the cross-year check on every report against what is already indexed,
 * and scores the CROSS_YEAR_MISMATCH findings against the injected gold.
 */
public final class CrossYearEvaluation {

    private final Function<Path, IndexedReport> analyser;
    private final CrossYear checker;
    private final int threads;

    /** @param analyser check a file and build its index record (null when it cannot be read) */
    public CrossYearEvaluation(Function<Path, IndexedReport> analyser, CrossYear checker, int threads) {
        this.analyser = analyser;
        this.checker = checker;
        this.threads = Math.max(1, threads);
    }

    /** One scored finding or miss, for the listing. */
    public record Outcome(String kind, String file, String rule, String detail) {
    }

    /**
     * @param perRule        rule → {tp, fp, fn}
     * @param cleanFindings  findings in clean families (must be 0)
     */
    public record Result(int reports, int failed, int cleanFamilies, int injectedFamilies,
                         Map<String, int[]> perRule, int cleanFindings, List<Outcome> outcomes, double seconds) {

        public int tp() {
            return perRule.values().stream().mapToInt(c -> c[0]).sum();
        }

        public int fp() {
            return perRule.values().stream().mapToInt(c -> c[1]).sum();
        }

        public int fn() {
            return perRule.values().stream().mapToInt(c -> c[2]).sum();
        }

        public static double precision(int tp, int fp) {
            return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        }

        public static double recall(int tp, int fn) {
            return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        }
    }

    public Result run(CrossYearCorpus.Corpus corpus) {
        long start = System.nanoTime();
        Map<CrossYearCorpus.Member, IndexedReport> analysed = analyseAll(corpus.members());
        Map<Integer, List<CrossYearCorpus.Member>> families = new TreeMap<>();
        for (CrossYearCorpus.Member m : corpus.members()) {
            families.computeIfAbsent(m.family(), k -> new ArrayList<>()).add(m);
        }
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, int[]> perRule = new TreeMap<>();
        List<CrossYearGold> open = new ArrayList<>(corpus.gold());
        int cleanFindings = 0;
        int failed = 0;
        for (List<CrossYearCorpus.Member> family : families.values()) {
            family.sort(Comparator.comparingInt(CrossYearCorpus.Member::year).thenComparingInt(CrossYearCorpus.Member::version));
            Map<Integer, IndexedReport> currentByYear = new HashMap<>();
            List<IndexedReport> indexed = new ArrayList<>();
            for (CrossYearCorpus.Member m : family) {
                IndexedReport r = analysed.get(m);
                if (r == null) {
                    failed++;
                    outcomes.add(new Outcome("FAILED", m.file().getFileName().toString(), null, "not analysed"));
                    continue;
                }
                IndexedReport older = currentByYear.put(m.year(), r);
                if (older != null) {
                    indexed.set(indexed.indexOf(older), older.withCurrent(false));
                }
                for (Finding f : checker.compare(r, List.copyOf(indexed))) {
                    String file = m.file().getFileName().toString();
                    String label = f.values().isEmpty() ? null : f.values().get(0).label();
                    CrossYearGold hit = open.stream().filter(g -> g.matches(file, f.rule(), label)).findFirst().orElse(null);
                    int[] c = perRule.computeIfAbsent(f.rule(), k -> new int[3]);
                    if (m.clean()) {
                        cleanFindings++;
                    }
                    if (hit != null) {
                        open.remove(hit);
                        c[0]++;
                        outcomes.add(new Outcome("TP", file, f.rule(), f.message()));
                    } else {
                        c[1]++;
                        outcomes.add(new Outcome("FP", file, f.rule(), f.message()));
                    }
                }
                indexed.add(r);
            }
        }
        for (CrossYearGold g : open) {
            perRule.computeIfAbsent(g.rule(), k -> new int[3])[2]++;
            outcomes.add(new Outcome("FN", g.file(), g.rule(), g.detail()));
        }
        return new Result(corpus.members().size(), failed, corpus.cleanFamilies(), corpus.injectedFamilies(), perRule,
                cleanFindings, outcomes, (System.nanoTime() - start) / 1e9);
    }

    private Map<CrossYearCorpus.Member, IndexedReport> analyseAll(List<CrossYearCorpus.Member> members) {
        Map<CrossYearCorpus.Member, IndexedReport> out = new HashMap<>();
        // A crash in the engine is a failed file (no report), not a failed evaluation.
        new BatchRunner<IndexedReport>(threads, analyser, (file, error) -> null)
                .run(members.stream().map(CrossYearCorpus.Member::file).toList(), (i, r) -> {
                    if (r != null) {
                        out.put(members.get(i), r);
                    }
                });
        return out;
    }
}
