package org.selfeval.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads config/selfeval.yaml once at start-up. The folder is, in order: the
 * {@code SELFEVAL_CONFIG} environment variable, {@code selfeval.home}/config (set by the launcher),
 * then ./config. Unknown keys and missing sections fail loudly with the file named.
 */
public final class ConfigLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    private ConfigLoader() {
    }

    public static Path configDir() {
        String env = System.getenv("SELFEVAL_CONFIG");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String home = System.getProperty("selfeval.home");
        if (home != null) {
            return Path.of(home, "config");
        }
        return Path.of("config");
    }

    public static SelfEvalConfig load() {
        return load(configDir());
    }

    public static SelfEvalConfig load(Path dir) {
        Path file = dir.resolve("selfeval.yaml");
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("配置文件不存在: " + file.toAbsolutePath());
        }
        try {
            SelfEvalConfig config = withEnv(YAML.readValue(file.toFile(), SelfEvalConfig.class), System.getenv());
            validate(config, file);
            return config;
        } catch (IOException e) {
            throw new ConfigException("配置文件有误 " + file + ": " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** Applies the SELFEVAL_ES_* overrides of index.elasticsearch (secrets belong in the environment). */
    static SelfEvalConfig withEnv(SelfEvalConfig c, Map<String, String> env) {
        SelfEvalConfig.Index i = c.index();
        IndexElasticsearch es = (i.elasticsearch() == null ? IndexElasticsearch.of(Map.of()) : i.elasticsearch())
                .withEnv(env);
        return new SelfEvalConfig(c.extract(), c.structure(), c.batch(),
                new SelfEvalConfig.Index(i.engine(), i.dataDir(), es, i.query()), c.render(), c.service().withEnv(env));
    }

    private static void validate(SelfEvalConfig c, Path file) {
        List<String> problems = new ArrayList<>();
        if (c.extract().maxBytes() <= 0) {
            problems.add("extract.max_bytes must be > 0");
        }
        if (c.extract().maxPages() <= 0) {
            problems.add("extract.max_pages must be > 0");
        }
        if (c.extract().timeoutSeconds() <= 0) {
            problems.add("extract.timeout_seconds must be > 0");
        }
        if (c.extract().ocr().dpi() < 72 || c.extract().ocr().dpi() > 600) {
            problems.add("extract.ocr.dpi must be within 72..600");
        }
        if (c.extract().ocr().secondsPerPage() <= 0) {
            problems.add("extract.ocr.seconds_per_page must be > 0");
        }
        if (c.extract().ocr().maxPages() <= 0 || c.extract().ocr().maxPages() > c.extract().maxPages()) {
            problems.add("extract.ocr.max_pages must be within 1..extract.max_pages");
        }
        if (c.structure().maxHeadingChars() < 5) {
            problems.add("structure.max_heading_chars must be ≥ 5");
        }
        if (c.batch().parallelism() < 0) {
            problems.add("batch.parallelism must be ≥ 0");
        }
        if (!List.of(SelfEvalConfig.Index.LUCENE, SelfEvalConfig.Index.ELASTICSEARCH).contains(c.index().engine())) {
            problems.add("index.engine must be lucene or elasticsearch");
        }
        if (c.index().dataDir().isBlank()) {
            problems.add("index.data_dir must not be empty");
        }
        if (SelfEvalConfig.Index.ELASTICSEARCH.equals(c.index().engine()) && c.index().elasticsearch().url() == null) {
            problems.add("index.elasticsearch.url (or SELFEVAL_ES_URL) is required for the elasticsearch engine");
        }
        if (c.index().query().maxChars() <= 0 || c.index().query().maxTerms() <= 0) {
            problems.add("index.query.max_chars and max_terms must be > 0");
        }
        if (c.index().query().searchThreads() < 0) {
            problems.add("index.query.search_threads must be >= 0 (0: one per CPU core)");
        }
        if (c.index().query().facetValues() < 0) {
            problems.add("index.query.facet_values must be >= 0 (0 lists every value)");
        }
        if (c.extract().zip().minInflateRatio() <= 0 || c.extract().zip().minInflateRatio() >= 1) {
            problems.add("extract.zip.min_inflate_ratio must be within (0, 1)");
        }
        if (c.extract().zip().maxExpandedBytes() <= 0) {
            problems.add("extract.zip.max_expanded_bytes must be > 0");
        }
        if (c.extract().zip().maxEntryBytes() <= 0 || c.extract().zip().maxEntryBytes() > Integer.MAX_VALUE - 8) {
            problems.add("extract.zip.max_entry_bytes must be within 1..2147483639");
        }
        if (c.extract().maxCells() <= 0) {
            problems.add("extract.max_cells must be > 0");
        }
        if (c.extract().maxImagePixels() <= 0) {
            problems.add("extract.max_image_pixels must be > 0");
        }
        ServiceSettings s = c.service();
        if (s.host() == null || s.host().isBlank()) {
            problems.add("service.host must not be empty");
        }
        if (s.port() < 1 || s.port() > 65535) {
            problems.add("service.port must be within 1..65535");
        }
        if (s.workDir() == null || s.workDir().isBlank()) {
            problems.add("service.work_dir must not be empty");
        }
        if (s.maxUploadBytes() <= 0 || s.maxRequestBytes() < s.maxUploadBytes()) {
            problems.add("service.max_upload_bytes must be > 0 and ≤ service.max_request_bytes");
        }
        if (s.maxFilesPerUpload() <= 0) {
            problems.add("service.max_files_per_upload must be > 0");
        }
        if (s.parallelism() < 0 || s.queueSize() <= 0 || s.retries() < 0 || s.retryDelayMs() < 0
                || s.pollDelayMs() <= 0 || s.readLockMinAgeMs() < 0) {
            problems.add("service.parallelism/retries/retry_delay_ms/read_lock_min_age_ms must be ≥ 0, "
                    + "queue_size and poll_delay_ms > 0");
        }
        ServiceSettings.Http h = s.http();
        if (h.maxJsonBodyBytes() <= 0 || h.headerTimeoutSeconds() <= 0 || h.bodyTimeoutSeconds() <= 0
                || h.idleTimeoutSeconds() <= 0 || h.loginAttemptsPerMinute() <= 0 || h.maxResultWindow() <= 0) {
            problems.add("service.http: every limit must be > 0");
        }
        ServiceSettings.Cluster cl = s.cluster();
        if (!cl.instanceId().matches("[a-z0-9]{0,32}")) {
            problems.add("service.cluster.instance_id: letters a-z and digits only, at most 32");
        }
        if (cl.heartbeatMs() <= 0 || cl.staleAfterMs() < 2 * cl.heartbeatMs() || cl.releaseDelayMs() < 0) {
            problems.add("service.cluster: heartbeat_ms must be > 0, stale_after_ms ≥ 2 × heartbeat_ms, "
                    + "release_delay_ms ≥ 0");
        }
        if (c.render().dpi() < 36 || c.render().dpi() > 600) {
            problems.add("render.dpi must be within 36..600");
        }
        if (c.render().soffice() == null || c.render().soffice().isBlank()) {
            problems.add("render.soffice must not be empty");
        }
        if (c.render().conversionTimeoutSeconds() <= 0) {
            problems.add("render.conversion_timeout_seconds must be > 0");
        }
        if (!problems.isEmpty()) {
            throw new ConfigException("配置文件有误 " + file + ": " + String.join("; ", problems));
        }
    }
}
