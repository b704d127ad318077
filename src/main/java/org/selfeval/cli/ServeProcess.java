package org.selfeval.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code selfeval serve} as a child JVM of this one (same java, same classpath) on a free port, with
 * its own work folder, an optional shared store folder, a config folder and extra environment;
 * output goes to {@code <work>/server.log}. Started healthy (GET /q/health) or not at all.
 */
public final class ServeProcess implements AutoCloseable {

    private final Process process;
    private final String base;
    private final Path log;

    private ServeProcess(Process process, String base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /**
     * @param classpath the child's classpath (this JVM's when null)
     * @param startup   how long it may take to answer /q/health
     */
    public static ServeProcess start(String classpath, String heap, Path work, Path store, Path config,
                                     Map<String, String> env, Duration startup) throws IOException, InterruptedException {
        Files.createDirectories(work);
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Dfile.encoding=UTF-8", "-Dselfeval.home=" + System.getProperty("selfeval.home",
                        Path.of("").toAbsolutePath().toString()),
                "-cp", classpath == null ? System.getProperty("java.class.path") : classpath,
                "org.selfeval.cli.SelfEvalCommand", "serve", "--port", String.valueOf(port), "--work", work.toString()));
        if (store != null) {
            cmd.addAll(List.of("--store", store.toString()));
        }
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("SELFEVAL_CONFIG", config.toString());
        pb.environment().remove("SELFEVAL_TOKEN");
        pb.environment().putAll(env);
        Path log = work.resolve("server.log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        ServeProcess child = new ServeProcess(pb.start(), "http://127.0.0.1:" + port, log);
        try {
            child.awaitHealthy(startup);
        } catch (IOException | InterruptedException | RuntimeException e) {
            child.close();
            throw e;
        }
        return child;
    }

    private void awaitHealthy(Duration startup) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(startup);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("selfeval serve exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/q/health"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("selfeval serve not healthy within " + startup.toSeconds() + " s:\n" + tail());
    }

    /** http://127.0.0.1:port */
    public String base() {
        return base;
    }

    /** The last 40 lines of its output. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Its resident-set high-water mark in KiB (/proc), -1 when unknown. */
    public long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or already gone
        }
        return -1;
    }

    /** SIGKILL (destroyForcibly on Linux): no shutdown hook, no cleanup. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** A clean stop (SIGTERM, the shutdown hook releases its claims), forced after 20 s. */
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

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
