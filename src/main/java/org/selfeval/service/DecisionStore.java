package org.selfeval.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.selfeval.pipeline.Json;

import java.time.Instant;
import java.util.Set;

/**
 * Reviewers' decisions on findings, per report: finding id → decision. Keyed by sha256 and the
 * stable finding id, so they survive restarts and re-checks of the same file.
 */
public interface DecisionStore {

    Set<String> STATUSES = Set.of("confirmed", "dismissed", "open");
    int MAX_COMMENT = 2000;

    /** Every decision on the report (finding id → {status, comment, at}); empty when none. */
    ObjectNode all(String sha256);

    /** Stores a decision ("open" withdraws it) and returns what is now stored. */
    ObjectNode decide(String sha256, String findingId, String status, String comment);

    /** The decision object for a request, or 400 for an unknown status or an overlong comment. */
    static ObjectNode decision(String status, String comment) {
        if (status == null || !STATUSES.contains(status)) {
            throw ApiError.badRequest("status 只能是 confirmed（确认）、dismissed（排除）或 open（未处理）。");
        }
        String text = comment == null ? "" : comment;
        if (text.length() > MAX_COMMENT) {
            throw ApiError.badRequest("备注过长（最多 " + MAX_COMMENT + " 字）。");
        }
        ObjectNode decision = Json.MAPPER.createObjectNode();
        decision.put("status", status);
        decision.put("comment", text);
        decision.put("at", Instant.now().toString());
        return decision;
    }

    /** Whether a stored or requested decision withdraws the one before it. */
    static boolean withdraws(ObjectNode decision) {
        return "open".equals(decision.path("status").asText());
    }
}
