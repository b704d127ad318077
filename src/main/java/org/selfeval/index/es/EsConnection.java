package org.selfeval.index.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;
import org.selfeval.config.IndexElasticsearch;
import org.selfeval.index.IndexUnavailableException;

import javax.net.ssl.SSLContext;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Builds the official client (rest5 transport) from the index.elasticsearch configuration. */
public final class EsConnection {

    private EsConnection() {
    }

    /** The Jackson mapper shared by the client and the document conversion. */
    static ObjectMapper objectMapper() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /**
     * A client for the configured node. Authentication: API key when set, else username/password;
     * TLS trusts the configured CA certificate (https:// URLs without one use the JVM's trust store).
     * Every call is bounded by the configured connect and socket (answer) timeouts.
     *
     * @throws IllegalArgumentException when no URL is configured
     */
    public static ElasticsearchClient open(IndexElasticsearch config) {
        if (config.url() == null) {
            throw new IllegalArgumentException("index.elasticsearch.url (or SELFEVAL_ES_URL) is not set");
        }
        SSLContext ssl = config.caCert() == null ? null : sslContext(config.caCert());
        return new ElasticsearchClient(new Rest5ClientTransport(lowLevel(config, ssl),
                new JacksonJsonpMapper(objectMapper())));
    }

    /**
     * A client for the configured node once it answers; a node that does not answer within the
     * timeouts fails with a message for the user (the client is closed).
     */
    public static ElasticsearchClient openReady(IndexElasticsearch config) {
        ElasticsearchClient client = open(config);
        if (!ready(client, healthWaitSeconds(config))) {
            closeQuietly(client);
            throw new IndexUnavailableException("Elasticsearch 不可用：" + config.url() + " 拒绝连接或在 "
                    + config.socketTimeoutMs() / 1000.0 + " 秒内没有应答，请检查 index.elasticsearch.url 和节点状态。", null);
        }
        return client;
    }

    public static void closeQuietly(ElasticsearchClient client) {
        try {
            client.close();
        } catch (IOException | RuntimeException e) {
            // Closing a client to a node that went away must not mask the real outcome.
        }
    }

    /**
     * The HTTP client, with the timeouts as its defaults: the client's own defaults leave the wait
     * for an answer unbounded, and a per-request setting is not applied by the async transport.
     */
    private static Rest5Client lowLevel(IndexElasticsearch config, SSLContext ssl) {
        Rest5ClientBuilder b = Rest5Client.builder(List.of(URI.create(config.url())));
        if (config.apiKey() != null) {
            b.setDefaultHeaders(new Header[]{new BasicHeader("Authorization", "ApiKey " + config.apiKey())});
        } else if (config.username() != null) {
            String pair = config.username() + ":" + (config.password() == null ? "" : config.password());
            b.setDefaultHeaders(new Header[]{new BasicHeader("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)))});
        }
        if (ssl != null) {
            b.setSSLContext(ssl);
        }
        Timeout connect = Timeout.ofMilliseconds(config.connectTimeoutMs());
        Timeout socket = Timeout.ofMilliseconds(config.socketTimeoutMs());
        b.setConnectionConfigCallback(c -> c.setConnectTimeout(connect).setSocketTimeout(socket));
        b.setRequestConfigCallback(r -> r.setConnectionRequestTimeout(connect).setResponseTimeout(socket));
        return b.build();
    }

    /** Seconds the node may wait for a yellow cluster in {@link #ready}: inside the socket timeout. */
    public static int healthWaitSeconds(IndexElasticsearch config) {
        return Math.max(1, Math.min(10, config.socketTimeoutMs() / 1000 - 1));
    }

    private static SSLContext sslContext(String caCertPath) {
        try {
            return TransportUtils.sslContextFromHttpCaCrt(new File(caCertPath));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CA certificate " + caCertPath, e);
        }
    }

    /**
     * True when the cluster answers and is at least yellow within the timeout. Uses cluster health:
     * GET / (info, ping) is not available in every distribution.
     */
    public static boolean ready(ElasticsearchClient client, int timeoutSeconds) {
        try {
            HealthResponse health = client.cluster().health(h -> h
                    .waitForStatus(HealthStatus.Yellow).timeout(t -> t.time(timeoutSeconds + "s")));
            return !health.timedOut() && health.status() != HealthStatus.Red;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
