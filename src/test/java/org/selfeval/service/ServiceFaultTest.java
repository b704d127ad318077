package org.selfeval.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.config.ConfigLoader;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.lucene.LuceneReportIndex;
import org.selfeval.pipeline.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crash safety: 200 files in the inbox, the server (a child JVM) killed with SIGKILL mid-batch
 * and restarted. Every file must end in done/ or failed/ exactly once, none stay in the inbox, the
 * index holds each checked report once, and every file's status is final.
 */
class ServiceFaultTest {

    private static final int FILES = 200;
    private static final String BATCH = "fault-batch";

    @TempDir
    Path tmp;

    @Test
    void sigkillMidBatch_thenRestart_losesAndDuplicatesNothing() throws Exception {
        Path work = tmp.resolve("work");
        Path folder = Files.createDirectories(work.resolve("inbox").resolve(BATCH));
        List<Path> reports = ServiceHarness.generate(tmp.resolve("gen"), FILES - 12, 7000);
        Set<String> names = new HashSet<>();
        for (Path p : reports) {
            Files.copy(p, folder.resolve(p.getFileName()));
            names.add(p.getFileName().toString());
        }
        // Broken files of each kind, and two copies of reports already in the batch (duplicate-of).
        byte[] docx = Files.readAllBytes(reports.get(0));
        Map<String, byte[]> extra = new HashMap<>();
        for (int i = 0; i < 4; i++) {
            extra.put("truncated-" + i + ".docx", Arrays.copyOf(docx, docx.length / (i + 2)));
        }
        extra.put("empty.pdf", new byte[0]);
        extra.put("empty.docx", new byte[0]);
        extra.put("notes-1.txt", "这不是报告".getBytes(StandardCharsets.UTF_8));
        extra.put("notes-2.txt", "也不是报告".getBytes(StandardCharsets.UTF_8));
        extra.put("fake.pdf", "%PDF-1.7 broken".getBytes(StandardCharsets.UTF_8));
        extra.put("garbage.doc", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3});
        extra.put("copy-a.docx", docx);
        extra.put("copy-b." + ext(reports.get(1)), Files.readAllBytes(reports.get(1)));
        for (var e : extra.entrySet()) {
            Files.write(folder.resolve(e.getKey()), e.getValue());
            names.add(e.getKey());
        }
        assertEquals(FILES, names.size());
        Path config = fastConfig();
        int port = ServiceHarness.freePort();

        Process first = startChild(work, config, port, tmp.resolve("first.log"));
        try {
            await(() -> archived(work).size() >= 30, Duration.ofSeconds(120), "first files archived");
        } finally {
            first.destroyForcibly();
            first.waitFor();
        }
        int beforeKill = archived(work).size();
        assertTrue(beforeKill < FILES, "the kill must come mid-batch (archived " + beforeKill + ")");

        Process second = startChild(work, config, port, tmp.resolve("second.log"));
        try {
            await(() -> archived(work).size() >= FILES && inboxFiles(work).isEmpty() && statusesFinal(work),
                    Duration.ofSeconds(240), "all files archived after the restart");
        } finally {
            second.destroy();
            second.waitFor();
        }

        List<String> archived = archived(work);
        assertEquals(FILES, archived.size(), "each file archived exactly once: " + archived);
        Set<String> originals = new HashSet<>();
        for (String a : archived) {
            originals.add(originalName(a));
        }
        assertEquals(names, originals, "every original name once in done/ or failed/");
        assertTrue(inboxFiles(work).isEmpty(), "nothing left in the inbox");

        Set<String> okShas = new HashSet<>();
        int failed = 0;
        for (JsonNode f : statuses(work)) {
            String status = f.path("status").asText();
            assertTrue(status.equals("ok") || status.equals("failed"), f.toString());
            if (status.equals("ok")) {
                okShas.add(f.path("sha256").asText());
            } else {
                failed++;
                assertTrue(Files.exists(work.resolve("failed").resolve(BATCH)), "failed files have reasons");
            }
        }
        assertEquals(FILES, statuses(work).size());
        assertEquals(10, failed, "the ten broken files fail, nothing else");
        // The two copies, and one of the two empty files (same content: zero bytes).
        assertEquals(3, statuses(work).stream().filter(f -> f.has("duplicateOf")).count(), "copies recorded");
        try (LuceneReportIndex index = new LuceneReportIndex(work.resolve("data"), IndexAnalysis.standard())) {
            assertEquals(okShas.size(), index.count(), "each checked report in the index exactly once");
            for (String sha : okShas) {
                assertTrue(index.get(sha).isPresent(), sha);
            }
        }
        long reasons;
        try (Stream<Path> s = Files.list(work.resolve("failed").resolve(BATCH))) {
            reasons = s.filter(p -> p.toString().endsWith(".reason.json")).count();
        }
        assertEquals(failed, reasons, "one reason file per failed file");
    }

    private static String ext(Path p) {
        String n = p.getFileName().toString();
        return n.substring(n.lastIndexOf('.') + 1);
    }

    /** Archived originals are named stem-yyyyMMdd-HHmmss-SSS-seq.ext; this recovers stem.ext. */
    private static String originalName(String archived) {
        int dot = archived.lastIndexOf('.');
        String ext = dot > 0 ? archived.substring(dot) : "";
        String stem = dot > 0 ? archived.substring(0, dot) : archived;
        String base = stem.replaceFirst("-\\d{8}-\\d{6}-\\d{3}-\\d+$", "");
        return base + ext;
    }

    private Path fastConfig() throws IOException {
        Path src = ConfigLoader.configDir().toAbsolutePath();
        Path dst = tmp.resolve("config");
        org.selfeval.testing.ConfigCopy.of(src, dst);
        Path yaml = dst.resolve("selfeval.yaml");
        Files.writeString(yaml, Files.readString(yaml)
                .replace("poll_delay_ms: 1000", "poll_delay_ms: 200")
                .replace("read_lock_min_age_ms: 2000", "read_lock_min_age_ms: 300")
                // Crash safety, not page numbers: 200 LibreOffice conversions would only slow the batch down.
                .replace("word_pages: true", "word_pages: false"));
        return dst;
    }

    private static Process startChild(Path work, Path config, int port, Path log) throws IOException {
        Path testClasses = Path.of(ServiceFaultTest.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path build = testClasses.getParent();
        String cp = build.resolve("classes") + ":" + Files.readString(build.resolve("runtime-classpath.txt")).trim();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-Dfile.encoding=UTF-8",
                "-Dselfeval.home=" + Path.of("").toAbsolutePath(), "-cp", cp, "org.selfeval.cli.SelfEvalCommand",
                "serve", "--port", String.valueOf(port), "--work", work.toString());
        pb.environment().put("SELFEVAL_CONFIG", config.toString());
        pb.environment().remove("SELFEVAL_TOKEN");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return pb.start();
    }

    private static List<String> archived(Path work) {
        List<String> out = new ArrayList<>();
        for (String dir : List.of("done", "failed")) {
            Path d = work.resolve(dir).resolve(BATCH);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> s = Files.list(d)) {
                s.map(p -> p.getFileName().toString())
                        .filter(n -> !n.endsWith(".reason.json") && !n.startsWith("."))
                        .forEach(out::add);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return out;
    }

    private static List<Path> inboxFiles(Path work) {
        try (Stream<Path> s = Files.walk(work.resolve("inbox"))) {
            return s.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<JsonNode> statuses(Path work) {
        Path dir = work.resolve("store/batches").resolve(BATCH).resolve("files");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<JsonNode> out = new ArrayList<>();
            for (Path p : s.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().startsWith("."))
                    .toList()) {
                out.add(Json.MAPPER.readTree(p.toFile()));
            }
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean statusesFinal(Path work) {
        List<JsonNode> all = statuses(work);
        return all.size() == FILES && all.stream().allMatch(f ->
                f.path("status").asText().equals("ok") || f.path("status").asText().equals("failed"));
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("timed out waiting for: " + what);
    }
}
