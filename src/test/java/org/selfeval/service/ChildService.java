package org.selfeval.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.selfeval.cli.ServeProcess;
import org.selfeval.pipeline.Json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code selfeval serve} as a child JVM (the build's classes and runtime classpath) with its own
 * work folder, a given config folder and environment, plus the HTTP calls the tests make.
 */
final class ChildService implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final ServeProcess process;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ChildService(ServeProcess process) {
        this.process = process;
        this.base = process.base();
    }

    /** Starts and waits until /q/health answers (bounded). */
    static ChildService start(Path work, Path store, Path config, Map<String, String> env, String heap)
            throws Exception {
        Path testClasses = Path.of(ChildService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path build = testClasses.getParent();
        // Surefire's own classpath is a booter jar: the child gets the build's classes and dependencies.
        String cp = build.resolve("classes") + ":" + Files.readString(build.resolve("runtime-classpath.txt")).trim();
        return new ChildService(ServeProcess.start(cp, heap, work, store, config, env, STARTUP));
    }

    String tail() {
        return process.tail();
    }

    HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
    }

    HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    JsonNode json(HttpRequest.Builder request, int expectedStatus) throws Exception {
        HttpResponse<byte[]> r = send(request);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        if (r.statusCode() != expectedStatus) {
            throw new AssertionError(base + ": expected " + expectedStatus + " but got " + r.statusCode() + ": " + body);
        }
        return Json.MAPPER.readTree(body);
    }

    JsonNode get(String path, int expectedStatus) throws Exception {
        return json(get(path), expectedStatus);
    }

    /** POST /api/batches with the files; returns the batch id. */
    String upload(List<Path> files, String label) throws Exception {
        String boundary = "----selfeval" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Path p : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + p.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(Files.readAllBytes(p));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n" + label
                + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + "/api/batches"))
                .timeout(Duration.ofSeconds(120)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return json(post, 202).path("batch").asText();
    }

    /** PUT a reviewer's decision on one finding; returns what is stored. */
    JsonNode decide(String sha, String findingId, String status, String comment) throws Exception {
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(base + "/api/reports/" + sha + "/findings/"
                        + findingId + "/decision")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"" + status + "\",\"comment\":\"" + comment + "\"}"));
        return json(put, 200);
    }

    /** SIGKILL: no shutdown hook, no cleanup. */
    void kill() throws InterruptedException {
        process.kill();
    }

    boolean alive() {
        return process.alive();
    }

    @Override
    public void close() {
        process.close();
    }
}
