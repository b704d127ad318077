package org.selfeval.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.config.ServiceSettings;
import org.selfeval.pipeline.Json;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile HTTP clients (issue 10): huge and endless small-endpoint bodies, too many parts, stalled
 * heads and bodies, malformed requests, login guessing, paging overflow, very long queries. Every
 * answer must be the JSON error shape in Chinese, within the (small) configured limits.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileHttpTest {

    /** Small limits: 4 KiB bodies, 2 s head and body timeouts, 5 logins a minute, window 1000. */
    static final ServiceSettings.Http LIMITS = new ServiceSettings.Http(4096, 2, 2, 30, 5, 1000);
    static final String TOKEN = "hostile-test-token-0123456789";
    static final String SHA = "0".repeat(64);

    @TempDir
    static Path tmp;
    ServiceHarness h;

    @BeforeAll
    void start() throws Exception {
        h = ServiceHarness.start(tmp.resolve("work"), s -> s.withHttp(LIMITS));
    }

    @AfterAll
    void stop() throws Exception {
        h.close();
    }

    /** The JSON error shape: application/json, a code, a Chinese message. */
    static JsonNode assertErrorShape(int status, RawHttp.Reply r) throws Exception {
        assertEquals(status, r.status(), r.body());
        assertTrue(String.valueOf(r.header("content-type")).startsWith("application/json"), r.headers().toString());
        JsonNode e = Json.MAPPER.readTree(r.body()).path("error");
        assertFalse(e.path("code").asText().isEmpty(), r.body());
        assertTrue(e.path("message").asText().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN), r.body());
        return e;
    }

    static RawHttp.Reply reply(HttpResponse<byte[]> r) {
        Map<String, String> headers = new LinkedHashMap<>();
        r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
        return new RawHttp.Reply(r.statusCode(), headers, new String(r.body(), StandardCharsets.UTF_8));
    }

    private RawHttp.Reply raw(String request) throws Exception {
        try (RawHttp c = new RawHttp(h.port, 10_000)) {
            return c.send(request).reply();
        }
    }

    @Test
    void hugeDecisionBody_refusedBeforeBuffering() throws Exception {
        String head = "PUT /api/reports/" + SHA + "/findings/x/decision HTTP/1.1\r\nHost: t\r\n"
                + "Content-Type: application/json\r\n";
        // Declared 440 MB: refused from the header, nothing sent.
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try (RawHttp c = new RawHttp(h.port, 5_000)) {
                JsonNode e = assertErrorShape(413, c.send(head + "Content-Length: 440000000\r\n\r\n").reply());
                assertEquals("TOO_LARGE", e.path("code").asText());
                System.out.printf("declared 440 MB decision body: 413 in %d ms%n", c.elapsedMillis());
            }
        });
        // Chunked, no length: refused once 4 KiB have arrived, while 200 MB are still to come.
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (RawHttp c = new RawHttp(h.port, 10_000)) {
                c.send(head + "Transfer-Encoding: chunked\r\n\r\n");
                var sent = c.streamChunked(new byte[64 * 1024], 200L << 20);
                JsonNode e = assertErrorShape(413, c.reply());
                assertEquals("TOO_LARGE", e.path("code").asText());
                long millis = c.elapsedMillis();
                c.close();
                long bytes = sent.get(10, TimeUnit.SECONDS);
                assertTrue(bytes < 200L << 20, "the server stopped reading: " + bytes);
                System.out.printf("chunked decision body: 413 in %d ms after %d KiB written%n", millis, bytes >> 10);
            }
        });
        // Login too.
        JsonNode e = assertErrorShape(413, raw("POST /api/login HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100000\r\n\r\n"));
        assertEquals("TOO_LARGE", e.path("code").asText());
    }

    @Test
    void moreThan256Parts_413Json_noErrorLogged() throws Exception {
        PrintStream saved = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            for (int parts : List.of(201, 256, 257, 300, 1000)) {
                Map<String, byte[]> files = new LinkedHashMap<>();
                for (int i = 0; i < parts; i++) {
                    files.put("r" + i + ".docx", new byte[]{1});
                }
                RawHttp.Reply r = reply(h.send(h.upload(files, null)));
                assertEquals("TOO_LARGE", assertErrorShape(413, r).path("code").asText(), parts + " parts");
            }
        } finally {
            System.setErr(saved);
        }
        String logged = log.toString(StandardCharsets.UTF_8);
        assertFalse(logged.contains("ERROR") || logged.contains("\tat "), logged);
    }

    @Test
    void stalledBodyAndHead_droppedWithinTheTimeout() throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
            // Multipart that never closes its boundary (and never reaches its declared length).
            try (RawHttp c = new RawHttp(h.port, 8_000)) {
                c.send("POST /api/batches HTTP/1.1\r\nHost: t\r\nContent-Type: multipart/form-data; boundary=XYZ\r\n"
                        + "Content-Length: 100000\r\n\r\n--XYZ\r\nContent-Disposition: form-data; name=\"files\"; "
                        + "filename=\"a.docx\"\r\nContent-Type: application/octet-stream\r\n\r\nPK...");
                assertEquals("TIMEOUT", assertErrorShape(408, c.reply()).path("code").asText());
                assertTrue(c.closedByServer());
                long millis = c.elapsedMillis();
                System.out.printf("multipart without closing boundary: 408 and closed after %d ms%n", millis);
                assertTrue(millis >= 1_500 && millis < 5_000, millis + " ms");
            }
            // A chunked JSON body that stops mid-way.
            try (RawHttp c = new RawHttp(h.port, 8_000)) {
                c.send("PUT /api/reports/" + SHA + "/findings/x/decision HTTP/1.1\r\nHost: t\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"sta");
                assertEquals(408, c.reply().status());
                assertTrue(c.closedByServer());
            }
            // A request head that never ends.
            try (RawHttp c = new RawHttp(h.port, 8_000)) {
                c.send("GET /q/health HTTP/1.1\r\nHost: t\r\nX-Slow: 1\r\n");
                assertTrue(c.closedByServer(), "connection kept open");
                long millis = c.elapsedMillis();
                System.out.printf("unfinished request head: closed after %d ms%n", millis);
                assertTrue(millis >= 1_500 && millis < 5_000, millis + " ms");
            }
        });
        // The service still answers.
        assertEquals(200, h.send(h.get("/q/health")).statusCode());
    }

    @Test
    void everyEngineError_hasTheJsonShape() throws Exception {
        assertErrorShape(400, raw("GET /q/health HTTP/1.1\r\nHost: t\r\nContent-Length: abc\r\n\r\n"));
        assertErrorShape(400, raw("\u0001\u0002 nonsense\r\n\r\n"));
        assertErrorShape(414, raw("GET /" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: t\r\n\r\n"));
        assertErrorShape(431, raw("GET / HTTP/1.1\r\nHost: t\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n"));
        assertErrorShape(404, reply(h.send(h.get("/api/nope"))));
        assertErrorShape(404, reply(h.send(h.get("/nope.html"))));
        assertErrorShape(405, reply(h.send(HttpRequest.newBuilder(h.uri("/api/batches")).DELETE())));
        assertErrorShape(405, reply(h.send(HttpRequest.newBuilder(h.uri("/q/health"))
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{}")))));
        assertErrorShape(415, reply(h.send(HttpRequest.newBuilder(h.uri("/api/batches"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")))));
        assertErrorShape(400, reply(h.send(HttpRequest.newBuilder(h.uri("/api/batches"))
                .header("Content-Type", "multipart/form-data; boundary=Q")
                .POST(HttpRequest.BodyPublishers.ofString("--Q\r\ngarbage without headers")))));
        assertErrorShape(400, raw("PUT /api/reports/" + SHA + "/findings/x/decision HTTP/1.1\r\nHost: t\r\n"
                + "Content-Length: -5\r\n\r\n"));
    }

    @Test
    void pagingOverflow_400() throws Exception {
        for (String q : List.of("offset=2147483647", "offset=2147483647&limit=200", "offset=990&limit=20",
                "offset=2147483648")) {
            JsonNode e = assertErrorShape(400, reply(h.send(h.get("/api/search?" + q))));
            assertEquals("BAD_REQUEST", e.path("code").asText(), q);
        }
        assertEquals(200, h.send(h.get("/api/search?offset=980&limit=20")).statusCode());
    }

    @Test
    void longQuery_400_andTheLongestAllowedQueryRuns() throws Exception {
        // 300 one-character words: the request line stays under the server's 4 KiB limit (beyond it, 414).
        String words300 = String.join(" ", Collections.nCopies(300, "预"));
        JsonNode e = assertErrorShape(400, reply(h.send(h.get("/api/search?q="
                + URLEncoder.encode(words300, StandardCharsets.UTF_8)))));
        assertTrue(e.path("message").asText().contains("检索词"), e.toString());
        String chars = "预".repeat(257);
        assertErrorShape(400, reply(h.send(h.get("/api/search?q=" + URLEncoder.encode(chars, StandardCharsets.UTF_8)))));
        // At the caps (32 words, 255 characters) both engines' clause limits are far away.
        StringBuilder at = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            at.append(i == 0 ? "" : " ").append("预算执行率").append((char) ('甲' + i)).append((char) ('乙' + i));
        }
        assertEquals(200, h.send(h.get("/api/search?q=" + URLEncoder.encode(at.toString(), StandardCharsets.UTF_8)))
                .statusCode());
    }

    @Test
    void loginRateLimit_evenTheRightTokenWaits() throws Exception {
        try (ServiceHarness open = ServiceHarness.start(tmp.resolve("work-login"),
                s -> s.withBind("0.0.0.0", s.port()).withToken(TOKEN).withHttp(LIMITS))) {
            HttpRequest.Builder wrong = HttpRequest.newBuilder(open.uri("/api/login"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"guess\"}"));
            HttpRequest.Builder right = HttpRequest.newBuilder(open.uri("/api/login"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + TOKEN + "\"}"));
            long start = System.nanoTime();
            for (int i = 0; i < LIMITS.loginAttemptsPerMinute(); i++) {
                assertEquals(401, open.send(wrong).statusCode());
            }
            for (HttpRequest.Builder attempt : List.of(wrong, right)) {
                HttpResponse<byte[]> r = open.send(attempt);
                assertEquals("TOO_MANY_REQUESTS", assertErrorShape(429, reply(r)).path("code").asText());
                int retry = Integer.parseInt(r.headers().firstValue("Retry-After").orElseThrow());
                assertTrue(retry >= 1 && retry <= 60, "Retry-After " + retry);
            }
            System.out.printf("login: %d attempts allowed, then 429 (%d ms)%n", LIMITS.loginAttemptsPerMinute(),
                    (System.nanoTime() - start) / 1_000_000);
            // Other calls with the token are not limited.
            assertEquals(200, open.send(open.get("/api/batches").header("Authorization", "Bearer " + TOKEN))
                    .statusCode());
        }
    }
}
