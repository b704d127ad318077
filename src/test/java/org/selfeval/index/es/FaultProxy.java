package org.selfeval.index.es;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP proxy on loopback in front of the test node that injects "too many requests": the first
 * {@code rejectRequests} bulk requests are answered 429 as a whole, the first {@code rejectItems}
 * bulk items (and every index item of a document in {@code alwaysReject}) come back with status 429
 * although the node may have stored them (an acknowledgement lost, the harder case for retries).
 * Everything else is forwarded unchanged.
 */
final class FaultProxy implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> HOP_HEADERS = Set.of("connection", "content-length", "host",
            "transfer-encoding", "upgrade", "expect", "accept-encoding", "keep-alive");

    private final URI target;
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger requestsToReject;
    private final AtomicInteger itemsToReject;
    private final Set<String> alwaysReject = ConcurrentHashMap.newKeySet();
    private final AtomicInteger bulkRequests = new AtomicInteger();
    private final AtomicInteger rejectedRequests = new AtomicInteger();
    private final AtomicInteger rejectedItems = new AtomicInteger();

    FaultProxy(String targetUrl, int rejectRequests, int rejectItems) throws IOException {
        this.target = URI.create(targetUrl.endsWith("/") ? targetUrl.substring(0, targetUrl.length() - 1) : targetUrl);
        this.requestsToReject = new AtomicInteger(rejectRequests);
        this.itemsToReject = new AtomicInteger(rejectItems);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every index operation on this document id is answered 429, however often it is retried. */
    void alwaysReject(String id) {
        alwaysReject.add(id);
    }

    int bulkRequests() {
        return bulkRequests.get();
    }

    int rejectedRequests() {
        return rejectedRequests.get();
    }

    int rejectedItems() {
        return rejectedItems.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            String path = ex.getRequestURI().getRawPath();
            boolean bulk = path.endsWith("/_bulk");
            if (bulk) {
                bulkRequests.incrementAndGet();
                if (requestsToReject.getAndDecrement() > 0) {
                    rejectedRequests.incrementAndGet();
                    reply(ex, 429, ("{\"error\":{\"type\":\"es_rejected_execution_exception\",\"reason\":"
                            + "\"rejected by the test proxy\"},\"status\":429}").getBytes(StandardCharsets.UTF_8), null);
                    return;
                }
            }
            if (bulk) {
                forwardBulk(ex, body);
                return;
            }
            HttpResponse<byte[]> answer = forward(ex, body);
            byte[] out = answer.body();
            reply(ex, answer.statusCode(), out, answer.headers().map());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ex.sendResponseHeaders(502, -1);
        } catch (IOException e) {
            ex.sendResponseHeaders(502, -1);
        }
    }

    private HttpResponse<byte[]> forward(HttpExchange ex, byte[] body) throws IOException, InterruptedException {
        String query = ex.getRequestURI().getRawQuery();
        URI uri = URI.create(target + ex.getRequestURI().getRawPath() + (query == null ? "" : "?" + query));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(ex.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        ex.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_HEADERS.contains(name.toLowerCase())) {
                values.forEach(v -> b.header(name, v));
            }
        });
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Forwards a bulk request without the index operations of {@link #alwaysReject} documents (the
     * node never sees them), then answers those with 429 at their places and turns the first
     * {@code itemsToReject} stored items into 429 too.
     */
    private void forwardBulk(HttpExchange ex, byte[] body) throws IOException, InterruptedException {
        List<String> lines = new String(body, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        StringBuilder kept = new StringBuilder();
        List<ObjectNode> withheld = new java.util.ArrayList<>(); // null: forwarded, else the synthetic answer
        for (int i = 0; i < lines.size(); i++) {
            JsonNode action = JSON.readTree(lines.get(i));
            String type = action.fieldNames().next();
            int length = type.equals("delete") ? 1 : 2;
            String id = action.path(type).path("_id").asText();
            if (type.equals("index") && alwaysReject.contains(id)) {
                withheld.add(rejection(type, id));
            } else {
                withheld.add(null);
                for (int k = i; k < i + length; k++) {
                    kept.append(lines.get(k)).append('\n');
                }
            }
            i += length - 1;
        }
        ObjectNode root;
        Map<String, List<String>> headers = null;
        int status = 200;
        if (kept.isEmpty()) {
            root = JSON.createObjectNode().put("errors", true).put("took", 0);
            root.putArray("items");
        } else {
            HttpResponse<byte[]> answer = forward(ex, kept.toString().getBytes(StandardCharsets.UTF_8));
            if (answer.statusCode() != 200) {
                reply(ex, answer.statusCode(), answer.body(), answer.headers().map());
                return;
            }
            headers = answer.headers().map();
            root = (ObjectNode) JSON.readTree(answer.body());
        }
        com.fasterxml.jackson.databind.node.ArrayNode items = root.withArray("items");
        List<JsonNode> stored = new java.util.ArrayList<>();
        items.forEach(stored::add);
        items.removeAll();
        java.util.Iterator<JsonNode> next = stored.iterator();
        boolean errors = root.path("errors").asBoolean();
        for (ObjectNode synthetic : withheld) {
            JsonNode wrapper = synthetic != null ? synthetic : next.next();
            ObjectNode item = (ObjectNode) wrapper.elements().next();
            if (synthetic == null && item.path("status").asInt() < 300 && itemsToReject.getAndDecrement() > 0) {
                item.put("status", 429);
                item.remove(List.of("result", "_seq_no", "_primary_term", "_version", "_shards"));
                putError(item);
                rejectedItems.incrementAndGet();
            }
            errors |= item.has("error");
            items.add(wrapper);
        }
        root.put("errors", errors);
        reply(ex, status, JSON.writeValueAsBytes(root), headers);
    }

    private ObjectNode rejection(String type, String id) {
        rejectedItems.incrementAndGet();
        ObjectNode wrapper = JSON.createObjectNode();
        ObjectNode item = wrapper.putObject(type);
        item.put("_id", id).put("_index", "rejected").put("status", 429);
        putError(item);
        return wrapper;
    }

    private static void putError(ObjectNode item) {
        ObjectNode error = item.putObject("error");
        error.put("type", "es_rejected_execution_exception");
        error.put("reason", "item rejected by the test proxy");
    }

    private static void reply(HttpExchange ex, int status, byte[] body, Map<String, List<String>> headers)
            throws IOException {
        if (headers != null) {
            headers.forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    ex.getResponseHeaders().put(name, values);
                }
            });
        } else {
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.getResponseHeaders().set("X-Elastic-Product", "Elasticsearch");
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            ex.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
