package org.selfeval.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.selfeval.pipeline.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Decisions in the work folder, one file per report ({@code decisions/<sha256>.json}). */
public final class FileDecisionStore implements DecisionStore {

    private final Path dir;

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
        return decision;
    }
}
