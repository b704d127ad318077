package org.selfeval.index.lucene;

import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.selfeval.index.FigureCondition;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.SearchQuery;

import java.util.List;

/** Builds the Lucene query for a {@link SearchQuery}, per the semantics in {@link IndexAnalysis#queryParts}. */
final class LuceneQueries {

    /** Extra weight for a part whose segmented tokens occur as a phrase. */
    static final float PHRASE_BOOST = 2f;

    private LuceneQueries() {
    }

    static Query build(SearchQuery q, List<IndexAnalysis.QueryPart> parts, List<FigureCondition> figures) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean scored = false;
        for (IndexAnalysis.QueryPart part : parts) {
            b.add(part(part), BooleanClause.Occur.MUST);
            scored = true;
        }
        if (!scored) {
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        if (!q.includeSuperseded()) {
            filter(b, LuceneDocuments.CURRENT, "true");
        }
        if (q.year() != null) {
            filter(b, LuceneDocuments.YEAR, q.year().toString());
        }
        filter(b, LuceneDocuments.DEPARTMENT, q.department());
        filter(b, LuceneDocuments.REGION, q.region());
        filter(b, LuceneDocuments.KIND, q.kind());
        filter(b, LuceneDocuments.FINDING, q.finding());
        filter(b, LuceneDocuments.SEVERITY, q.severity() == null ? null : q.severity().toLowerCase(java.util.Locale.ROOT));
        for (FigureCondition c : figures) {
            b.add(figure(c), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    /**
     * All segmented tokens (their phrase scores higher), or, where they miss, the bigrams as a phrase.
     */
    private static Query part(IndexAnalysis.QueryPart part) {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        Query allTokens = null;
        if (!part.tokens().isEmpty()) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (String t : part.tokens()) {
                all.add(new TermQuery(new Term(LuceneDocuments.SEGMENTED, t)), BooleanClause.Occur.MUST);
            }
            allTokens = all.build();
            either.add(allTokens, BooleanClause.Occur.SHOULD);
            if (part.tokens().size() > 1) {
                either.add(new BoostQuery(new PhraseQuery(LuceneDocuments.SEGMENTED, part.tokens().toArray(String[]::new)),
                        PHRASE_BOOST), BooleanClause.Occur.SHOULD);
            }
        }
        if (!part.bigrams().isEmpty()) {
            Query phrase = part.bigrams().size() == 1
                    ? new TermQuery(new Term(LuceneDocuments.BIGRAMS, part.bigrams().get(0)))
                    : new PhraseQuery(LuceneDocuments.BIGRAMS, part.bigrams().toArray(String[]::new));
            either.add(allTokens == null ? phrase : new BooleanQuery.Builder()
                    .add(phrase, BooleanClause.Occur.MUST)
                    .add(allTokens, BooleanClause.Occur.MUST_NOT)
                    .build(), BooleanClause.Occur.SHOULD);
        }
        either.setMinimumNumberShouldMatch(1);
        return either.build();
    }

    static Query figure(FigureCondition c) {
        String field = LuceneDocuments.figureField(c.label(), c.unit());
        double v = c.value();
        return switch (c.op()) {
            case "<" -> DoublePoint.newRangeQuery(field, Double.NEGATIVE_INFINITY, Math.nextDown(v));
            case "<=" -> DoublePoint.newRangeQuery(field, Double.NEGATIVE_INFINITY, v);
            case ">" -> DoublePoint.newRangeQuery(field, Math.nextUp(v), Double.POSITIVE_INFINITY);
            case ">=" -> DoublePoint.newRangeQuery(field, v, Double.POSITIVE_INFINITY);
            default -> {
                // Same tolerance as FigureCondition.test, so that 0.1 typed matches 0.1 computed.
                double eps = 1e-9 * Math.max(1, Math.abs(v));
                yield DoublePoint.newRangeQuery(field, v - eps, v + eps);
            }
        };
    }
}
