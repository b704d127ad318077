package org.selfeval.service.cluster;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.selfeval.pipeline.Json;
import org.selfeval.service.ContentClaims;
import org.selfeval.service.ShaLocks;
import org.selfeval.service.TransientFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Content claims shared by every process on one node: one document per sha256 in
 * {@code <index>-shas} {holder, state checking|done, origin, checks}. The first process creates it
 * (op_type=create) and checks the file; a copy taken meanwhile anywhere polls (with backoff, within
 * the wait) until the state is done; a claim whose holder died is taken over (compare-and-set) and
 * checked by the new holder. {@code checks} counts finished checks of the content.
 */
final class ShaClaims implements ContentClaims {

    static final String PROPERTIES = "{\"holder\":{\"type\":\"keyword\"},\"state\":{\"type\":\"keyword\"},"
            + "\"origin\":{\"type\":\"keyword\"},\"checks\":{\"type\":\"integer\"},\"updated\":{\"type\":\"date\"}}";
    static final String CHECKING = "checking";
    static final String DONE = "done";
    private static final Logger LOG = LoggerFactory.getLogger(ShaClaims.class);
    private static final long MAX_PAUSE_MS = 1000;

    private final ClaimDocs docs;
    private final Heartbeats beats;
    /** Copies within this process queue here first, so a claim by this instance is never its own rival. */
    private final ShaLocks local = new ShaLocks();

    ShaClaims(ClaimDocs docs, Heartbeats beats) {
        this.docs = docs;
        this.beats = beats;
    }

    @Override
    public Claim claim(String sha256, String origin, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        ShaLocks.Held held = local.lock(sha256, wait);
        try {
            long pause = 50;
            while (true) {
                ObjectNode mine = doc(origin, CHECKING, 0);
                Optional<ClaimDocs.Version> taken = docs.create(sha256, mine);
                // Empty: released between the create and the read; created again after the pause.
                Optional<ClaimDocs.Doc> current = taken.isEmpty() ? docs.get(sha256) : Optional.empty();
                if (current.isPresent()) {
                    ObjectNode seen = current.get().source();
                    if (DONE.equals(seen.path("state").asText())) {
                        return new Held(sha256, held, null, seen);
                    }
                    // Our own local lock is held, so a claim in this instance's name is a previous run's.
                    if (beats.abandoned(seen.path("holder").asText(), false)) {
                        mine.put("checks", seen.path("checks").asInt());
                        taken = docs.replace(sha256, mine, current.get().version());
                        taken.ifPresent(v -> LOG.info("took over the check of {} from {}", sha256,
                                seen.path("holder").asText()));
                    }
                }
                if (taken.isPresent()) {
                    return new Held(sha256, held, taken.get(), mine);
                }
                if (System.nanoTime() > deadline) {
                    throw new TransientFailure("the same content is still being checked by another process after "
                            + wait.toSeconds() + " s");
                }
                Thread.sleep(pause);
                pause = Math.min(MAX_PAUSE_MS, pause * 2);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            held.close();
            throw new TransientFailure("interrupted while waiting for the check of the same content");
        } catch (RuntimeException e) {
            held.close();
            throw e;
        }
    }

    private ObjectNode doc(String origin, String state, int checks) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("holder", beats.self());
        n.put("state", state);
        n.put("origin", origin);
        n.put("checks", checks);
        n.put("updated", Instant.now().toString());
        return n;
    }

    /** A claim: held (version set) while this process checks, or a finished check's document. */
    private final class Held implements Claim {
        private final String sha256;
        private final ShaLocks.Held local;
        private ClaimDocs.Version version;
        private final ObjectNode source;

        Held(String sha256, ShaLocks.Held local, ClaimDocs.Version version, ObjectNode source) {
            this.sha256 = sha256;
            this.local = local;
            this.version = version;
            this.source = source;
        }

        @Override
        public boolean first() {
            return version != null;
        }

        @Override
        public void done() {
            if (version == null) {
                return;
            }
            ClaimDocs.Version seen = version;
            int checks = source.path("checks").asInt();
            while (true) {
                ObjectNode finished = doc(source.path("origin").asText(), DONE, checks + 1);
                if (docs.replace(sha256, finished, seen).isPresent()) {
                    break;
                }
                // Taken over while this process looked dead: record this check too, on top of the other's.
                Optional<ClaimDocs.Doc> current = docs.get(sha256);
                if (current.isEmpty()) {
                    docs.create(sha256, finished);
                    break;
                }
                LOG.warn("the check of {} was taken over by {} meanwhile", sha256,
                        current.get().source().path("holder").asText());
                seen = current.get().version();
                checks = current.get().source().path("checks").asInt();
            }
            version = null;
        }

        @Override
        public void close() {
            try {
                if (version != null) {
                    // Not finished (an error): free the content for the retry or another process.
                    docs.delete(sha256, version);
                }
            } finally {
                local.close();
            }
        }
    }
}
