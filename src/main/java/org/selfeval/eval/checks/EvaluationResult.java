package org.selfeval.eval.checks;

import java.util.List;
import java.util.Map;

/**
 * The scores of one evaluation run.
 *
 * @param perCode            finding code → P/R/F1 (errors and warnings)
 * @param inconsistencies    all codes together (micro average)
 * @param missingParts       (file, kind, canonical) pairs, sections and attachments together
 * @param completenessExact  share of files whose body and attachment scores equal the gold
 * @param cleanFalseAlarms   code → false alarms on clean documents
 * @param perVariant         variant kind → findings P/R/F1 over its documents (how each phenomenon fares)
 */
public record EvaluationResult(int files, int failed, double seconds, Map<String, Prf> perCode, Prf inconsistencies,
                               Prf missingParts, Prf missingSections, Prf missingAttachments,
                               int completenessExactCount, double completenessExact,
                               int profileRightCount, double profileAccuracy, Map<String, Prf> profileByGold,
                               int cleanFiles, int cleanFilesWithFalseAlarms, Map<String, Integer> cleanFalseAlarms,
                               List<Miss> misses, Map<String, Prf> perVariant) {

    /**
     * One line of misses.jsonl.
     *
     * @param kind FN (gold finding not reported), FP (reported, not gold), MISSING_FN, MISSING_FP,
     *             COMPLETENESS, PROFILE or FAILED
     */
    public record Miss(String file, String variant, String kind, String code, String rule, String severity,
                       String detail) {
    }
}
