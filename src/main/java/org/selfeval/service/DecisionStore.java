package org.selfeval.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.selfeval.pipeline.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

/**
 * Reviewers' decisions on findings, one file per report ({@code decisions/<sha256>.json}: finding
 * id → decision). Keyed by sha256 and the stable finding id, so they survive restarts and
 * re-checks of the same file.
 */
public final class DecisionStore {

    private static final Set<String> STATUSES = Set.of("confirmed", "dismissed", "open");
    private static final int MAX_COMMENT = 2000;

    private final Path dir;

    public DecisionStore(Path dir) {
        this.dir = dir;
    }

    public synchronized ObjectNode all(String sha256) {
        Path p = dir.resolve(sha256 + ".json");
        if (!ResultStore.isSha256(sha256) || !Files.exists(p)) {
            return Json.MAPPER.createObjectNode();
        }
        try {
            return (ObjectNode) Json.MAPPER.readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    /** Stores a decision ("open" withdraws it) and returns what is now stored. */
    public synchronized ObjectNode decide(String sha256, String findingId, String status, String comment) {
        if (status == null || !STATUSES.contains(status)) {
            throw ApiError.badRequest("status 只能是 confirmed（确认）、dismissed（排除）或 open（未处理）。");
        }
        String text = comment == null ? "" : comment;
        if (text.length() > MAX_COMMENT) {
            throw ApiError.badRequest("备注过长（最多 " + MAX_COMMENT + " 字）。");
        }
        ObjectNode all = all(sha256);
        ObjectNode decision = Json.MAPPER.createObjectNode();
        decision.put("status", status);
        decision.put("comment", text);
        decision.put("at", Instant.now().toString());
        if ("open".equals(status)) {
            all.remove(findingId);
        } else {
            all.set(findingId, decision);
        }
        AtomicFiles.write(dir.resolve(sha256 + ".json"), Json.line(all).getBytes(StandardCharsets.UTF_8));
        return decision;
    }
}
