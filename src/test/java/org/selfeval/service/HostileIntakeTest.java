package org.selfeval.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 10 against the running service: links, a FIFO and a /dev/zero link dropped into the
 * inbox are refused from their attributes (IO, Chinese message, moved to failed/, never read), a
 * file over the size limit from its size (TOO_LARGE, not hashed),
 * intake goes on, and 50 copies of one file taken at once are checked once, every copy pointing
 * at the one original.
 */
class HostileIntakeTest {

    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    @TempDir
    static Path tmp;
    static ServiceHarness service;
    static Path work;

    @BeforeAll
    static void start() throws Exception {
        work = tmp.resolve("work");
        service = ServiceHarness.start(work, s -> s);
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void linksFifoAndDevice_areRefusedUnread_andIntakeGoesOn() {
        assertTimeoutPreemptively(Duration.ofSeconds(150), () -> {
            byte[] secret = ("TOP-SECRET-" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
            Path outside = Files.createDirectories(tmp.resolve("outside"));
            Path secretFile = Files.write(outside.resolve("secret.docx"), secret);
            Files.write(Files.createDirectories(outside.resolve("folder")).resolve("inner.docx"), secret);
            String secretSha = org.selfeval.extract.Hashing.sha256(secret);

            Path staging = Files.createDirectories(tmp.resolve("drop-b"));
            List<String> names = new ArrayList<>(List.of("secret.docx", "zero.pdf", "dangling.docx", "loop.docx",
                    "linked-folder"));
            Files.createSymbolicLink(staging.resolve("secret.docx"), secretFile);
            Files.createSymbolicLink(staging.resolve("zero.pdf"), Path.of("/dev/zero"));
            Files.createSymbolicLink(staging.resolve("dangling.docx"), outside.resolve("missing.docx"));
            Files.createSymbolicLink(staging.resolve("loop.docx"), Path.of("loop.docx"));
            Files.createSymbolicLink(staging.resolve("linked-folder"), outside.resolve("folder"));
            // Over extract.max_bytes (64 MiB): refused from its size, never hashed (sparse, no disk used).
            try (RandomAccessFile huge = new RandomAccessFile(staging.resolve("huge.pdf").toFile(), "rw")) {
                huge.setLength(1L << 30);
            }
            names.add("huge.pdf");
            // The folder appears in the inbox at once, entries and all (as a dropped folder does).
            Files.move(staging, work.resolve("inbox").resolve("b"));

            JsonNode batch = awaitFinished("b", names.size(), Duration.ofSeconds(60));
            Set<String> seen = new HashSet<>();
            for (JsonNode f : batch.path("files")) {
                seen.add(f.path("name").asText());
                assertEquals("failed", f.path("status").asText(), f.toString());
                String code = f.path("name").asText().equals("huge.pdf") ? "TOO_LARGE" : "IO";
                assertEquals(code, f.at("/error/code").asText(), f.toString());
                assertTrue(CJK.matcher(f.at("/error/message").asText()).find(), f.toString());
                assertTrue(f.path("sha256").isMissingNode(), "nothing was hashed: " + f);
            }
            assertEquals(Set.copyOf(names), seen, "every entry has a record");

            // The links themselves are in failed/ beside their reasons; their targets are where they were.
            Path failed = work.resolve("failed").resolve("b");
            // The route moves an entry into failed/ once its exchange completes, just after its
            // record is final: wait for the moves rather than race them.
            long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (count(failed) < names.size() * 2 && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            try (Stream<Path> s = Files.list(failed)) {
                List<Path> archived = s.toList();
                assertEquals(names.size() * 2, archived.size(), archived.toString());
                assertEquals(names.size(), archived.stream()
                        .filter(p -> p.getFileName().toString().endsWith(".reason.json")).count());
            }
            assertTrue(Files.exists(secretFile) && Files.exists(outside.resolve("folder/inner.docx")));
            try (Stream<Path> s = Files.list(work.resolve("inbox"))) {
                assertTrue(s.noneMatch(p -> p.getFileName().toString().equals("b")
                        && Files.exists(p, LinkOption.NOFOLLOW_LINKS) && nonEmpty(p)), "inbox/b emptied");
            }

            assertFalse(containsBytes(work, secret), "the secret's bytes are nowhere under work/");
            assertEquals(404, service.send(service.get("/api/reports/" + secretSha + "/original")).statusCode());
            assertEquals(404, service.send(service.get("/api/reports/" + secretSha)).statusCode());

            assertNextUploadChecked(9300);
        });
    }

    @Test
    void fifoInInbox_isRefusedUnread_andIntakeGoesOn() {
        Path staging = tmp.resolve("drop-fifo");
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Files.createDirectories(staging);
            assumeTrue(mkfifo(staging.resolve("pipe.docx")), "mkfifo is not available");
            Files.move(staging, work.resolve("inbox").resolve("fifo"));
            JsonNode f = awaitFinished("fifo", 1, Duration.ofSeconds(60)).path("files").get(0);
            assertEquals("pipe.docx", f.path("name").asText());
            assertEquals("IO", f.at("/error/code").asText(), f.toString());
            assertTrue(CJK.matcher(f.at("/error/message").asText()).find(), f.toString());
            try (Stream<Path> s = Files.list(work.resolve("failed").resolve("fifo"))) {
                assertEquals(2, s.count(), "the FIFO and its reason");
            }
            assertNextUploadChecked(9350);
        });
    }

    /** Intake is not stuck: a normal upload made now is checked, and health says UP. */
    private static void assertNextUploadChecked(long seed) throws Exception {
        Instant start = Instant.now();
        Path report = ServiceHarness.generate(tmp.resolve("gen-" + seed), 1, seed).get(0);
        JsonNode accepted = service.json(service.upload(Map.of(report.getFileName().toString(),
                ServiceHarness.read(report)), "之后"), 202);
        JsonNode after = service.awaitBatch(accepted.path("batch").asText(), 1, Duration.ofSeconds(60));
        assertEquals("ok", after.at("/files/0/status").asText(), after.toString());
        System.out.println("hostile intake: next upload checked in " + Duration.between(start, Instant.now()).toMillis()
                + " ms");
        assertTrue(service.json(service.get("/q/health"), 200).toString().contains("UP"));
    }

    @Test
    void fiftyConcurrentCopies_areCheckedOnce_allPointingAtOneOriginal() {
        assertTimeoutPreemptively(Duration.ofSeconds(240), () -> {
            List<Path> reports = ServiceHarness.generate(tmp.resolve("gen-dup"), 2, 9400);
            byte[] uploaded = ServiceHarness.read(reports.get(0));
            byte[] dropped = ServiceHarness.read(reports.get(1));
            String uploadedSha = org.selfeval.extract.Hashing.sha256(uploaded);
            String droppedSha = org.selfeval.extract.Hashing.sha256(dropped);
            double processedBefore = metric("selfeval_documents_processed_total");
            double duplicatesBefore = metric("selfeval_documents_duplicate_total");
            Instant start = Instant.now();

            // 50 copies dropped into 50 inbox sub-folders at once (each folder renamed in whole) …
            String ext = extension(reports.get(1));
            List<String> droppedBatches = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                Path folder = Files.createDirectories(tmp.resolve("dup-stage").resolve("copy-" + i));
                Files.write(folder.resolve("报告" + ext), dropped);
                droppedBatches.add("copy-" + i);
            }
            // … while 50 uploads of other bytes arrive concurrently.
            ExecutorService clients = Executors.newFixedThreadPool(50);
            List<Future<JsonNode>> uploads = new ArrayList<>();
            try {
                for (int i = 0; i < 50; i++) {
                    String name = "上传-" + i + extension(reports.get(0));
                    uploads.add(clients.submit(() -> service.json(service.upload(Map.of(name, uploaded), null), 202)));
                }
                for (String b : droppedBatches) {
                    Files.move(tmp.resolve("dup-stage").resolve(b), work.resolve("inbox").resolve(b));
                }
                List<String> uploadBatches = new ArrayList<>();
                for (Future<JsonNode> f : uploads) {
                    uploadBatches.add(f.get(60, TimeUnit.SECONDS).path("batch").asText());
                }
                assertOneOriginal(uploadBatches, uploadedSha);
                assertOneOriginal(droppedBatches, droppedSha);
            } finally {
                clients.shutdownNow();
            }
            long took = Duration.between(start, Instant.now()).toMillis();
            System.out.println("hostile intake: 2 x 50 concurrent copies finished in " + took + " ms");
            assertEquals(2.0, metric("selfeval_documents_processed_total") - processedBefore,
                    "each content checked once");
            assertEquals(98.0, metric("selfeval_documents_duplicate_total") - duplicatesBefore);
        });
    }

    /** All copies finished with the same sha256; exactly one is the original, the rest name it. */
    private static void assertOneOriginal(List<String> batches, String sha) throws Exception {
        List<JsonNode> files = new ArrayList<>();
        for (String b : batches) {
            files.add(awaitFinished(b, 1, Duration.ofSeconds(180)).path("files").get(0));
        }
        List<JsonNode> originals = files.stream().filter(f -> !f.has("duplicateOf")).toList();
        assertEquals(1, originals.size(), "one original, not " + originals);
        assertEquals(1, files.stream().map(f -> f.path("duplicateOf").asText()).filter(s -> !s.isEmpty())
                .distinct().count(), "all copies name the same original");
        JsonNode original = originals.get(0);
        String origin = batches.get(files.indexOf(original)) + "/" + original.path("id").asText();
        for (JsonNode f : files) {
            assertEquals("ok", f.path("status").asText(), f.toString());
            assertEquals(sha, f.path("sha256").asText());
            if (f != original) {
                assertEquals(origin, f.path("duplicateOf").asText(), f.toString());
            }
        }
        assertNull(original.get("duplicateOf"));
    }

    /** Waits for a batch (by folder name) to exist with {@code files} records, none queued or processing. */
    private static JsonNode awaitFinished(String folder, int files, Duration timeout) throws Exception {
        String id = FileNames.batchId(folder);
        Instant deadline = Instant.now().plus(timeout);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            var r = service.send(service.get("/api/batches/" + id));
            if (r.statusCode() == 200) {
                last = org.selfeval.pipeline.Json.MAPPER.readTree(r.body());
                long done = 0;
                for (JsonNode f : last.path("files")) {
                    String st = f.path("status").asText();
                    done += st.equals("ok") || st.equals("failed") ? 1 : 0;
                }
                if (done == files && last.path("files").size() == files) {
                    return last;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("batch " + folder + " not finished: " + last);
    }

    private static double metric(String name) throws Exception {
        String scrape = new String(service.send(service.get("/q/metrics")).body(), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? ([0-9.eE+-]+)$").matcher(scrape);
        assertTrue(m.find(), name + " in /q/metrics");
        return Double.parseDouble(m.group(1));
    }

    private static String extension(Path p) {
        return p.getFileName().toString().replaceAll(".*\\.", ".");
    }

    private static boolean mkfifo(Path p) {
        try {
            Process proc = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
            return proc.waitFor(10, TimeUnit.SECONDS) && proc.exitValue() == 0;
        } catch (IOException e) {
            return false; // no mkfifo here: the other entries are still checked
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean nonEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isPresent();
        } catch (IOException e) {
            return true;
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether any regular file below {@code root} (links not followed) contains {@code needle}. */
    private static boolean containsBytes(Path root, byte[] needle) throws IOException {
        String n = new String(needle, StandardCharsets.ISO_8859_1);
        try (Stream<Path> s = Files.walk(root)) {
            // Files over the size limit are never read by the service, so they cannot hold copied bytes.
            return s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && size(p) < 64L << 20).anyMatch(p -> {
                try {
                    return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains(n);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }
}
