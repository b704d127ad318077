package org.selfeval.eval.checks;

import org.selfeval.model.Severity;
import org.selfeval.sections.SectionReport;

import java.util.List;

/**
 * Ground truth for one generated file ({@code <file>.gold.json}): what the checker MUST report.
 *
 * @param variant   how the file was derived from its clean spec (clean, sum-income, missing-section …)
 * @param findings  findings that must be reported (code, rule when known, at least this severity)
 * @param allowed   findings that are legitimate side effects and must not count as false alarms
 * @param missing   required parts that must be reported missing
 */
public record Gold(String file, String format, String variant, String profile, boolean clean,
                   List<Expected> findings, List<Allowed> allowed, List<MissingPart> missing,
                   SectionReport.Completeness completeness) {

    public Gold {
        findings = List.copyOf(findings);
        allowed = List.copyOf(allowed);
        missing = List.copyOf(missing);
    }

    public Gold withFile(String newFile, String newFormat) {
        return new Gold(newFile, newFormat, variant, profile, clean, findings, allowed, missing, completeness);
    }

    /**
     * @param rule     rubric rule id (T5, X6 …) or null when any rule of the code will do
     * @param severity the least severe acceptable severity
     * @param note     what was injected, for people reading misses
     * @param values   every number involved, in the document's unit; when given, a finding must quote
     *                 at least two of them (like the labelled corpus's scorer), or the only one
     */
    public record Expected(String code, String rule, Severity severity, String note, List<Double> values) {
        public Expected {
            values = values == null ? List.of() : List.copyOf(values);
        }

        public Expected(String code, String rule, Severity severity, String note) {
            this(code, rule, severity, note, List.of());
        }
    }

    /** A finding that may appear; {@code maxSeverity} caps how severe it may be. */
    public record Allowed(String code, String rule, Severity maxSeverity) {
    }

    public record MissingPart(String kind, String canonical) {
    }
}
