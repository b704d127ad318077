package org.selfeval.index.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.selfeval.index.IndexWriteException;
import org.selfeval.index.IndexedReport;
import org.selfeval.index.VersionGroup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Supersede flags when several processes write one index (index.elasticsearch.shared_writers):
 * no process may trust a cache of a version group. Each upsert reads the group fresh (after a
 * refresh), writes the report with the flag that read implies, then reconciles: read the group
 * again, set every version's flag with optimistic concurrency (if_seq_no/if_primary_term), and read
 * again until a read finds the flags right. The current version is decided by one total order
 * (latest indexedAt, ties to the greater sha256) that every process computes alike. The last
 * update of any process is followed by a read of that process that sees every version written
 * before it; so the process that updates last also checks last, and the group converges on
 * exactly one current version. A correction computed from an older view either fails with a
 * version conflict or is undone by that process's next read.
 */
final class SharedWriters {

    /** Rounds of read-and-correct before giving up (each round is a refresh, a search and some updates). */
    private static final int MAX_ROUNDS = 25;
    private static final int MAX_VERSIONS = 10_000;

    private record Stored(String sha256, long indexedAtMillis, boolean current, long seqNo, long primaryTerm) {
    }

    private static final Comparator<Stored> NEWEST_LAST = Comparator.comparingLong(Stored::indexedAtMillis)
            .thenComparing(Stored::sha256);

    private final ElasticsearchClient client;
    private final String index;
    private final EsDocuments documents;

    SharedWriters(ElasticsearchClient client, String index, EsDocuments documents) {
        this.client = client;
        this.index = index;
        this.documents = documents;
    }

    void upsert(IndexedReport report) {
        try {
            VersionGroup group = VersionGroup.of(report);
            VersionGroup before = storedGroup(report.sha256());
            boolean current = true;
            if (group != null) {
                refresh();
                Stored self = new Stored(report.sha256(), report.indexedAtMillis(), true, 0, 0);
                current = read(group).stream().filter(v -> !v.sha256().equals(report.sha256()))
                        .allMatch(v -> NEWEST_LAST.compare(v, self) < 0);
            }
            boolean flag = current;
            client.index(i -> i.index(index).id(report.sha256())
                    .document(documents.toSource(report.withCurrent(flag))));
            if (group != null) {
                reconcile(group);
            }
            if (before != null && !before.equals(group)) {
                reconcile(before);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch upsert failed for " + report.file(), e);
        }
    }

    /** The version group of the stored document with this id, if any (real-time get). */
    private VersionGroup storedGroup(String sha) throws IOException {
        GetResponse<ObjectNode> got = client.get(g -> g.index(index).id(sha), ObjectNode.class);
        return got.found() && got.source() != null ? VersionGroup.of(documents.fromSource(got.source())) : null;
    }

    private void reconcile(VersionGroup group) throws IOException {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            refresh();
            List<Stored> versions = read(group);
            String newest = versions.stream().max(NEWEST_LAST).map(Stored::sha256).orElse(null);
            List<Stored> wrong = versions.stream().filter(v -> v.current() != v.sha256().equals(newest)).toList();
            if (wrong.isEmpty()) {
                return;
            }
            for (Stored v : wrong) {
                update(v, !v.current());
            }
        }
        throw new IndexWriteException("索引中同一报告的新旧版本标记未能收敛（多个进程同时写入），请稍后重新索引。",
                "version group " + group.key().replace('\u0000', '|') + " still inconsistent after "
                        + MAX_ROUNDS + " rounds", null);
    }

    private void update(Stored v, boolean current) throws IOException {
        try {
            client.update(u -> u.index(index).id(v.sha256()).ifSeqNo(v.seqNo()).ifPrimaryTerm(v.primaryTerm())
                    .doc(Map.of("current", current)), ObjectNode.class);
        } catch (ElasticsearchException e) {
            // 409: another process changed this version since our read; the next round reads again.
            // 404: the version was deleted meanwhile.
            if (e.status() != 409 && e.status() != 404) {
                throw e;
            }
        }
    }

    private List<Stored> read(VersionGroup group) throws IOException {
        SearchResponse<ObjectNode> response = client.search(s -> s.index(index).size(MAX_VERSIONS)
                .query(EsQueries.group(group)).seqNoPrimaryTerm(true)
                .source(src -> src.filter(f -> f.includes("sha256", "indexedAtMillis", "current"))), ObjectNode.class);
        return response.hits().hits().stream().map(SharedWriters::stored).toList();
    }

    private static Stored stored(Hit<ObjectNode> hit) {
        ObjectNode s = hit.source();
        return new Stored(s.path("sha256").asText(), s.path("indexedAtMillis").asLong(), s.path("current").asBoolean(),
                hit.seqNo() == null ? 0 : hit.seqNo(), hit.primaryTerm() == null ? 0 : hit.primaryTerm());
    }

    private void refresh() throws IOException {
        client.indices().refresh(r -> r.index(index));
    }
}
