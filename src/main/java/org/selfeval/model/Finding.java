package org.selfeval.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One thing the checker reports, per the output contract.
 *
 * @param code     contract code (SUM_MISMATCH, RATIO_MISMATCH, …)
 * @param rule     the rubric rule id behind it (T5, X6, …), for reviewers who know the rubric
 * @param values   the numbers involved, side by side, each with where it is
 * @param expected what the numbers imply, or null
 * @param actual   what the document states, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(String code, Severity severity, String rule, String message, List<Value> values,
                      Double expected, Double actual) {

    public Finding {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** A number quoted by a finding, in the document's own unit (contract: values[]). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Value(String label, double value, String unit, String source, int page, String snippet) {
        public static Value of(Figure f) {
            return new Value(f.label(), f.value(), f.unit(), f.source(), f.page(), f.snippet());
        }
    }
}
