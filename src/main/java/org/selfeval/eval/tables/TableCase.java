package org.selfeval.eval.tables;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.selfeval.extract.FailureCode;

import java.util.List;

/**
 * One exact-match case: a PDF, the oracle CSV and the parameters the oracle was made with.
 *
 * @param areas           selection areas (their tables are concatenated in this order); empty = whole page
 * @param tableIndex      1-based index among the selected tables, or 0 for all of them concatenated
 * @param expectedFailure the failure our extractor must report instead of tables, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TableCase(String file, String expected, int page, List<Area> areas, Mode mode, int tableIndex,
                        SpanRendering spans, FailureCode expectedFailure, String note) {

    public enum Mode { LATTICE, STREAM }

    public TableCase {
        areas = List.copyOf(areas);
    }

    /** A short name for reports: the expected file name. */
    public String name() {
        return expected;
    }
}
