package org.selfeval.eval.tables;

import org.selfeval.model.Table;

import java.util.List;

/**
 * Scores our tables of one document against its ICDAR 2013 ground truth (structure + region
 * combined, as the competition's "complete process" task): a ground-truth table we did not find
 * contributes all its relations to recall's denominator; a table we found where none is
 * annotated contributes all its relations to precision's denominator.
 */
public final class IcdarEvaluator {

    private static final int SAMPLES = 3;

    private IcdarEvaluator() {
    }

    public static IcdarDocumentResult evaluate(String file, List<GroundTruthTable> groundTruth, List<Table> detected) {
        List<IcdarDocumentResult.TableResult> rows = new java.util.ArrayList<>();
        RelationScore total = RelationScore.ZERO;
        int matched = 0;
        for (TableMatcher.Pair p : TableMatcher.match(groundTruth, detected)) {
            GroundTruthTable gt = p.groundTruth() >= 0 ? groundTruth.get(p.groundTruth()) : null;
            Table det = p.detected() >= 0 ? detected.get(p.detected()) : null;
            List<AdjacencyRelation> gtRel = gt == null ? List.of() : AdjacencyRelations.of(gt.table());
            List<AdjacencyRelation> detRel = det == null ? List.of() : AdjacencyRelations.of(det);
            RelationScore score = new RelationScore(gtRel.size(), detRel.size(), AdjacencyRelations.countCommon(gtRel, detRel));
            total = total.plus(score);
            if (gt != null && det != null) {
                matched++;
            }
            int page = gt != null ? gt.table().page() : det.page();
            rows.add(new IcdarDocumentResult.TableResult(gt == null ? null : gt.id(), p.detected() + 1, page, score,
                    samples(AdjacencyRelations.missing(gtRel, detRel)), samples(AdjacencyRelations.missing(detRel, gtRel))));
        }
        rows.sort(java.util.Comparator.comparingInt(IcdarDocumentResult.TableResult::page)
                .thenComparingInt(IcdarDocumentResult.TableResult::detected));
        return new IcdarDocumentResult(file, groundTruth.size(), detected.size(), matched, total, rows, null);
    }

    /** Every annotated table missed because extraction failed. */
    public static IcdarDocumentResult failed(String file, List<GroundTruthTable> groundTruth, String failure) {
        IcdarDocumentResult r = evaluate(file, groundTruth, List.of());
        return new IcdarDocumentResult(file, r.groundTruthTables(), 0, 0, r.score(), r.tables(), failure);
    }

    private static List<String> samples(List<AdjacencyRelation> relations) {
        return relations.stream().limit(SAMPLES).map(AdjacencyRelation::toString).toList();
    }
}
