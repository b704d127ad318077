package org.selfeval.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bench-serve on one upload of one report: it cleans up its temporary folder unless told to keep it. */
class BenchServeCommandTest {

    private static final Pattern FOLDER = Pattern.compile("temporary folder: (\\S+)");

    @Test
    void removesItsTemporaryFolderUnlessKept() throws Exception {
        Path removed = run("--clients", "1", "--files", "1");
        assertFalse(Files.exists(removed), "temporary folder removed: " + removed);

        Path kept = run("--clients", "1", "--files", "1", "--keep");
        try {
            assertTrue(Files.isDirectory(kept.resolve("work").resolve("done")), "--keep keeps the work folder");
        } finally {
            org.apache.commons.io.file.PathUtils.deleteDirectory(kept);
        }
    }

    private static Path run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            exit = SelfEvalCommand.newCommandLine().execute(prepend("bench-serve", args));
        } finally {
            System.setOut(saved);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, out);
        assertTrue(out.contains("processed 1 (failed 0)"), out);
        Matcher m = FOLDER.matcher(out);
        assertTrue(m.find(), out);
        return Path.of(m.group(1));
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
