package org.selfeval.service.cluster;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Documents of one small coordination index, written with optimistic concurrency only: create if
 * absent (op_type=create), replace or delete only the version last read (if_seq_no +
 * if_primary_term). Gets are real-time, so no refresh is needed between processes.
 */
final class ClaimDocs {

    /** A document's version: what a conditional write names. */
    record Version(long seqNo, long primaryTerm) {
    }

    /** A document as read, with its version. */
    record Doc(ObjectNode source, Version version) {
    }

    private final ElasticsearchClient client;
    private final String index;

    ClaimDocs(ElasticsearchClient client, String index, String properties) {
        this.client = client;
        this.index = index;
        createIfMissing(properties);
    }

    String index() {
        return index;
    }

    /** Creates the document unless one exists with that id; its version, or empty when it exists. */
    Optional<Version> create(String id, ObjectNode source) {
        try {
            var r = client.create(c -> c.index(index).id(id).document(source));
            return Optional.of(new Version(r.seqNo(), r.primaryTerm()));
        } catch (ElasticsearchException e) {
            if (e.status() == 409) {
                return Optional.empty();
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch " + index + ": " + e.getMessage(), e);
        }
    }

    Optional<Doc> get(String id) {
        try {
            GetResponse<ObjectNode> r = client.get(g -> g.index(index).id(id), ObjectNode.class);
            if (!r.found() || r.source() == null) {
                return Optional.empty();
            }
            return Optional.of(new Doc(r.source(), new Version(r.seqNo(), r.primaryTerm())));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch " + index + ": " + e.getMessage(), e);
        }
    }

    /** Writes unconditionally (a process's own document, e.g. its heartbeat). */
    void put(String id, ObjectNode source) {
        try {
            client.index(i -> i.index(index).id(id).document(source));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch " + index + ": " + e.getMessage(), e);
        }
    }

    /** Replaces the document if it is still at {@code seen}; its new version, or empty if someone wrote first. */
    Optional<Version> replace(String id, ObjectNode source, Version seen) {
        try {
            var r = client.index(i -> i.index(index).id(id).document(source)
                    .ifSeqNo(seen.seqNo()).ifPrimaryTerm(seen.primaryTerm()));
            return Optional.of(new Version(r.seqNo(), r.primaryTerm()));
        } catch (ElasticsearchException e) {
            if (e.status() == 409) {
                return Optional.empty();
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch " + index + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the document if it is still at {@code seen} (null: whatever its version); whether it did. */
    boolean delete(String id, Version seen) {
        try {
            var r = client.delete(d -> {
                d.index(index).id(id);
                if (seen != null) {
                    d.ifSeqNo(seen.seqNo()).ifPrimaryTerm(seen.primaryTerm());
                }
                return d;
            });
            return r.result() == co.elastic.clients.elasticsearch._types.Result.Deleted;
        } catch (ElasticsearchException e) {
            if (e.status() == 409 || e.status() == 404) {
                return false;
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch " + index + ": " + e.getMessage(), e);
        }
    }

    private void createIfMissing(String properties) {
        String body = "{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0},"
                + "\"mappings\":{\"dynamic\":false,\"properties\":" + properties + "}}";
        try {
            if (client.indices().exists(e -> e.index(index)).value()) {
                return;
            }
            client.indices().create(c -> c.index(index).withJson(new StringReader(body)));
        } catch (ElasticsearchException e) {
            // Another process created it between exists and create.
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create Elasticsearch index " + index, e);
        }
    }
}
