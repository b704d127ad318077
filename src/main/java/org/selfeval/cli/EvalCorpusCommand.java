package org.selfeval.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.selfeval.config.ConfigLoader;
import org.selfeval.config.SelfEvalConfig;
import org.selfeval.engine.AnalysisOptions;
import org.selfeval.engine.ReportResult;
import org.selfeval.engine.SelfEvalEngine;
import org.selfeval.eval.corpus.CorpusScore;
import org.selfeval.eval.corpus.CorpusScoreFormatter;
import org.selfeval.eval.corpus.CorpusScorer;
import org.selfeval.eval.corpus.CorpusTruth;
import org.selfeval.eval.corpus.TitleAliases;
import org.selfeval.pipeline.InputFiles;
import org.selfeval.pipeline.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code selfeval eval-corpus DIR}: runs exactly what {@code check --format json DIR/docs} runs
 * (cross-year among the files included) and scores the JSON lines against DIR/truth with the rules
 * of the corpus's score.py. It reports; floors are the test's (config/eval/labelled-floors.yaml).
 */
@Command(name = "eval-corpus", mixinStandardHelpOptions = true,
        description = "Score the checker end to end on a labelled corpus folder (docs/ + truth/), like its score.py.")
public final class EvalCorpusCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(paramLabel = "DIR", description = "corpus folder holding docs/ and truth/")
    Path dir;

    @Option(names = {"-v", "--verbose"}, description = "list every miss and every unmatched finding")
    boolean verbose;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the check's JSON lines here")
    Path outFile;

    @Option(names = "--format", defaultValue = "text", description = "text or json (one object)")
    Format format;

    @Option(names = "--from", paramLabel = "FILE", description = "score these check JSON lines instead of running the check")
    Path fromFile;

    @Option(names = "--jobs", description = "files processed at once (default: one per core)")
    Integer jobs;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CorpusScore score = fromFile != null ? score(dir, readLines(fromFile)) : evaluate(dir, jobs, outFile);
        out.print(format == Format.json ? Json.line(score) + "\n" : CorpusScoreFormatter.text(score, verbose));
        return 0;
    }

    /** Checks DIR/docs as {@code check} does, optionally writes the lines to {@code jsonl}, scores them. */
    public static CorpusScore evaluate(Path corpus, Integer jobs, Path jsonl) throws IOException {
        SelfEvalConfig config = ConfigLoader.load();
        SelfEvalEngine engine = SelfEvalEngine.standard(config, ConfigLoader.configDir());
        List<Path> files = InputFiles.expand(List.of(corpus.resolve("docs")));
        Progress progress = Progress.onTerminal(new PrintStream(System.err, true, StandardCharsets.UTF_8), files.size());
        List<ReportResult> results = CheckCommand.checkAll(engine, AnalysisOptions.defaults(), files,
                jobs != null ? jobs : config.parallelism(), progress::step);
        progress.done();
        List<String> lines = results.stream().map(Json::line).toList();
        if (jsonl != null) {
            Files.write(jsonl, lines, StandardCharsets.UTF_8);
        }
        List<JsonNode> rows = new ArrayList<>();
        for (String l : lines) {
            rows.add(Json.MAPPER.readTree(l));
        }
        return score(corpus, rows);
    }

    /** JSON lines of a file; like score.py, a line that is not JSON is skipped with a warning. */
    public static List<JsonNode> readLines(Path jsonl) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        int i = 0;
        for (String l : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            i++;
            if (l.isBlank()) {
                continue;
            }
            try {
                rows.add(Json.MAPPER.readTree(l));
            } catch (IOException e) {
                System.err.println("warning: " + jsonl + ":" + i + ": not JSON; line skipped");
            }
        }
        return rows;
    }

    /** Scores already produced JSON lines against DIR/truth. */
    public static CorpusScore score(Path corpus, List<JsonNode> rows) {
        TitleAliases aliases = TitleAliases.load(ConfigLoader.configDir().resolve("eval/labelled-aliases.yaml"));
        return new CorpusScorer(aliases).score(CorpusTruth.load(corpus.resolve("truth")), rows);
    }

}
