package org.selfeval.index.es;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The facets of a search as terms aggregations, and their counts read back. Buckets come by count,
 * ties by key (UTF-8 byte order): the embedded engine's order. The index has one shard, so counts
 * are exact.
 */
final class EsFacets {

    /** Buckets of a facet that lists every value (facet_values 0): more values than this is not real. */
    private static final int ALL_VALUES = 10_000;
    private static final Map<String, String> FIELDS = Map.of("year", "year", "department", "department",
            "region", "region", "kind", "kind", "finding", "findings.code");

    private EsFacets() {
    }

    /** @param facetValues values per facet, the most frequent first; 0 lists every value */
    static Map<String, Aggregation> aggregations(int facetValues) {
        int size = facetValues > 0 ? facetValues : ALL_VALUES;
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        FIELDS.forEach((name, field) -> aggs.put(name, Aggregation.of(a -> a.terms(t -> t.field(field).size(size)))));
        return aggs;
    }

    /** Facet name → value → report count. */
    static Map<String, Map<String, Long>> counts(Map<String, Aggregate> aggregations) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String name : FIELDS.keySet()) {
            Aggregate a = aggregations.get(name);
            Map<String, Long> counts = new LinkedHashMap<>();
            if (a != null && a.isLterms()) {
                a.lterms().buckets().array().forEach(b -> counts.put(String.valueOf(b.key()), b.docCount()));
            } else if (a != null && a.isSterms()) {
                a.sterms().buckets().array().forEach(b -> counts.put(b.key().stringValue(), b.docCount()));
            }
            facets.put(name, counts);
        }
        return facets;
    }

    /** Per facet, the summed counts of the values a limited facet left out (only those above 0). */
    static Map<String, Long> others(Map<String, Aggregate> aggregations) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String name : FIELDS.keySet()) {
            Aggregate a = aggregations.get(name);
            Long other = a == null ? null : a.isLterms() ? a.lterms().sumOtherDocCount()
                    : a.isSterms() ? a.sterms().sumOtherDocCount() : null;
            if (other != null && other > 0) {
                out.put(name, other);
            }
        }
        return out;
    }
}
