package org.selfeval.service.cluster;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.selfeval.extract.Hashing;
import org.selfeval.pipeline.Json;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The inbox's read locks across processes (Camel readLock=idempotent-changed): a file is taken by
 * the process that creates its document in {@code <index>-inbox-locks} (key: its path below the
 * inbox, the same from every process); the others skip it while the holder is alive. The route
 * removes the key once the file has left the inbox (readLockRemoveOnCommit/OnRollback); a dead
 * holder's keys are taken over (compare-and-set on the version read).
 */
final class InboxLocks extends ServiceSupport implements IdempotentRepository {

    static final String PROPERTIES = "{\"key\":{\"type\":\"keyword\"},\"holder\":{\"type\":\"keyword\"},"
            + "\"at\":{\"type\":\"date\"}}";

    private final ClaimDocs docs;
    private final Heartbeats beats;
    /** Keys this process holds, with the version it wrote: only these it removes. */
    private final Map<String, ClaimDocs.Version> held = new ConcurrentHashMap<>();

    InboxLocks(ClaimDocs docs, Heartbeats beats) {
        this.docs = docs;
        this.beats = beats;
    }

    @Override
    public boolean add(String key) {
        if (held.containsKey(key)) {
            return false;
        }
        String id = id(key);
        ObjectNode mine = Json.MAPPER.createObjectNode();
        mine.put("key", key);
        mine.put("holder", beats.self());
        mine.put("at", Instant.now().toString());
        var created = docs.create(id, mine);
        if (created.isPresent()) {
            held.put(key, created.get());
            return true;
        }
        var current = docs.get(id);
        var taken = current.isEmpty() ? docs.create(id, mine)
                : beats.abandoned(current.get().source().path("holder").asText(), false)
                ? docs.replace(id, mine, current.get().version()) : java.util.Optional.<ClaimDocs.Version>empty();
        taken.ifPresent(v -> held.put(key, v));
        return taken.isPresent();
    }

    @Override
    public boolean contains(String key) {
        return held.containsKey(key) || docs.get(id(key)).isPresent();
    }

    @Override
    public boolean remove(String key) {
        ClaimDocs.Version v = held.remove(key);
        return v != null && docs.delete(id(key), v);
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    /** Releases every key this process holds. */
    @Override
    public void clear() {
        held.keySet().forEach(this::remove);
    }

    @Override
    protected void doStop() {
        clear();
    }

    /** Document ids are bounded (512 bytes); a path below the inbox may be longer. */
    private static String id(String key) {
        return Hashing.sha256(key);
    }
}
