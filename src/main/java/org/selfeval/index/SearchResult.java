package org.selfeval.index;

import java.util.List;
import java.util.Map;

/**
 * Hits of one search plus facet counts over all matching reports.
 *
 * @param total  number of matching reports (not only those returned)
 * @param facets facet name (year, department, region, kind, finding) → value → report count
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {

    public static final List<String> FACETS = List.of("year", "department", "region", "kind", "finding");

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
