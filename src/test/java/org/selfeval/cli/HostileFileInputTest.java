package org.selfeval.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.pipeline.Json;
import org.selfeval.synth.CorpusGenerator;
import org.selfeval.synth.DocxRenderer;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `check` on odd file-system entries built here: links out of the folder, to /dev/zero, dangling
 * and looping, a FIFO, a dot-file, an unreadable file and sub-folder. Each gets a typed IO line,
 * nothing from outside the folder is read, readable reports are still checked, nothing hangs.
 */
class HostileFileInputTest {

    private static final String SECRET = "TOP-SECRET-CONTENT-7f3a";

    @TempDir
    Path dir;

    private List<JsonNode> check(String... paths) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--jobs", "2"));
        args.addAll(List.of(paths));
        PrintStream saved = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ByteArrayOutputStream errBuf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBuf, true, StandardCharsets.UTF_8));
            CommandLine cmd = SelfEvalCommand.newCommandLine();
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> cmd.execute(args.toArray(String[]::new)));
        } finally {
            System.setOut(saved);
            System.setErr(savedErr);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        String err = errBuf.toString(StandardCharsets.UTF_8);
        assertFalse(out.contains(SECRET) || err.contains(SECRET), "nothing from outside the folder in any output");
        assertFalse(err.contains("Exception"), "no stack trace: " + err);
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.split("\n")) {
            if (!l.isBlank()) {
                lines.add(Json.MAPPER.readTree(l));
            }
        }
        return lines;
    }

    private static boolean mkfifo(Path p) {
        try {
            return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Test
    void everyHostileEntryGetsAnIoLineAndGoodReportsAreStillChecked() throws Exception {
        Path outside = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("secret.txt"), SECRET);
        Path folder = Files.createDirectories(dir.resolve("reports"));
        new CorpusGenerator(List.of(new DocxRenderer())).generate(folder, 2, 3);
        try (Stream<Path> s = Files.list(folder)) {
            for (Path truth : s.filter(p -> p.toString().endsWith(".truth.json")).toList()) {
                Files.delete(truth);
            }
        }
        Map<String, Path> hostile = new LinkedHashMap<>();
        hostile.put("link-out.docx", Files.createSymbolicLink(folder.resolve("link-out.docx"), outside));
        hostile.put("zero.docx", Files.createSymbolicLink(folder.resolve("zero.docx"), Path.of("/dev/zero")));
        hostile.put("dangling.docx", Files.createSymbolicLink(folder.resolve("dangling.docx"), folder.resolve("gone")));
        Path loopA = folder.resolve("loop-a.docx");
        Files.createSymbolicLink(loopA, folder.resolve("loop-b.docx"));
        Files.createSymbolicLink(folder.resolve("loop-b.docx"), loopA);
        hostile.put("loop-a.docx", loopA);
        hostile.put("loop-b.docx", folder.resolve("loop-b.docx"));
        hostile.put("linked-dir", Files.createSymbolicLink(folder.resolve("linked-dir"), outside.getParent()));
        if (mkfifo(folder.resolve("fifo.docx"))) {
            hostile.put("fifo.docx", folder.resolve("fifo.docx"));
        }
        if (!root()) {
            Path locked = Files.writeString(folder.resolve("locked.docx"), "x");
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
            hostile.put("locked.docx", locked);
            Path lockedDir = Files.createDirectories(folder.resolve("locked-dir"));
            Files.writeString(lockedDir.resolve("inside.docx"), "x");
            Files.setPosixFilePermissions(lockedDir, PosixFilePermissions.fromString("---------"));
            hostile.put("locked-dir", lockedDir);
        }
        Path dot = Files.writeString(folder.resolve(".hidden.docx"), "not a report");
        try {
            List<JsonNode> lines = check(folder.toString());
            Map<String, JsonNode> byName = new LinkedHashMap<>();
            for (JsonNode n : lines) {
                byName.put(Path.of(n.get("file").asText()).getFileName().toString(), n);
            }
            assertEquals(hostile.size() + 3, lines.size(), "every entry a line: " + byName.keySet());
            for (String name : hostile.keySet()) {
                JsonNode n = byName.get(name);
                assertTrue(n != null, "a line for " + name);
                assertEquals("failed", n.get("status").asText(), name);
                assertEquals("IO", n.at("/error/code").asText(), name + ": " + n);
                assertFalse(n.at("/error/message").asText().isBlank(), name);
            }
            assertTrue(byName.containsKey(dot.getFileName().toString()), "dot-files get a line too");
            long checked = lines.stream().filter(n -> n.get("status").asText().equals("ok")).count();
            assertEquals(2, checked, "the readable reports are still checked");

            // Each entry given by name: the same typed line, no hang.
            for (Map.Entry<String, Path> e : hostile.entrySet()) {
                List<JsonNode> one = check(e.getValue().toString());
                assertEquals(1, one.size(), e.getKey());
                assertEquals("IO", one.get(0).at("/error/code").asText(), e.getKey());
            }
        } finally {
            if (!root()) {
                Files.setPosixFilePermissions(folder.resolve("locked-dir"), PosixFilePermissions.fromString("rwx------"));
            }
        }
    }
}
