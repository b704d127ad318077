package org.selfeval.service.cluster;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.selfeval.pipeline.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * This process's heartbeat in {@code <index>-instances} (one document per instance, rewritten every
 * heartbeat_ms), and the liveness of the others: an instance is alive while its last beat is newer
 * than stale_after_ms. A cleanly stopped instance deletes its document, so its claims are free at
 * once; a killed one's go stale.
 */
final class Heartbeats implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Heartbeats.class);

    private final ClaimDocs docs;
    private final String self;
    private final long heartbeatMs;
    private final long staleAfterMs;
    private final LongSupplier clock;
    private final String started = Instant.now().toString();
    /** Last beats read of other instances, re-read at most once per heartbeat. */
    private final Map<String, long[]> seen = new ConcurrentHashMap<>();
    private ScheduledExecutorService timer;

    Heartbeats(ClaimDocs docs, String self, long heartbeatMs, long staleAfterMs, LongSupplier clock) {
        this.docs = docs;
        this.self = self;
        this.heartbeatMs = heartbeatMs;
        this.staleAfterMs = staleAfterMs;
        this.clock = clock;
    }

    /** Writes the first beat (so the others see this instance before it takes any file), then keeps beating. */
    void start() {
        beat();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "selfeval-heartbeat");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> {
            try {
                beat();
            } catch (RuntimeException e) {
                // Missed beats only make this instance look stale; the next one may get through.
                LOG.warn("heartbeat not written: {}", e.getMessage());
            }
        }, heartbeatMs, heartbeatMs, TimeUnit.MILLISECONDS);
    }

    void beat() {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("instance", self);
        n.put("host", hostName());
        n.put("pid", ProcessHandle.current().pid());
        n.put("started", started);
        n.put("beat", clock.getAsLong());
        docs.put(self, n);
    }

    /** Whether the instance has beaten within stale_after_ms; this process is always alive to itself. */
    boolean alive(String instance) {
        if (self.equals(instance)) {
            return true;
        }
        long now = clock.getAsLong();
        long[] last = seen.get(instance);
        if (last == null || now - last[0] > heartbeatMs) {
            long beat = docs.get(instance).map(d -> d.source().path("beat").asLong(0)).orElse(0L);
            last = new long[]{now, beat};
            seen.put(instance, last);
        }
        return now - last[1] <= staleAfterMs;
    }

    /**
     * Whether a claim of {@code holder} may be taken over: its holder is dead, or it is this
     * instance's own from before a restart (same instance_id; nothing in this process holds it).
     */
    boolean abandoned(String holder, boolean heldHere) {
        return self.equals(holder) ? !heldHere : !alive(holder);
    }

    String self() {
        return self;
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
        try {
            docs.delete(self, null);
        } catch (RuntimeException e) {
            LOG.warn("heartbeat not removed (the others take this instance for dead after stale_after_ms): {}",
                    e.getMessage());
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "?";
        }
    }
}
