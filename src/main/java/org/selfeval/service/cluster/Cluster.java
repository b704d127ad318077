package org.selfeval.service.cluster;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.selfeval.config.SelfEvalConfig;
import org.selfeval.config.ServiceSettings;
import org.selfeval.index.IndexUnavailableException;
import org.selfeval.index.es.EsConnection;
import org.selfeval.service.ContentClaims;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * How this {@code serve} process shares the work with the others on one Elasticsearch node
 * (index.engine elasticsearch): its instance id and heartbeat, the inbox read locks and the
 * content claims, in indices next to the report index. With the embedded engine the process is
 * alone: no instance id, in-memory read locks, and the caller keeps its local content claims.
 */
public final class Cluster implements AutoCloseable {

    /** Camel's read lock of the inbox: alone, a file unchanged for the minimum age; shared, also claimed. */
    public static final String LOCAL_READ_LOCK = "changed";
    public static final String SHARED_READ_LOCK = "idempotent-changed";

    private final ElasticsearchClient client;
    private final Heartbeats beats;
    private final IdempotentRepository inboxLocks;
    private final ShaClaims claims;

    private Cluster(ElasticsearchClient client, Heartbeats beats, IdempotentRepository inboxLocks, ShaClaims claims) {
        this.client = client;
        this.beats = beats;
        this.inboxLocks = inboxLocks;
        this.claims = claims;
    }

    /** Shared with the elasticsearch engine (the node must answer), alone otherwise. */
    public static Cluster open(SelfEvalConfig config, ServiceSettings settings) {
        if (!SelfEvalConfig.Index.ELASTICSEARCH.equals(config.index().engine())) {
            return new Cluster(null, null, MemoryIdempotentRepository.memoryIdempotentRepository(), null);
        }
        ServiceSettings.Cluster c = settings.cluster();
        String base = config.index().elasticsearch().index();
        ElasticsearchClient client = EsConnection.open(config.index().elasticsearch());
        try {
            String id = c.instanceId().isEmpty() ? UUID.randomUUID().toString().replace("-", "").substring(0, 10)
                    : c.instanceId();
            Heartbeats beats = new Heartbeats(new ClaimDocs(client, base + "-instances",
                    "{\"instance\":{\"type\":\"keyword\"},\"beat\":{\"type\":\"long\"}}"),
                    id, c.heartbeatMs(), c.staleAfterMs(), System::currentTimeMillis);
            beats.start();
            return new Cluster(client, beats, new InboxLocks(new ClaimDocs(client, base + "-inbox-locks",
                    InboxLocks.PROPERTIES), beats), new ShaClaims(new ClaimDocs(client, base + "-shas",
                    ShaClaims.PROPERTIES), beats));
        } catch (RuntimeException e) {
            closeQuietly(client);
            throw new IndexUnavailableException("Elasticsearch 不可用：无法在 " + config.index().elasticsearch().url()
                    + " 上登记本服务实例（" + base + "-instances），请检查节点状态。", e);
        }
    }

    public boolean shared() {
        return beats != null;
    }

    /** This process's id among the others; empty when alone. */
    public String instanceId() {
        return shared() ? beats.self() : "";
    }

    /** Camel's readLock for the inbox route. */
    public String readLock() {
        return shared() ? SHARED_READ_LOCK : LOCAL_READ_LOCK;
    }

    /** The inbox route's idempotent repository (the read locks when shared; unused when alone). */
    public IdempotentRepository inboxLocks() {
        return inboxLocks;
    }

    /** The content claims of all processes; empty when alone (the process's own claims serve). */
    public Optional<ContentClaims> contentClaims() {
        return Optional.ofNullable(claims);
    }

    /** Whether another live process may still be working on what {@code instance} recorded. */
    public boolean otherAlive(String instance) {
        return shared() && instance != null && !instance.equals(beats.self()) && beats.alive(instance);
    }

    @Override
    public void close() {
        if (shared()) {
            try {
                inboxLocks.clear();
                beats.close();
            } finally {
                closeQuietly(client);
            }
        }
    }

    private static void closeQuietly(ElasticsearchClient client) {
        try {
            client.close();
        } catch (IOException e) {
            // closing a connection pool; nothing to do
        }
    }
}
