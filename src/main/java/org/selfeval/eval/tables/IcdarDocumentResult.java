package org.selfeval.eval.tables;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Adjacency-relation score of one ICDAR 2013 document.
 *
 * @param failure why our extractor produced nothing (failure code and detail), else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IcdarDocumentResult(String file, int groundTruthTables, int detectedTables, int matchedTables,
                                  RelationScore score, List<TableResult> tables, String failure) {

    public IcdarDocumentResult {
        tables = List.copyOf(tables);
    }

    /**
     * One ground-truth/detected pairing; {@code groundTruthId} null for a detection matching no
     * annotated table, {@code detected} 0 for an annotated table we did not find (else 1-based
     * index among our tables).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TableResult(String groundTruthId, int detected, int page, RelationScore score,
                              List<String> sampleMissed, List<String> sampleSpurious) {
    }
}
