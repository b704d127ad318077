package org.selfeval.eval.tables;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.selfeval.extract.FailureCode;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One exact-match case: a PDF, the oracle CSV and the parameters the oracle was made with.
 *
 * @param areas           selection areas (their tables are concatenated in this order); empty = whole page
 * @param tableIndex      1-based index among the selected tables, or 0 for all of them concatenated
 * @param columns         column boundaries the oracle was made with (tabula {@code -c}); empty = found by us
 * @param oracle          known conventions of the oracle's output that are not table content
 * @param expectedFailure the failure our extractor must report instead of tables, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TableCase(String file, String expected, int page, List<Area> areas, Mode mode, int tableIndex,
                        SpanRendering spans, List<Double> columns, Set<OracleOption> oracle,
                        FailureCode expectedFailure, String note) {

    public enum Mode { LATTICE, STREAM }

    public TableCase {
        areas = List.copyOf(areas);
        columns = List.copyOf(columns);
        oracle = oracle.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(oracle));
    }

    /** A case without explicit columns or oracle options. */
    public TableCase(String file, String expected, int page, List<Area> areas, Mode mode, int tableIndex,
                     SpanRendering spans, FailureCode expectedFailure, String note) {
        this(file, expected, page, areas, mode, tableIndex, spans, List.of(), Set.of(), expectedFailure, note);
    }

    /** A short name for reports: the expected file name. */
    public String name() {
        return expected;
    }
}
