package org.selfeval.index.bench;

import org.selfeval.index.ReportIndex;
import org.selfeval.index.SearchHit;
import org.selfeval.index.SearchResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs every query of a mix on two indexes of the same reports and counts where the answers agree:
 * the total, the facets, and the ranked hits (the same reports in the same order). This is what
 * "both engines give the same hits" means at the benchmark's scale, where EngineParityTest cannot go.
 */
public final class EngineComparison {

    /** Differences kept for the report; the counts cover every query. */
    private static final int EXAMPLES = 5;

    /**
     * @param sameHits   queries whose ranked hits are the same reports in the same order
     * @param sameTotal  queries with the same number of matching reports
     * @param sameFacets queries with the same facet counts (and the same counts left out)
     * @param examples   the first few differing queries, each with what differs
     */
    public record Result(String first, String second, int queries, int sameHits, int sameTotal, int sameFacets,
                         List<String> examples) {

        public boolean agree() {
            return sameHits == queries && sameTotal == queries && sameFacets == queries;
        }

        public String table() {
            StringBuilder s = new StringBuilder();
            s.append(String.format("%s vs %s on the same %d queries: same ranked hits %d, same total %d, same facets %d%n",
                    first, second, queries, sameHits, sameTotal, sameFacets));
            examples.forEach(e -> s.append("  differs: ").append(e).append(System.lineSeparator()));
            return s.toString();
        }
    }

    private EngineComparison() {
    }

    public static Result compare(String firstName, ReportIndex first, String secondName, ReportIndex second,
                                 List<QueryMix.Entry> queries) {
        int sameHits = 0;
        int sameTotal = 0;
        int sameFacets = 0;
        List<String> examples = new ArrayList<>();
        for (QueryMix.Entry q : queries) {
            SearchResult a = first.search(q.query());
            SearchResult b = second.search(q.query());
            List<String> differs = new ArrayList<>();
            if (shas(a).equals(shas(b))) {
                sameHits++;
            } else {
                differs.add("hits " + shortShas(a) + " / " + shortShas(b));
            }
            if (a.total() == b.total()) {
                sameTotal++;
            } else {
                differs.add("total " + a.total() + " / " + b.total());
            }
            if (Objects.equals(a.facets(), b.facets()) && Objects.equals(a.facetsOther(), b.facetsOther())) {
                sameFacets++;
            } else {
                differs.add("facets");
            }
            if (!differs.isEmpty() && examples.size() < EXAMPLES) {
                examples.add(q.kind() + " " + q.query() + ": " + String.join("; ", differs));
            }
        }
        return new Result(firstName, secondName, queries.size(), sameHits, sameTotal, sameFacets, List.copyOf(examples));
    }

    private static List<String> shas(SearchResult r) {
        return r.hits().stream().map(SearchHit::sha256).toList();
    }

    private static List<String> shortShas(SearchResult r) {
        return shas(r).stream().map(s -> s.substring(0, Math.min(12, s.length()))).toList();
    }
}
