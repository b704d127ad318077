package org.selfeval.eval.corpus;

import java.util.List;

/** What {@link CorpusScorer} measured; the fields mirror the lines score.py prints. */
public record CorpusScore(int files, int ok, List<String> failed, List<String> absent, int unknown,
                          Rates sections, int ignoredConditional, List<PartDetail> sectionDetails,
                          int completenessExact, int completenessTotalExact,
                          int required, int recalled, int optionalRecalled, int findingsCounted, int findingsMatching,
                          Rates inconsistencies, List<CodeRow> perCode,
                          int cleanAlarms, int cleanDocsWithAlarms, int cleanDocs,
                          List<Miss> misses, List<Unmatched> unmatched) {

    /** Precision, recall, F1 with score.py's convention: 0 when the denominator is empty. */
    public record Rates(int tp, int fp, int fn, double precision, double recall, double f1) {
        public static Rates of(int tp, int fp, int fn) {
            double p = tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
            return new Rates(tp, fp, fn, p, r, f1(p, r));
        }

        static double f1(double p, double r) {
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }

    public record CodeRow(String code, int truth, double recall, int found, double precision, double f1) {
    }

    public record PartDetail(String file, List<String> missed, List<String> spurious) {
    }

    public record Miss(String file, String code, List<Double> numbers) {
    }

    public record Unmatched(String file, String code, String severity, List<Double> values, String message) {
    }

    public double completeness() {
        return files == 0 ? 0.0 : (double) completenessExact / files;
    }
}
