package org.selfeval.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.commons.io.file.PathUtils;
import org.selfeval.config.ConfigLoader;
import org.selfeval.config.IndexElasticsearch;
import org.selfeval.index.es.EsConnection;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The services of {@code bench-serve --instances N}: N {@code serve} processes on one Elasticsearch
 * node, each with its own work folder and instance id (bench1…benchN), sharing one store folder
 * and a fresh index prefix that is deleted at the end. Their config is a copy of this one with the
 * elasticsearch engine and the same short inbox timings as the in-process benchmark.
 */
final class BenchServeInstances implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(120);

    private final List<ServeProcess> processes = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private final ElasticsearchClient es;
    private final String prefix;

    private BenchServeInstances(ElasticsearchClient es, String prefix) {
        this.es = es;
        this.prefix = prefix;
    }

    /** Starts them one after the other (each healthy before the next); all stopped again on failure. */
    static BenchServeInstances start(int count, String esUrl, String heap, Path tmp) throws Exception {
        IndexElasticsearch configured = ConfigLoader.load().index().elasticsearch();
        String url = esUrl != null && !esUrl.isBlank() ? esUrl : configured.url();
        String prefix = "selfeval-bench-serve-" + UUID.randomUUID().toString().substring(0, 8);
        IndexElasticsearch target = configured.withEnv(Map.of("SELFEVAL_ES_URL", url, "SELFEVAL_ES_INDEX", prefix));
        ElasticsearchClient es = EsConnection.openReady(target);
        BenchServeInstances all = new BenchServeInstances(es, prefix);
        try {
            Map<String, String> env = Map.of("SELFEVAL_ES_URL", url, "SELFEVAL_ES_INDEX", prefix);
            for (int i = 1; i <= count; i++) {
                String id = "bench" + i;
                Path config = config(tmp.resolve("config-" + id), id);
                all.processes.add(ServeProcess.start(null, heap, tmp.resolve("work-" + id), tmp.resolve("store"),
                        config, env, STARTUP));
                all.ids.add(id);
            }
            return all;
        } catch (Exception e) {
            all.close();
            throw e;
        }
    }

    /** The index.elasticsearch.url this benchmark needs: --es-url, SELFEVAL_ES_URL or the config's; null if none. */
    static String url(String esUrl) {
        if (esUrl != null && !esUrl.isBlank()) {
            return esUrl;
        }
        return ConfigLoader.load().index().elasticsearch().url();
    }

    List<ServeProcess> processes() {
        return processes;
    }

    /** Instance ids, in the order of {@link #processes()}. */
    List<String> ids() {
        return ids;
    }

    String prefix() {
        return prefix;
    }

    @Override
    public void close() throws IOException {
        try {
            processes.forEach(ServeProcess::close);
            for (String name : es.indices().get(g -> g.index(prefix + "*")).indices().keySet()) {
                es.indices().delete(d -> d.index(name));
            }
        } finally {
            EsConnection.closeQuietly(es);
        }
    }

    /** A copy of the config folder for one instance: elasticsearch engine, its id, short inbox timings. */
    private static Path config(Path dst, String instanceId) throws IOException {
        Path src = ConfigLoader.configDir().toAbsolutePath();
        PathUtils.copyDirectory(src, dst);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Path file = dst.resolve("selfeval.yaml");
        ObjectNode root = (ObjectNode) yaml.readTree(file.toFile());
        ((ObjectNode) root.path("index")).put("engine", "elasticsearch");
        ObjectNode service = (ObjectNode) root.path("service");
        service.put("poll_delay_ms", BenchServeCommand.POLL_DELAY_MS);
        service.put("read_lock_min_age_ms", BenchServeCommand.READ_LOCK_MIN_AGE_MS);
        ((ObjectNode) service.path("cluster")).put("instance_id", instanceId);
        yaml.writeValue(file.toFile(), root);
        return dst;
    }
}
