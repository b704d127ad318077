package org.selfeval.service.es;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/** Every hit of a search on a state index, page by page with search_after (no result-window limit). */
final class EsPaging {

    private static final int PAGE = 1000;

    private EsPaging() {
    }

    static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    static Query all() {
        return Query.of(q -> q.matchAll(m -> m));
    }

    /**
     * @param sortField sorted by it, then by "batch" (every state index that is searched has it) so
     *                  the order is total and search_after never skips a hit
     * @param includes  source fields to fetch; empty: all
     */
    static void each(EsStateIndex index, Query query, String sortField, SortOrder order, List<String> includes,
                     Consumer<ObjectNode> hit) {
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<ObjectNode> page;
            try {
                page = index.client.search(s -> {
                    s.index(index.name).size(PAGE).query(query).trackTotalHits(t -> t.enabled(false))
                            .sort(o -> o.field(f -> f.field(sortField).order(order)))
                            .sort(o -> o.field(f -> f.field("batch").order(SortOrder.Asc)));
                    if (!includes.isEmpty()) {
                        s.source(src -> src.filter(f -> f.includes(includes)));
                    }
                    if (from != null) {
                        s.searchAfter(from);
                    }
                    return s;
                }, ObjectNode.class);
            } catch (IOException e) {
                throw new UncheckedIOException("Elasticsearch search failed on " + index.name, e);
            }
            List<Hit<ObjectNode>> hits = page.hits().hits();
            hits.forEach(h -> hit.accept(h.source()));
            if (hits.size() < PAGE) {
                return;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }
}
