package org.selfeval.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `search` and `serve` against hostile input and faults (issue 10): a very long query, an
 * Elasticsearch node that accepts and never answers, and one that is not there. Each ends with
 * exit 2 and a Chinese message, no stack trace, within the configured timeouts.
 */
class HostileSearchTest {

    /** Timeouts of the test configuration (index.elasticsearch). */
    static final int CONNECT_MS = 1000;
    static final int SOCKET_MS = 2000;
    /** Child JVM start, HanLP and the client, plus the socket timeout (the health call is one request). */
    static final long BUDGET_MS = 30_000;

    @TempDir
    Path tmp;

    private record Run(int exit, String output, long millis) {
    }

    @Test
    void longQuery_exit2WithAMessage() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
            List<String> args = new ArrayList<>(List.of("search", "--data", tmp.resolve("data").toString()));
            args.addAll(Collections.nCopies(300, "预算"));
            exit = SelfEvalCommand.newCommandLine().execute(args.toArray(String[]::new));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String text = buf.toString(StandardCharsets.UTF_8);
        assertEquals(2, exit, text);
        assertTrue(text.contains("检索词过"), text);
        assertNoTrace(text);
    }

    @Test
    void silentElasticsearch_searchAndServeGiveUpWithinTheTimeout() throws Exception {
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept()); // accepted, never answered
                    }
                } catch (IOException closed) {
                    // test over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Path config = config(silent.getLocalPort());
            Run search = child(config, "search", "预算");
            System.out.printf("search, silent Elasticsearch: exit %d after %d ms%n", search.exit(), search.millis());
            assertFails(search);
            assertFalse(held.isEmpty(), "the client did connect");
            Run serve = child(config, "serve", "--port", String.valueOf(freePort()), "--work", tmp.resolve("work").toString());
            System.out.printf("serve, silent Elasticsearch: exit %d after %d ms%n", serve.exit(), serve.millis());
            assertFails(serve);
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void absentElasticsearch_messageNoTrace() throws Exception {
        Run search = child(config(freePort()), "search", "预算");
        System.out.printf("search, refused connection: exit %d after %d ms%n", search.exit(), search.millis());
        assertFails(search);
    }

    private static void assertFails(Run run) {
        assertEquals(2, run.exit(), run.output());
        assertTrue(run.output().contains("Elasticsearch 不可用"), run.output());
        assertNoTrace(run.output());
        assertTrue(run.millis() < BUDGET_MS, run.millis() + " ms");
    }

    private static void assertNoTrace(String text) {
        assertFalse(text.contains("\tat ") || text.contains("Exception"), text);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A copy of config/ using Elasticsearch at the given loopback port, with short timeouts. */
    private Path config(int port) throws IOException {
        Path src = Path.of("config");
        Path dst = tmp.resolve("config-" + port);
        org.selfeval.testing.ConfigCopy.of(src, dst);
        Path yaml = dst.resolve("selfeval.yaml");
        String text = Files.readString(yaml);
        String edited = text.replace("engine: lucene", "engine: elasticsearch")
                .replace("url: http://127.0.0.1:9200", "url: http://127.0.0.1:" + port)
                .replace("connect_timeout_ms: 5000", "connect_timeout_ms: " + CONNECT_MS)
                .replace("socket_timeout_ms: 30000", "socket_timeout_ms: " + SOCKET_MS);
        assertTrue(edited.contains("127.0.0.1:" + port) && edited.contains("socket_timeout_ms: " + SOCKET_MS));
        Files.writeString(yaml, edited);
        return dst;
    }

    /** Runs selfeval in a child JVM (its own logging, exit code and clock), bounded by the budget. */
    private Run child(Path config, String... args) throws Exception {
        Path testClasses = Path.of(HostileSearchTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path build = testClasses.getParent();
        String cp = build.resolve("classes") + ":" + Files.readString(build.resolve("runtime-classpath.txt")).trim();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dfile.encoding=UTF-8", "-Dselfeval.home=" + Path.of("").toAbsolutePath(), "-cp", cp,
                "org.selfeval.cli.SelfEvalCommand"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("SELFEVAL_CONFIG", config.toString());
        pb.environment().keySet().removeIf(k -> k.startsWith("SELFEVAL_ES_") || k.equals("SELFEVAL_TOKEN"));
        Path log = Files.createTempFile(tmp, "child", ".log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process p = pb.start();
        try {
            if (!p.waitFor(BUDGET_MS * 2, TimeUnit.MILLISECONDS)) {
                throw new AssertionError("still running after " + BUDGET_MS * 2 + " ms: " + Files.readString(log));
            }
            return new Run(p.exitValue(), Files.readString(log), (System.nanoTime() - start) / 1_000_000);
        } finally {
            p.destroyForcibly();
        }
    }
}
