package org.selfeval.index;

import java.util.List;
import java.util.Map;

/**
 * Hits of one search plus facet counts over all matching reports.
 *
 * @param total       number of matching reports (not only those returned)
 * @param facets      facet name (year, department, region, kind, finding) → value → report count;
 *                    when a facet is limited (index.query.facet_values), its most frequent values
 * @param facetsOther facet name → the summed counts of the values a limited facet left out (absent
 *                    when none was left out)
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets,
                           Map<String, Long> facetsOther) {

    public static final List<String> FACETS = List.of("year", "department", "region", "kind", "finding");

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
        facetsOther = Map.copyOf(facetsOther);
    }

    /** A result whose facets list every value. */
    public SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {
        this(total, hits, facets, Map.of());
    }
}
