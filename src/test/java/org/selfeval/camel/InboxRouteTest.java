package org.selfeval.camel;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.pipeline.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The YAML inbox route end to end: files in, originals archived, reasons written, nothing lost. */
class InboxRouteTest {

    @TempDir
    Path work;

    @Test
    void rejectedFiles_moveToFailedWithReason_andNothingIsLost() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Files.writeString(inbox.resolve("notes.txt"), "这不是报告");
        Files.write(inbox.resolve("empty.pdf"), new byte[0]);
        Files.writeString(inbox.resolve("same-name.txt"), "第一份");

        Main main = start();
        try {
            awaitFiles(work.resolve("failed"), 6);
            // A second file with a name already archived must not overwrite the first.
            Files.writeString(inbox.resolve("same-name.txt"), "第二份");
            awaitFiles(work.resolve("failed"), 8);
        } finally {
            main.stop();
        }

        List<Path> failed = list(work.resolve("failed"));
        assertEquals(4, failed.stream().filter(p -> !p.toString().endsWith(".reason.json")).count());
        assertEquals(4, failed.stream().filter(p -> p.toString().endsWith(".reason.json")).count());
        assertEquals(0, list(inbox).size(), "inbox must be empty");
        Path emptyReason = failed.stream().filter(p -> p.getFileName().toString().startsWith("empty-")
                && p.toString().endsWith(".reason.json")).findFirst().orElseThrow();
        JsonNode reason = Json.MAPPER.readTree(Files.readString(emptyReason));
        assertEquals("EMPTY", reason.at("/error/code").asText());
        assertTrue(reason.at("/error/message").asText().contains("文件为空"));
        long txtReasons = failed.stream().filter(p -> p.getFileName().toString().startsWith("same-name-")
                && !p.toString().endsWith(".reason.json")).count();
        assertEquals(2, txtReasons, "both same-name files are kept");
    }

    @Test
    void linksAreRefusedUnread_andLinkedFoldersAreNotEntered() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path outside = Files.createDirectories(work.resolve("outside"));
        Path secret = Files.writeString(outside.resolve("secret.docx"), "机密内容");
        Path inner = Files.writeString(Files.createDirectories(outside.resolve("folder")).resolve("inner.txt"), "外部");
        Files.createSymbolicLink(inbox.resolve("secret.docx"), secret);
        Files.createSymbolicLink(inbox.resolve("dangling.pdf"), outside.resolve("missing.pdf"));
        Files.createSymbolicLink(inbox.resolve("folder"), outside.resolve("folder"));

        Main main = start();
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (entries(work.resolve("failed")).size() < 6 && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
        } finally {
            main.stop();
        }
        List<Path> failed = entries(work.resolve("failed"));
        assertEquals(6, failed.size(), failed.toString());
        for (Path p : failed) {
            if (p.toString().endsWith(".reason.json")) {
                assertEquals("IO", Json.MAPPER.readTree(Files.readString(p)).at("/error/code").asText(), p.toString());
            } else {
                assertTrue(Files.isSymbolicLink(p), "the link itself was moved: " + p);
            }
        }
        assertEquals(0, entries(inbox).size(), "inbox must be empty");
        assertTrue(Files.isRegularFile(secret) && Files.isRegularFile(inner), "targets stay where they were");
        assertEquals(0, entries(work.resolve("outbox")).size(), "nothing outside the inbox was read");
    }

    /** Every entry of a folder, links included (not followed). */
    private static List<Path> entries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    private Main start() throws Exception {
        Map<String, String> props = Map.of(
                "selfeval.inbox", work.resolve("inbox").toString(),
                "selfeval.outbox", work.resolve("outbox").toString(),
                "selfeval.done", work.resolve("done").toString(),
                "selfeval.failed", work.resolve("failed").toString(),
                "selfeval.poll-delay-ms", "200",
                "selfeval.read-lock-min-age-ms", "300",
                "selfeval.read-lock-check-interval-ms", "100");
        Main main = IntakeService.create(Path.of("").toAbsolutePath(), props);
        main.start();
        return main;
    }

    private static void awaitFiles(Path dir, int count) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(dir) && list(dir).size() >= count) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("expected " + count + " files in " + dir + ", found "
                + (Files.isDirectory(dir) ? list(dir) : "none"));
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
