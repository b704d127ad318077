package org.selfeval.eval.tables;

import java.util.List;

/** Everything one run of the table evaluation measured. */
public record EvaluationReport(String corpus, Icdar icdar, Cases cases) {

    /**
     * @param micro    relations pooled over all documents
     * @param macroF1  mean of the per-document F1
     */
    public record Icdar(List<IcdarDocumentResult> documents, RelationScore micro, double microPrecision,
                        double microRecall, double microF1, double macroF1) {

        public static Icdar of(List<IcdarDocumentResult> documents) {
            RelationScore micro = documents.stream().map(IcdarDocumentResult::score)
                    .reduce(RelationScore.ZERO, RelationScore::plus);
            double macro = documents.stream().mapToDouble(d -> d.score().f1()).average().orElse(0);
            return new Icdar(List.copyOf(documents), micro, micro.precision(), micro.recall(), micro.f1(), macro);
        }
    }

    /** Exact-match results, with the share exact per mode; expected failures are not in the shares. */
    public record Cases(List<CaseResult> results, Share lattice, Share stream, int expectedFailures,
                        int expectedFailuresAsExpected) {

        public static Cases of(List<CaseResult> results) {
            return new Cases(List.copyOf(results), Share.of(results, TableCase.Mode.LATTICE),
                    Share.of(results, TableCase.Mode.STREAM),
                    (int) results.stream().filter(r -> !r.scored()).count(),
                    (int) results.stream().filter(r -> r.status() == CaseResult.Status.EXPECTED_FAILURE).count());
        }
    }

    public record Share(int exact, int total, double share) {
        static Share of(List<CaseResult> results, TableCase.Mode mode) {
            List<CaseResult> scored = results.stream().filter(r -> r.mode() == mode && r.scored()).toList();
            int exact = (int) scored.stream().filter(r -> r.status() == CaseResult.Status.EXACT).count();
            return new Share(exact, scored.size(), scored.isEmpty() ? 0 : (double) exact / scored.size());
        }
    }
}
