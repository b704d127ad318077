package org.selfeval.config;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Connection to Elasticsearch (index.elasticsearch in selfeval.yaml). Every key is optional; each
 * can be overridden by an environment variable so that secrets stay out of the file:
 * SELFEVAL_ES_URL, SELFEVAL_ES_INDEX, SELFEVAL_ES_USERNAME, SELFEVAL_ES_PASSWORD,
 * SELFEVAL_ES_API_KEY, SELFEVAL_ES_CA_CERT.
 *
 * @param url      e.g. https://127.0.0.1:9200; null when not configured
 * @param index    index name; "selfeval-reports" when not configured
 * @param apiKey   encoded API key; used instead of username/password when set
 * @param caCert   path of a PEM CA certificate to trust for TLS
 * @param connectTimeoutMs limit for opening a connection to the node
 * @param socketTimeoutMs  limit for waiting for the node's answer
 * @param bulk             bulk indexing settings (index.elasticsearch.bulk)
 * @param sharedWriters    several processes write the index: supersede flags are computed from fresh
 *                         reads and reconciled after each write instead of from this process's cache
 */
public record IndexElasticsearch(String url, String index, String username, String password, String apiKey,
                                 String caCert, int connectTimeoutMs, int socketTimeoutMs, EsBulk bulk,
                                 boolean sharedWriters) {

    public static final String DEFAULT_INDEX = "selfeval-reports";
    public static final int DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
    public static final int DEFAULT_SOCKET_TIMEOUT_MS = 30_000;
    private static final Set<String> KEYS = Set.of("url", "index", "username", "password", "api_key", "ca_cert",
            "connect_timeout_ms", "socket_timeout_ms", "bulk", "shared_writers");

    /** With the default timeouts and bulk settings, single writer. */
    public IndexElasticsearch(String url, String index, String username, String password, String apiKey,
                              String caCert) {
        this(url, index, username, password, apiKey, caCert, DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_SOCKET_TIMEOUT_MS,
                EsBulk.DEFAULTS, false);
    }

    public IndexElasticsearch {
        index = blankToNull(index) == null ? DEFAULT_INDEX : index;
        url = blankToNull(url);
        username = blankToNull(username);
        password = blankToNull(password);
        apiKey = blankToNull(apiKey);
        caCert = blankToNull(caCert);
        bulk = bulk == null ? EsBulk.DEFAULTS : bulk;
    }

    /** Reads the YAML mapping by hand so that every key may be absent or empty; unknown keys fail. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static IndexElasticsearch of(Map<String, ?> yaml) {
        Map<String, String> m = new HashMap<>();
        if (yaml != null) {
            yaml.forEach((k, v) -> m.put(k, v == null || v instanceof Map ? null : v.toString()));
        }
        Set<String> unknown = new TreeSet<>(m.keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown keys in index.elasticsearch: " + unknown);
        }
        return new IndexElasticsearch(m.get("url"), m.get("index"), m.get("username"), m.get("password"),
                m.get("api_key"), m.get("ca_cert"), millis(m, "connect_timeout_ms", DEFAULT_CONNECT_TIMEOUT_MS),
                millis(m, "socket_timeout_ms", DEFAULT_SOCKET_TIMEOUT_MS),
                EsBulk.of(yaml == null ? null : yaml.get("bulk")), flag(m, "shared_writers"));
    }

    /** This configuration with another value of shared_writers (the service sets it). */
    public IndexElasticsearch withSharedWriters(boolean shared) {
        return new IndexElasticsearch(url, index, username, password, apiKey, caCert, connectTimeoutMs,
                socketTimeoutMs, bulk, shared);
    }

    private static boolean flag(Map<String, String> m, String key) {
        String v = blankToNull(m.get(key));
        if (v == null || v.equals("false")) {
            return false;
        }
        if (v.equals("true")) {
            return true;
        }
        throw new IllegalArgumentException("index.elasticsearch." + key + " must be true or false");
    }

    private static int millis(Map<String, String> m, String key, int fallback) {
        String v = blankToNull(m.get(key));
        if (v == null) {
            return fallback;
        }
        try {
            int ms = Integer.parseInt(v);
            if (ms > 0) {
                return ms;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("index.elasticsearch." + key + " must be a whole number of milliseconds > 0");
    }

    /** This configuration with SELFEVAL_ES_* variables, where set, taking precedence. */
    public IndexElasticsearch withEnv(Map<String, String> env) {
        return new IndexElasticsearch(pick(env, "SELFEVAL_ES_URL", url), pick(env, "SELFEVAL_ES_INDEX", index),
                pick(env, "SELFEVAL_ES_USERNAME", username), pick(env, "SELFEVAL_ES_PASSWORD", password),
                pick(env, "SELFEVAL_ES_API_KEY", apiKey), pick(env, "SELFEVAL_ES_CA_CERT", caCert), connectTimeoutMs,
                socketTimeoutMs, bulk, sharedWriters);
    }

    private static String pick(Map<String, String> env, String name, String configured) {
        String v = env.get(name);
        return v != null && !v.isBlank() ? v : configured;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        // Never print secrets in logs or error messages.
        return "IndexElasticsearch[url=" + url + ", index=" + index + ", username=" + username
                + ", password=" + (password == null ? null : "***") + ", apiKey=" + (apiKey == null ? null : "***")
                + ", caCert=" + caCert + ", connectTimeoutMs=" + connectTimeoutMs + ", socketTimeoutMs="
                + socketTimeoutMs + ", bulk=" + bulk + ", sharedWriters=" + sharedWriters + "]";
    }
}
