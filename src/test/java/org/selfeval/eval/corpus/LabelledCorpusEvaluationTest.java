package org.selfeval.eval.corpus;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.selfeval.cli.EvalCorpusCommand;
import org.selfeval.config.ConfigLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `eval-corpus` on ../shared/corpus/labelled (skipped when absent): the engine must stay above the
 * floors of config/eval/labelled-floors.yaml, and our scorer must agree with the corpus's own
 * score.py on the same JSON lines (skipped without python3).
 */
class LabelledCorpusEvaluationTest {

    private static final Path CORPUS = Path.of("../shared/corpus/labelled");
    private static Path jsonl;
    private static CorpusScore score;

    @BeforeAll
    static void evaluate() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS.resolve("docs")) && Files.isDirectory(CORPUS.resolve("truth")),
                "labelled corpus absent: " + CORPUS.toAbsolutePath());
        jsonl = Files.createTempFile("labelled-corpus", ".jsonl");
        jsonl.toFile().deleteOnExit();
        score = EvalCorpusCommand.evaluate(CORPUS, null, jsonl);
        System.out.println(CorpusScoreFormatter.text(score, false));
    }

    @Test
    void staysAboveTheFloors() {
        CorpusFloors floors = CorpusFloors.load(ConfigLoader.configDir().resolve("eval/labelled-floors.yaml"));
        List<String> below = floors.violations(score);
        assertTrue(below.isEmpty(), "below the floors of labelled-floors.yaml: " + below);
    }

    @Test
    void agreesWithScorePy() throws Exception {
        Path script = CORPUS.resolve("score.py");
        Assumptions.assumeTrue(Files.isRegularFile(script) && python3Available(), "python3 or score.py absent");
        Process p = new ProcessBuilder("python3", script.toString(), "check", jsonl.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, out);
        String ours = CorpusScoreFormatter.summary(score);
        assertEquals(field(out, "SUMMARY (recall=\\S+ precision=\\S+ f1=\\S+ sections_f1=\\S+)"),
                field(ours, "SUMMARY (recall=\\S+ precision=\\S+ f1=\\S+ sections_f1=\\S+)"));
        assertEquals(field(out, "completeness score exact [^:]*: \\d+/\\d+ = (\\S+);"), field(ours, "completeness=(\\S+)"));
        assertEquals(field(out, "false positives on clean documents: (\\d+) findings"), field(ours, "clean_alarms=(\\S+)"));
        // the per-code table too, line for line
        String table = CorpusScoreFormatter.text(score, false);
        assertEquals(block(out), block(table));
    }

    private static String block(String report) {
        int from = report.indexOf("code      ");
        int to = report.indexOf("false positives on clean documents");
        return report.substring(from, to);
    }

    private static String field(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no " + regex + " in:\n" + text);
        return m.group(1);
    }

    private static boolean python3Available() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
