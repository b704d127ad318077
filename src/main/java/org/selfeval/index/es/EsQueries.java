package org.selfeval.index.es;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.selfeval.index.FigureCondition;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.SearchQuery;
import org.selfeval.index.VersionGroup;

import java.util.List;
import java.util.Locale;

/**
 * SearchQuery → Elasticsearch query DSL, with the semantics both engines share (see
 * {@link IndexAnalysis#queryParts}): every query part must match, a part matching when all its
 * HanLP tokens are in {@code segmented} or its bigrams form a phrase in {@code bigrams}; a phrase
 * of the tokens only boosts, and the bigram phrase scores only where the tokens miss. Filters are
 * exact keyword terms and do not score.
 */
final class EsQueries {

    static final String SEGMENTED = "segmented";
    /** Boost of the whole-part phrase over loose token matches. */
    private static final float PHRASE_BOOST = 2f;

    private final IndexAnalysis analysis;

    EsQueries(IndexAnalysis analysis) {
        this.analysis = analysis;
    }

    Query build(SearchQuery q) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        List<IndexAnalysis.QueryPart> parts = q.text() == null ? List.of() : analysis.queryParts(q.text());
        for (IndexAnalysis.QueryPart part : parts) {
            bool.must(partQuery(part));
        }
        if (!q.includeSuperseded()) {
            bool.filter(term("current", FieldValue.of(true)));
        }
        if (q.year() != null) {
            bool.filter(term("year", FieldValue.of(q.year())));
        }
        keyword(bool, "department", q.department());
        keyword(bool, "region", q.region());
        keyword(bool, "kind", q.kind());
        keyword(bool, "findings.code", q.finding());
        keyword(bool, EsDocuments.SEVERITIES, q.severity() == null ? null : q.severity().toLowerCase(Locale.ROOT));
        for (FigureCondition condition : q.figures()) {
            bool.filter(figure(analysis.canonical(condition)));
        }
        return Query.of(b -> b.bool(bool.build()));
    }

    /**
     * Part of the text query: tokens (all), plus a scoring-only token phrase, OR the bigram phrase
     * where the tokens miss (see {@link IndexAnalysis#queryParts}).
     */
    private static Query partQuery(IndexAnalysis.QueryPart part) {
        BoolQuery.Builder either = new BoolQuery.Builder().minimumShouldMatch("1");
        Query allTokens = null;
        if (!part.tokens().isEmpty()) {
            String tokens = String.join(" ", part.tokens());
            allTokens = Query.of(s -> s.match(m -> m.field(SEGMENTED).query(tokens).operator(Operator.And)));
            either.should(allTokens);
            if (part.tokens().size() > 1) {
                either.should(s -> s.matchPhrase(m -> m.field(SEGMENTED).query(tokens).boost(PHRASE_BOOST)));
            }
        }
        if (!part.bigrams().isEmpty()) {
            String bigrams = String.join(" ", part.bigrams());
            Query phrase = Query.of(s -> s.matchPhrase(m -> m.field(EsDocuments.BIGRAMS).query(bigrams)));
            Query tokens = allTokens; // final, for the lambda
            either.should(tokens == null ? phrase : Query.of(s -> s.bool(b -> b.must(phrase).mustNot(tokens))));
        }
        return Query.of(b -> b.bool(either.build()));
    }

    /** Some figure with the (canonical) label and a comparable unit satisfies the condition. */
    static Query figure(FigureCondition c) {
        BoolQuery.Builder inner = new BoolQuery.Builder();
        inner.filter(term("figures.label", FieldValue.of(c.label())));
        if (!c.unit().isEmpty()) {
            inner.filter(term("figures.unit", FieldValue.of(c.unit())));
        }
        inner.filter(range(c));
        return Query.of(b -> b.nested(n -> n.path("figures").query(q -> q.bool(inner.build()))));
    }

    private static Query range(FigureCondition c) {
        double v = c.value();
        return Query.of(b -> b.range(r -> r.number(n -> {
            n.field("figures.value");
            return switch (c.op()) {
                case "<" -> n.lt(v);
                case "<=" -> n.lte(v);
                case ">" -> n.gt(v);
                case ">=" -> n.gte(v);
                default -> {
                    // Same tolerance as FigureCondition.test for "=".
                    double eps = 1e-9 * Math.max(1, Math.abs(v));
                    yield n.gte(v - eps).lte(v + eps);
                }
            };
        })));
    }

    private static void keyword(BoolQuery.Builder bool, String field, String value) {
        if (value != null && !value.isBlank()) {
            bool.filter(term(field, FieldValue.of(value)));
        }
    }

    /** Every stored version of a version group (same department, year, kind, and project title). */
    static Query group(VersionGroup group) {
        return Query.of(q -> q.bool(b -> {
            b.filter(term("department", FieldValue.of(group.department())))
                    .filter(term("year", FieldValue.of(group.year())));
            if (group.kind().isEmpty()) {
                b.mustNot(m -> m.exists(e -> e.field("kind")));
            } else {
                b.filter(term("kind", FieldValue.of(group.kind())));
            }
            if (group.project() != null) {
                b.filter(term("title", FieldValue.of(group.project())));
            }
            return b;
        }));
    }

    static Query term(String field, FieldValue value) {
        return Query.of(b -> b.term(t -> t.field(field).value(value)));
    }
}
