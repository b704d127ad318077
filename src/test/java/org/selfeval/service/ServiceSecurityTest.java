package org.selfeval.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.config.ConfigLoader;
import org.selfeval.config.SelfEvalConfig;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Limits, hostile names, zip bombs and the token off loopback. */
class ServiceSecurityTest {

    private static final String TOKEN = "test-token-0123456789abcdef";

    @TempDir
    Path tmp;

    @Test
    void limitsNamesAndZipBombs() throws Exception {
        Path work = tmp.resolve("work");
        byte[] docx = Files.readAllBytes(ServiceHarness.generate(tmp.resolve("gen"), 1, 4242).get(0));
        try (ServiceHarness h = ServiceHarness.start(work, s -> s.withLimits(400_000, 3, 1_000_000))) {
            JsonNode big = h.json(h.upload(Map.of("big.docx", new byte[500_000]), null), 413);
            assertEquals("TOO_LARGE", big.at("/error/code").asText());
            assertTrue(big.at("/error/message").asText().contains("上限"));
            JsonNode huge = h.json(h.upload(Map.of("huge.docx", new byte[1_200_000]), null), 413);
            assertEquals("TOO_LARGE", huge.at("/error/code").asText());
            Map<String, byte[]> four = new LinkedHashMap<>();
            for (int i = 0; i < 4; i++) {
                four.put("r" + i + ".docx", docx);
            }
            assertEquals("TOO_LARGE", h.json(h.upload(four, null), 413).at("/error/code").asText());

            Map<String, byte[]> hostile = new LinkedHashMap<>();
            hostile.put("../../逃逸.docx", docx);
            hostile.put("..\\..\\<script>alert(1)</script>.docx", "x".getBytes(StandardCharsets.UTF_8));
            hostile.put("bomb.docx", zipBomb());
            JsonNode accepted = h.json(h.upload(hostile, "<b>批次</b>"), 202);
            for (JsonNode f : accepted.path("files")) {
                String name = f.path("name").asText();
                assertFalse(name.contains("/") || name.contains("\\") || name.contains("..") || name.contains("<"),
                        name);
            }
            JsonNode batch = h.awaitBatch(accepted.path("batch").asText(), 3, Duration.ofSeconds(60));
            Map<String, JsonNode> byName = new LinkedHashMap<>();
            batch.path("files").forEach(f -> byName.put(f.path("name").asText(), f));
            assertEquals("ok", byName.get("逃逸.docx").path("status").asText(), batch.toString());
            assertEquals("TOO_LARGE", byName.get("bomb.docx").at("/error/code").asText(), batch.toString());
            assertTrue(byName.get("bomb.docx").at("/error/message").asText().contains("超过"));
            // Nothing was written outside the work folder's own sub-folders.
            try (Stream<Path> s = Files.walk(tmp)) {
                List<Path> escaped = s.filter(p -> p.getFileName().toString().contains("逃逸"))
                        .filter(p -> !p.startsWith(work.resolve("done")) && !p.startsWith(work.resolve("store")))
                        .toList();
                assertEquals(List.of(), escaped);
            }
        }
    }

    @Test
    void offLoopback_requiresTheToken() throws Exception {
        try (ServiceHarness h = ServiceHarness.start(tmp.resolve("work"),
                s -> s.withBind("0.0.0.0", s.port()).withToken(TOKEN))) {
            JsonNode denied = h.json(h.get("/api/batches"), 401);
            assertEquals("UNAUTHORIZED", denied.at("/error/code").asText());
            assertTrue(denied.at("/error/message").asText().contains("令牌"));
            h.json(h.get("/api/batches").header("Authorization", "Bearer wrong-token-0123456789"), 401);
            h.json(h.get("/q/metrics"), 401);
            h.json(h.upload(Map.of("a.docx", new byte[10]), null), 401);
            h.json(h.get("/api/batches").header("Authorization", "Bearer " + TOKEN), 200);

            HttpRequest.Builder wrong = HttpRequest.newBuilder(h.uri("/api/login"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"nope\"}"));
            h.json(wrong, 401);
            HttpResponse<byte[]> login = h.send(HttpRequest.newBuilder(h.uri("/api/login"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + TOKEN + "\"}")));
            assertEquals(200, login.statusCode());
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
            assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
            h.json(h.get("/api/batches").header("Cookie", cookie.substring(0, cookie.indexOf(';'))), 200);

            // The page (which asks for the token) and the health probe stay reachable.
            assertEquals(200, h.send(h.get("/")).statusCode());
            assertEquals(200, h.send(h.get("/q/health")).statusCode());
        }
    }

    @Test
    void offLoopback_withoutToken_refusesToStart() {
        SelfEvalConfig config = ConfigLoader.load();
        var settings = config.service().withWorkDir(tmp.resolve("work")).withBind("0.0.0.0", 18999).withToken("");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ServiceRuntime.open(config, settings, ConfigLoader.configDir()));
        assertTrue(e.getMessage().contains("令牌"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("work")), "refused before creating anything");
    }

    /** A .docx whose document part is 50 MB of one repeated byte: it deflates about 1000 to 1. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
