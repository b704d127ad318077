package org.selfeval.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.main.Main;
import org.selfeval.config.ConfigLoader;
import org.selfeval.config.SelfEvalConfig;
import org.selfeval.config.ServiceSettings;
import org.selfeval.pipeline.Json;
import org.selfeval.synth.CorpusGenerator;
import org.selfeval.synth.DocxRenderer;
import org.selfeval.synth.PdfRenderer;
import org.selfeval.synth.SpecRenderer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** A service started in this JVM on a free port with a temporary work folder, plus HTTP helpers. */
final class ServiceHarness implements AutoCloseable {

    final ServiceRuntime runtime;
    final Main main;
    final int port;
    final String host;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServiceHarness(ServiceRuntime runtime, Main main, String host, int port) {
        this.runtime = runtime;
        this.main = main;
        this.host = host;
        this.port = port;
    }

    static ServiceHarness start(Path work, UnaryOperator<ServiceSettings> tweak) throws Exception {
        return start(ConfigLoader.load(), work, tweak);
    }

    /** With a configuration of the test's own (e.g. another index engine). */
    static ServiceHarness start(SelfEvalConfig config, Path work, UnaryOperator<ServiceSettings> tweak)
            throws Exception {
        ServiceSettings s = tweak.apply(fast(config.service(), work, freePort()));
        ServiceRuntime runtime = ServiceRuntime.open(config, s, ConfigLoader.configDir());
        Main main = ServiceMain.create(Path.of("").toAbsolutePath(), runtime);
        main.start();
        ServiceHarness h = new ServiceHarness(runtime, main, s.host(), s.port());
        h.awaitUp();
        return h;
    }

    /** Settings for tests: the given folder and port, a quick inbox poll and read lock, no token. */
    static ServiceSettings fast(ServiceSettings base, Path work, int port) {
        return base.withWorkDir(work).withBind("127.0.0.1", port).withToken("").withTimings(200, 300);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private void awaitUp() throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (send(get("/q/health")).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("service did not come up on port " + port);
    }

    URI uri(String path) {
        return URI.create("http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + port + path);
    }

    HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
    }

    HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    JsonNode json(HttpRequest.Builder request, int expectedStatus) throws Exception {
        HttpResponse<byte[]> r = send(request);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        if (r.statusCode() != expectedStatus) {
            throw new AssertionError("expected " + expectedStatus + " but got " + r.statusCode() + ": " + body);
        }
        return Json.MAPPER.readTree(body);
    }

    /** POST /api/batches with the files as parts named "files" (file name as given). */
    HttpRequest.Builder upload(Map<String, byte[]> files, String label) {
        String boundary = "----selfeval" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        files.forEach((name, content) -> {
            part(body, boundary, "Content-Disposition: form-data; name=\"files\"; filename=\"" + name + "\"\r\n"
                    + "Content-Type: application/octet-stream\r\n", content);
        });
        if (label != null) {
            part(body, boundary, "Content-Disposition: form-data; name=\"name\"\r\n",
                    label.getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri("/api/batches")).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private static void part(ByteArrayOutputStream out, String boundary, String headers, byte[] content) {
        out.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    /** Waits until no file of the batch is queued or processing; returns the batch. */
    JsonNode awaitBatch(String batch, int files, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode b = null;
        while (Instant.now().isBefore(deadline)) {
            b = json(get("/api/batches/" + batch), 200);
            long done = 0;
            for (JsonNode f : b.path("files")) {
                String st = f.path("status").asText();
                done += st.equals("ok") || st.equals("failed") ? 1 : 0;
            }
            if (done == files) {
                return b;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("batch " + batch + " not finished: " + b);
    }

    /** Generated reports (docx and, when a CJK font is installed, pdf), distinct content per seed. */
    static List<Path> generate(Path dir, int count, long seed) throws IOException {
        List<SpecRenderer> renderers = new ArrayList<>();
        renderers.add(new DocxRenderer());
        PdfRenderer pdf = null;
        try {
            pdf = PdfRenderer.withSystemFont();
            renderers.add(pdf);
        } catch (IllegalStateException noFont) {
            // docx only
        }
        try {
            return new CorpusGenerator(renderers).generate(dir, count, seed);
        } finally {
            if (pdf != null) {
                pdf.close();
            }
        }
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            main.stop();
        } finally {
            runtime.close();
        }
    }
}
