package org.selfeval.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.selfeval.pipeline.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Decisions in the work folder, one file per report ({@code decisions/<sha256>.json}). */
public final class FileDecisionStore implements DecisionStore {

    private final Path dir;
    /** Decisions made per report, read once per report and kept current by {@link #decide}. */
    private final Map<String, Long> made = new HashMap<>();

    public FileDecisionStore(Path dir) {
        this.dir = dir;
    }

    @Override
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

    @Override
    public synchronized ObjectNode decide(String sha256, String findingId, String status, String comment) {
        ObjectNode decision = DecisionStore.decision(status, comment);
        ObjectNode all = all(sha256);
        if (DecisionStore.withdraws(decision)) {
            all.remove(findingId);
        } else {
            all.set(findingId, decision);
        }
        AtomicFiles.write(dir.resolve(sha256 + ".json"), Json.line(all).getBytes(StandardCharsets.UTF_8));
        made.put(sha256, DecisionStore.madeIn(all));
        return decision;
    }

    @Override
    public synchronized Map<String, Long> made(Collection<String> sha256s) {
        Map<String, Long> out = new HashMap<>();
        for (String sha : sha256s) {
            long n = made.computeIfAbsent(sha, s -> DecisionStore.madeIn(all(s)));
            if (n > 0) {
                out.put(sha, n);
            }
        }
        return out;
    }
}
