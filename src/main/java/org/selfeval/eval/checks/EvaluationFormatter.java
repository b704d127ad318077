package org.selfeval.eval.checks;

import java.util.Map;

/** Plain-text tables of an evaluation result, GROBID style. */
public final class EvaluationFormatter {

    private EvaluationFormatter() {
    }

    public static String text(EvaluationResult r) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("files: %d (failed %d), %.1f s%n%n", r.files(), r.failed(), r.seconds()));
        s.append(String.format("%-22s %7s %5s %5s %5s %9s %7s %7s%n", "finding code", "support", "TP", "FP", "FN",
                "precision", "recall", "F1"));
        for (Map.Entry<String, Prf> e : r.perCode().entrySet()) {
            s.append(row(e.getKey(), e.getValue()));
        }
        s.append(row("ALL (+T14/B7 info)", r.inconsistencies())).append('\n');
        s.append(row("missing parts", r.missingParts()));
        s.append(row("  sections", r.missingSections()));
        s.append(row("  attachments", r.missingAttachments())).append('\n');
        s.append(String.format("completeness exact: %d/%d = %.2f%%%n", r.completenessExactCount(), r.files(),
                100 * r.completenessExact()));
        s.append(String.format("profile accuracy:   %d/%d = %.2f%%%n", r.profileRightCount(), r.files(),
                100 * r.profileAccuracy()));
        r.profileByGold().forEach((p, prf) -> s.append(String.format("  %-18s right %d, chosen wrongly %d, missed %d%n",
                p, prf.tp(), prf.fp(), prf.fn())));
        s.append(String.format("clean documents: %d, with false alarms: %d %s%n", r.cleanFiles(),
                r.cleanFilesWithFalseAlarms(), r.cleanFalseAlarms()));
        if (r.perVariant() != null && !r.perVariant().isEmpty()) {
            s.append(String.format("%n%-22s %7s %5s %5s %5s %9s %7s %7s%n", "variant", "support", "TP", "FP", "FN",
                    "precision", "recall", "F1"));
            r.perVariant().forEach((v, p) -> s.append(row(v, p)));
        }
        return s.toString();
    }

    private static String row(String name, Prf p) {
        return String.format("%-22s %7d %5d %5d %5d %9.4f %7.4f %7.4f%n", name, p.support(), p.tp(), p.fp(), p.fn(),
                p.precision(), p.recall(), p.f1());
    }
}
