package org.selfeval.service.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * One index of the service's state: created if missing with an explicit mapping (one shard, no
 * replica, like the report index; only the fields searched on are indexed, what is read back by id
 * is a non-indexed object), and the calls every store makes on it.
 */
final class EsStateIndex {

    /** A document read with its version, for a conditional write (optimistic concurrency). */
    record Versioned(ObjectNode source, long seqNo, long primaryTerm) {
    }

    final ElasticsearchClient client;
    final String name;

    EsStateIndex(ElasticsearchClient client, String name, String properties) {
        this.client = client;
        this.name = name;
        createIfMissing(properties);
    }

    private void createIfMissing(String properties) {
        String body = "{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0},"
                + "\"mappings\":{\"dynamic\":false,\"properties\":" + properties + "}}";
        try {
            if (client.indices().exists(e -> e.index(name)).value()) {
                return;
            }
            client.indices().create(c -> c.index(name).withJson(new StringReader(body)));
        } catch (ElasticsearchException e) {
            // Another process created it between exists and create.
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create Elasticsearch index " + name, e);
        }
    }

    /** A real-time get: sees every write acknowledged before, from any process, without a refresh. */
    Optional<Versioned> get(String id) {
        try {
            GetResponse<ObjectNode> got = client.get(g -> g.index(name).id(id), ObjectNode.class);
            if (!got.found() || got.source() == null) {
                return Optional.empty();
            }
            return Optional.of(new Versioned(got.source(), got.seqNo(), got.primaryTerm()));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch get failed on " + name, e);
        }
    }

    /**
     * Writes the document if it is still as read ({@code before}), or creates it if {@code before}
     * is null and nobody else has; false when another writer came first (read again and retry).
     */
    boolean putIf(String id, Versioned before, Object source, boolean waitForRefresh) {
        try {
            client.index(i -> {
                i.index(name).id(id).document(source);
                if (before == null) {
                    i.opType(co.elastic.clients.elasticsearch._types.OpType.Create);
                } else {
                    i.ifSeqNo(before.seqNo()).ifPrimaryTerm(before.primaryTerm());
                }
                if (waitForRefresh) {
                    i.refresh(co.elastic.clients.elasticsearch._types.Refresh.WaitFor);
                }
                return i;
            });
            return true;
        } catch (ElasticsearchException e) {
            if (e.status() == 409) {
                return false;
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch write failed on " + name, e);
        }
    }

    /** Writes the document whatever is there (content-addressed documents: same id, same content). */
    void put(String id, Object source) {
        try {
            client.index(i -> i.index(name).id(id).document(source));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch write failed on " + name, e);
        }
    }

    void refresh() {
        try {
            client.indices().refresh(r -> r.index(name));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch refresh failed on " + name, e);
        }
    }
}
