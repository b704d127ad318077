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
 */
public record IndexElasticsearch(String url, String index, String username, String password, String apiKey,
                                 String caCert, int connectTimeoutMs, int socketTimeoutMs) {

    public static final String DEFAULT_INDEX = "selfeval-reports";
    public static final int DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
    public static final int DEFAULT_SOCKET_TIMEOUT_MS = 30_000;
    private static final Set<String> KEYS = Set.of("url", "index", "username", "password", "api_key", "ca_cert",
            "connect_timeout_ms", "socket_timeout_ms");

    /** With the default timeouts. */
    public IndexElasticsearch(String url, String index, String username, String password, String apiKey,
                              String caCert) {
        this(url, index, username, password, apiKey, caCert, DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_SOCKET_TIMEOUT_MS);
    }

    public IndexElasticsearch {
        index = blankToNull(index) == null ? DEFAULT_INDEX : index;
        url = blankToNull(url);
        username = blankToNull(username);
        password = blankToNull(password);
        apiKey = blankToNull(apiKey);
        caCert = blankToNull(caCert);
    }

    /** Reads the YAML mapping by hand so that every key may be absent or empty; unknown keys fail. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static IndexElasticsearch of(Map<String, String> yaml) {
        Map<String, String> m = yaml == null ? Map.of() : yaml;
        Set<String> unknown = new TreeSet<>(m.keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown keys in index.elasticsearch: " + unknown);
        }
        return new IndexElasticsearch(m.get("url"), m.get("index"), m.get("username"), m.get("password"),
                m.get("api_key"), m.get("ca_cert"), millis(m, "connect_timeout_ms", DEFAULT_CONNECT_TIMEOUT_MS),
                millis(m, "socket_timeout_ms", DEFAULT_SOCKET_TIMEOUT_MS));
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
        Map<String, String> m = new HashMap<>();
        m.put("url", pick(env, "SELFEVAL_ES_URL", url));
        m.put("index", pick(env, "SELFEVAL_ES_INDEX", index));
        m.put("username", pick(env, "SELFEVAL_ES_USERNAME", username));
        m.put("password", pick(env, "SELFEVAL_ES_PASSWORD", password));
        m.put("api_key", pick(env, "SELFEVAL_ES_API_KEY", apiKey));
        m.put("ca_cert", pick(env, "SELFEVAL_ES_CA_CERT", caCert));
        m.put("connect_timeout_ms", String.valueOf(connectTimeoutMs));
        m.put("socket_timeout_ms", String.valueOf(socketTimeoutMs));
        return of(m);
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
                + socketTimeoutMs + "]";
    }
}
