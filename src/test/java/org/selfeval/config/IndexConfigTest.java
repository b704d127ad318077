package org.selfeval.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexConfigTest {

    @Test
    void shippedConfig_usesLuceneUnderData() {
        SelfEvalConfig c = ConfigLoader.load(Path.of("config"));
        assertEquals("lucene", c.index().engine());
        assertEquals(Path.of("data"), c.index().dataDir(null, Map.of()));
        assertEquals(IndexElasticsearch.DEFAULT_INDEX, c.index().elasticsearch().index());
    }

    @Test
    void dataDir_optionBeatsEnvBeatsConfig() {
        SelfEvalConfig.Index i = new SelfEvalConfig.Index("lucene", "data", IndexElasticsearch.of(Map.of()),
                new SelfEvalConfig.Query(256, 32, 100, 0));
        Map<String, String> env = Map.of("SELFEVAL_DATA", "/tmp/env-data");
        assertEquals(Path.of("/tmp/opt"), i.dataDir(Path.of("/tmp/opt"), env));
        assertEquals(Path.of("/tmp/env-data"), i.dataDir(null, env));
        assertEquals(Path.of("data"), i.dataDir(null, Map.of("SELFEVAL_DATA", " ")));
    }

    @Test
    void esEnvVariables_overrideFile() {
        IndexElasticsearch es = IndexElasticsearch.of(Map.of("url", "http://a:9200", "username", "u"))
                .withEnv(Map.of("SELFEVAL_ES_URL", "https://b:9200", "SELFEVAL_ES_PASSWORD", "secret",
                        "SELFEVAL_ES_CA_CERT", "/x/ca.pem"));
        assertEquals("https://b:9200", es.url());
        assertEquals("u", es.username());
        assertEquals("secret", es.password());
        assertEquals("/x/ca.pem", es.caCert());
        assertNull(es.apiKey());
        assertTrue(!es.toString().contains("secret"));
    }

    @Test
    void unknownEsKey_failsAtStartUp(@TempDir Path dir) throws IOException {
        String yaml = Files.readString(Path.of("config/selfeval.yaml"))
                .replace("    ca_cert:", "    ca_certificate: x\n    ca_cert:");
        Files.writeString(dir.resolve("selfeval.yaml"), yaml);
        assertThrows(ConfigException.class, () -> ConfigLoader.load(dir));
    }

    @Test
    void bulkSettings_readFromFileAndUnknownBulkKeyFails(@TempDir Path dir) throws IOException {
        IndexElasticsearch shipped = ConfigLoader.load(Path.of("config")).index().elasticsearch();
        assertEquals(new EsBulk(500, 8388608, 1000, 2, 6, 200), shipped.bulk());
        assertEquals(false, shipped.sharedWriters());
        IndexElasticsearch es = IndexElasticsearch.of(Map.of("shared_writers", "true",
                "bulk", Map.of("max_operations", 50, "retries", 0)));
        assertTrue(es.sharedWriters());
        assertEquals(50, es.bulk().maxOperations());
        assertEquals(0, es.bulk().retries());
        assertEquals(EsBulk.DEFAULTS.maxBytes(), es.bulk().maxBytes());
        String yaml = Files.readString(Path.of("config/selfeval.yaml"))
                .replace("      max_operations: 500", "      max_operations: 500\n      max_ops: 3");
        Files.writeString(dir.resolve("selfeval.yaml"), yaml);
        assertThrows(ConfigException.class, () -> ConfigLoader.load(dir));
    }

    @Test
    void unknownEngine_failsAtStartUp(@TempDir Path dir) throws IOException {
        String yaml = Files.readString(Path.of("config/selfeval.yaml")).replace("engine: lucene", "engine: solr");
        Files.writeString(dir.resolve("selfeval.yaml"), yaml);
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(dir));
        assertTrue(e.getMessage().contains("index.engine"));
    }
}
