package org.selfeval.service.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.selfeval.pipeline.Json;
import org.selfeval.service.ApiError;
import org.selfeval.service.DecisionStore;
import org.selfeval.service.ResultStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decisions in {@code <index>-decisions}, one document per report: {decisions: finding id →
 * decision, made: how many are made}. A decision is read-modify-written with optimistic
 * concurrency (if_seq_no / if_primary_term) and retried on conflict, so two reviewers deciding on
 * the same report at once in two processes both keep their decision. Reads are real-time gets.
 */
public final class EsDecisionStore implements DecisionStore {

    /** Conflicts come from people clicking; this many in a row means something is wrong. */
    private static final int MAX_ATTEMPTS = 50;

    private final EsStateIndex index;

    public EsDecisionStore(ElasticsearchClient client, String prefix) {
        this.index = new EsStateIndex(client, prefix + "-decisions",
                "{\"made\":{\"type\":\"long\"},\"decisions\":{\"type\":\"object\",\"enabled\":false}}");
    }

    @Override
    public ObjectNode all(String sha256) {
        if (!ResultStore.isSha256(sha256)) {
            return Json.MAPPER.createObjectNode();
        }
        return index.get(sha256).map(v -> decisions(v.source())).orElseGet(Json.MAPPER::createObjectNode);
    }

    @Override
    public ObjectNode decide(String sha256, String findingId, String status, String comment) {
        ObjectNode decision = DecisionStore.decision(status, comment);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<EsStateIndex.Versioned> before = index.get(sha256);
            ObjectNode all = before.map(v -> decisions(v.source())).orElseGet(Json.MAPPER::createObjectNode);
            if (DecisionStore.withdraws(decision)) {
                all.remove(findingId);
            } else {
                all.set(findingId, decision);
            }
            ObjectNode doc = Json.MAPPER.createObjectNode();
            doc.put("made", DecisionStore.madeIn(all));
            doc.set("decisions", all);
            if (index.putIf(sha256, before.orElse(null), doc, false)) {
                return decision;
            }
        }
        throw new ApiError(409, "CONFLICT", "这份报告的审核结论正被他人同时修改，请稍后重试。");
    }

    /** One real-time multi-get of the reports' made counts. */
    @Override
    public Map<String, Long> made(Collection<String> sha256s) {
        Map<String, Long> out = new HashMap<>();
        if (sha256s.isEmpty()) {
            return out;
        }
        try {
            MgetResponse<ObjectNode> got = index.client.mget(m -> m.index(index.name).ids(List.copyOf(sha256s))
                    .sourceIncludes("made"), ObjectNode.class);
            for (MultiGetResponseItem<ObjectNode> item : got.docs()) {
                if (item.isResult() && item.result().found() && item.result().source() != null) {
                    long n = item.result().source().path("made").asLong();
                    if (n > 0) {
                        out.put(item.result().id(), n);
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch mget failed on " + index.name, e);
        }
    }

    private static ObjectNode decisions(ObjectNode source) {
        return source.get("decisions") instanceof ObjectNode d ? d.deepCopy() : Json.MAPPER.createObjectNode();
    }
}
