package org.selfeval.index.lucene;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The facet counting the one-pass search replaced (per-segment ordinals turned into strings once per
 * segment, merged in a TreeMap), kept as the reference that {@link FacetCounts} must equal.
 */
final class ReferenceFacetCounts implements CollectorManager<ReferenceFacetCounts.Counter, Map<String, Map<String, Long>>> {

    private final List<String> fields;

    ReferenceFacetCounts(List<String> fields) {
        this.fields = fields;
    }

    @Override
    public Counter newCollector() {
        return new Counter(fields);
    }

    @Override
    public Map<String, Map<String, Long>> reduce(Collection<Counter> collectors) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (String f : fields) {
            Map<String, Long> merged = new TreeMap<>();
            for (Counter c : collectors) {
                c.flush();
                c.counts.getOrDefault(f, Map.of()).forEach((k, v) -> merged.merge(k, v, Long::sum));
            }
            out.put(f, merged);
        }
        return out;
    }

    static final class Counter implements Collector {
        private final List<String> fields;
        private final Map<String, Map<String, Long>> counts = new HashMap<>();
        private SortedSetDocValues[] values;
        private long[][] ordinalCounts;

        Counter(List<String> fields) {
            this.fields = fields;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            flush();
            values = new SortedSetDocValues[fields.size()];
            ordinalCounts = new long[fields.size()][];
            for (int i = 0; i < fields.size(); i++) {
                values[i] = DocValues.getSortedSet(context.reader(), fields.get(i));
                ordinalCounts[i] = new long[(int) values[i].getValueCount()];
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
                                ordinalCounts[i][(int) values[i].nextOrd()]++;
                            }
                        }
                    }
                }
            };
        }

        /** Turns the current segment's ordinal counts into value counts. */
        void flush() {
            if (values == null) {
                return;
            }
            try {
                for (int i = 0; i < values.length; i++) {
                    Map<String, Long> m = counts.computeIfAbsent(fields.get(i), k -> new HashMap<>());
                    for (int ord = 0; ord < ordinalCounts[i].length; ord++) {
                        if (ordinalCounts[i][ord] > 0) {
                            m.merge(values[i].lookupOrd(ord).utf8ToString(), ordinalCounts[i][ord], Long::sum);
                        }
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            values = null;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
