package org.selfeval.service.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.selfeval.engine.ReportResult;
import org.selfeval.pipeline.Json;
import org.selfeval.service.OriginalFiles;
import org.selfeval.service.ResultStore;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Results and texts in {@code <index>-results} and {@code <index>-texts}, one document per sha256
 * (read back by real-time get, so another process sees a result as soon as it is stored);
 * originals stay files in the originals folder (a shared mount when several processes serve).
 */
public final class EsResultStore implements ResultStore {

    private static final String STORED = "stored";

    private final EsStateIndex results;
    private final EsStateIndex texts;
    private final OriginalFiles originals;

    public EsResultStore(ElasticsearchClient client, String prefix, Path originals) {
        this.results = new EsStateIndex(client, prefix + "-results", "{\"stored\":{\"type\":\"object\",\"enabled\":false}}");
        this.texts = new EsStateIndex(client, prefix + "-texts", "{\"stored\":{\"type\":\"object\",\"enabled\":false}}");
        this.originals = new OriginalFiles(originals);
    }

    @Override
    public void keepOriginal(Path file, String sha256) {
        originals.keep(file, sha256);
    }

    @Override
    public Optional<Path> original(String sha256) {
        return originals.get(sha256);
    }

    @Override
    public void put(String originalName, String origin, ReportResult result) {
        Stored s = new Stored(originalName, origin, Instant.now().toString(), result);
        // The tree Json writes, so a result reads back exactly as from the file store.
        results.put(result.sha256(), Map.of(STORED, Json.MAPPER.valueToTree(s)));
    }

    @Override
    public void putText(String sha256, ObjectNode text) {
        texts.put(sha256, Map.of(STORED, text));
    }

    @Override
    public Optional<ObjectNode> text(String sha256) {
        return read(texts, sha256);
    }

    @Override
    public Optional<ObjectNode> read(String sha256) {
        return read(results, sha256);
    }

    private static Optional<ObjectNode> read(EsStateIndex index, String sha256) {
        if (!ResultStore.isSha256(sha256)) {
            return Optional.empty();
        }
        return index.get(sha256).map(v -> v.source().get(STORED)).filter(JsonNode::isObject).map(n -> (ObjectNode) n);
    }
}
