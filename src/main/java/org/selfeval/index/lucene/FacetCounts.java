package org.selfeval.index.lucene;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

import java.io.IOException;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Counts, over every matching report, the values of the facet fields from their sorted-set doc
 * values. Each segment counts its own ordinals in an array, folded into global ordinals
 * ({@link Ordinals}, built once per reader) when the segment is done; values are looked up once per
 * value in the whole answer, not once per segment. Values come in string order.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, FacetCounts.Result> {

    /** Facet field → value → count (values in string order), and the summed counts left out per field. */
    record Result(Map<String, Map<String, Long>> counts, Map<String, Long> other) {
    }

    private final Ordinals ordinals;
    private final int maxValues;

    /** @param maxValues values kept per field, the most frequent first, ties in value order; 0 keeps all */
    FacetCounts(Ordinals ordinals, int maxValues) {
        this.ordinals = ordinals;
        this.maxValues = maxValues;
    }

    /** The global ordinals of the facet fields over one reader's segments. */
    static final class Ordinals {
        private final IndexReader reader;
        private final List<String> fields;
        private final OrdinalMap[] maps;

        private Ordinals(IndexReader reader, List<String> fields, OrdinalMap[] maps) {
            this.reader = reader;
            this.fields = fields;
            this.maps = maps;
        }

        static Ordinals build(IndexReader reader, List<String> fields) throws IOException {
            List<LeafReaderContext> leaves = reader.leaves();
            OrdinalMap[] maps = new OrdinalMap[fields.size()];
            for (int i = 0; i < fields.size(); i++) {
                SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
                for (LeafReaderContext leaf : leaves) {
                    values[leaf.ord] = DocValues.getSortedSet(leaf.reader(), fields.get(i));
                }
                IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
                maps[i] = OrdinalMap.build(helper == null ? null : helper.getKey(), values, PackedInts.DEFAULT);
            }
            return new Ordinals(reader, fields, maps);
        }

        boolean of(IndexReader r) {
            return reader == r;
        }
    }

    @Override
    public Counter newCollector() {
        return new Counter(ordinals);
    }

    @Override
    public Result reduce(Collection<Counter> collectors) throws IOException {
        List<String> fields = ordinals.fields;
        long[][] total = null;
        for (Counter c : collectors) {
            c.fold();
            if (total == null) {
                total = c.global;
            } else {
                for (int i = 0; i < total.length; i++) {
                    for (int g = 0; g < total[i].length; g++) {
                        total[i][g] += c.global[i][g];
                    }
                }
            }
        }
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        Map<String, Long> other = new LinkedHashMap<>();
        List<LeafReaderContext> leaves = ordinals.reader.leaves();
        for (int i = 0; i < fields.size(); i++) {
            SortedSetDocValues[] lookup = new SortedSetDocValues[leaves.size()];
            OrdinalMap map = ordinals.maps[i];
            Map<String, Long> counts = new LinkedHashMap<>();
            String previous = null;
            boolean sorted = true;
            long[] fieldTotal = total == null ? new long[0] : total[i];
            BitSet kept = kept(fieldTotal);
            long leftOut = 0;
            for (int g = 0; g < fieldTotal.length; g++) {
                if (fieldTotal[g] == 0) {
                    continue;
                }
                if (kept != null && !kept.get(g)) {
                    leftOut += fieldTotal[g];
                    continue;
                }
                int segment = map.getFirstSegmentNumber(g);
                if (lookup[segment] == null) {
                    lookup[segment] = DocValues.getSortedSet(leaves.get(segment).reader(), fields.get(i));
                }
                BytesRef term = lookup[segment].lookupOrd(map.getFirstSegmentOrd(g));
                String value = term.utf8ToString();
                // Ordinals follow UTF-8 byte order, strings UTF-16 order: equal but for characters beyond the BMP.
                sorted &= previous == null || previous.compareTo(value) < 0;
                previous = value;
                counts.put(value, total[i][g]);
            }
            out.put(fields.get(i), sorted ? counts : new TreeMap<>(counts));
            if (leftOut > 0) {
                other.put(fields.get(i), leftOut);
            }
        }
        return new Result(out, other);
    }

    /**
     * The global ordinals of the {@code maxValues} highest counts, ties to the lower ordinal (the
     * value first in UTF-8 byte order, as Elasticsearch breaks ties); null when all are kept.
     */
    private BitSet kept(long[] counts) {
        if (maxValues <= 0) {
            return null;
        }
        int nonZero = 0;
        for (long c : counts) {
            nonZero += c > 0 ? 1 : 0;
        }
        if (nonZero <= maxValues) {
            return null;
        }
        // Min-heap of the best so far: the root is the weakest (lowest count, then highest ordinal).
        PriorityQueue<Integer> best = new PriorityQueue<>(maxValues + 1, (a, b) -> counts[a] != counts[b]
                ? Long.compare(counts[a], counts[b]) : Integer.compare(b, a));
        for (int g = 0; g < counts.length; g++) {
            if (counts[g] == 0) {
                continue;
            }
            if (best.size() < maxValues) {
                best.add(g);
            } else {
                int weakest = best.peek();
                if (counts[g] > counts[weakest]) {
                    best.poll();
                    best.add(g);
                }
            }
        }
        BitSet kept = new BitSet(counts.length);
        best.forEach(kept::set);
        return kept;
    }

    static final class Counter implements Collector {
        private final Ordinals ordinals;
        private final long[][] global;
        private SortedSetDocValues[] values;
        private long[][] segmentCounts;
        private LongValues[] toGlobal;

        Counter(Ordinals ordinals) {
            this.ordinals = ordinals;
            this.global = new long[ordinals.maps.length][];
            for (int i = 0; i < global.length; i++) {
                global[i] = new long[(int) ordinals.maps[i].getValueCount()];
            }
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            fold();
            int n = ordinals.fields.size();
            values = new SortedSetDocValues[n];
            segmentCounts = new long[n][];
            toGlobal = new LongValues[n];
            for (int i = 0; i < n; i++) {
                values[i] = DocValues.getSortedSet(context.reader(), ordinals.fields.get(i));
                segmentCounts[i] = new long[(int) values[i].getValueCount()];
                toGlobal[i] = ordinals.maps[i].getGlobalOrds(context.ord);
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    for (int i = 0; i < values.length; i++) {
                        if (values[i].advanceExact(doc)) {
                            for (int k = 0; k < values[i].docValueCount(); k++) {
                                segmentCounts[i][(int) values[i].nextOrd()]++;
                            }
                        }
                    }
                }
            };
        }

        /** Adds the current segment's counts to the global ones. */
        void fold() {
            if (values == null) {
                return;
            }
            for (int i = 0; i < segmentCounts.length; i++) {
                for (int ord = 0; ord < segmentCounts[i].length; ord++) {
                    if (segmentCounts[i][ord] > 0) {
                        global[i][(int) toGlobal[i].get(ord)] += segmentCounts[i][ord];
                    }
                }
            }
            values = null;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
