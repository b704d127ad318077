package org.selfeval.index;

import java.util.List;

/**
 * A search over the index. Null or blank fields do not filter.
 *
 * @param text              free text; segmented like the indexed text, with a character-bigram fallback
 * @param finding           a finding code: the report has at least one finding with it
 * @param severity          the report has at least one finding of this severity
 * @param figures           all must hold: each by some figure of the report
 * @param includeSuperseded also return reports superseded by a newer version
 * @param limit             maximum hits returned
 */
public record SearchQuery(String text, Integer year, String department, String region, String kind,
                          String finding, String severity, List<FigureCondition> figures,
                          boolean includeSuperseded, int limit) {

    public static final int DEFAULT_LIMIT = 20;

    public SearchQuery {
        figures = figures == null ? List.of() : List.copyOf(figures);
        if (limit <= 0) {
            limit = DEFAULT_LIMIT;
        }
    }

    /** The same search returning at most {@code limit} hits. */
    public SearchQuery withLimit(int limit) {
        return new SearchQuery(text, year, department, region, kind, finding, severity, figures, includeSuperseded,
                limit);
    }

    /** A plain text query over current reports. */
    public static SearchQuery text(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, List.of(), false, DEFAULT_LIMIT);
    }
}
