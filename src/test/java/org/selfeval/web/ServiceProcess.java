package org.selfeval.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code selfeval serve} as a child JVM on a free loopback port with its own work folder, run
 * from the build's classes and runtime classpath, exactly as the launcher runs it.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final Process process;
    private final String baseUrl;
    private final Path log;

    private ServiceProcess(Process process, String baseUrl, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    static ServiceProcess start(Path workDir) throws IOException, InterruptedException {
        return start(workDir, "127.0.0.1", null);
    }

    /** On the given address; with a token (SELFEVAL_TOKEN) when not null. */
    static ServiceProcess start(Path workDir, String host, String token) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path build = Path.of(System.getProperty("selfeval.buildDir", "target")).toAbsolutePath();
        String classpath = build.resolve("classes") + java.io.File.pathSeparator
                + Files.readString(build.resolve("runtime-classpath.txt")).strip();
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dfile.encoding=UTF-8", "-cp", classpath,
                "org.selfeval.cli.SelfEvalCommand", "serve",
                "--host", host, "--port", String.valueOf(port), "--work", workDir.toString()));
        Path log = workDir.resolve("server.log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("SELFEVAL_TOKEN");
        if (token != null) {
            pb.environment().put("SELFEVAL_TOKEN", token);
        }
        Process process = pb.start();
        String authority = host.contains(":") ? "[" + host + "]" : host;
        ServiceProcess server = new ServiceProcess(process, "http://" + authority + ":" + port + "/", log);
        server.awaitHealthy();
        return server;
    }

    String baseUrl() {
        return baseUrl;
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("selfeval serve exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<Void> res = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "q/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (res.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        close();
        throw new IllegalStateException("selfeval serve not healthy within " + STARTUP + ":\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
