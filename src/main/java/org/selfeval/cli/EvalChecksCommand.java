package org.selfeval.cli;

import org.selfeval.config.ConfigLoader;
import org.selfeval.engine.AnalysisOptions;
import org.selfeval.engine.SelfEvalEngine;
import org.selfeval.eval.checks.CheckEvaluation;
import org.selfeval.eval.checks.EvaluationFormatter;
import org.selfeval.eval.checks.EvaluationResult;
import org.selfeval.eval.checks.FolderCorpus;
import org.selfeval.engine.ReportResult;
import org.selfeval.eval.checks.LabelledCorpus;
import org.selfeval.eval.checks.VariantFactory;
import org.selfeval.pipeline.Json;
import org.selfeval.profile.ProfileRegistry;
import org.selfeval.synth.DocxRenderer;
import org.selfeval.synth.PdfRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code selfeval eval-checks}: generates a labelled corpus (or reuses one in --dir), runs the
 * checker on it and prints precision / recall / F1 per finding code, for missing parts, the
 * completeness score and the profile choice. Misses go to misses.jsonl. It reports; the
 * thresholds are the caller's.
 */
@Command(name = "eval-checks", mixinStandardHelpOptions = true,
        description = "Measure the checker on a generated labelled corpus: P/R/F1 per finding code and for missing parts.")
public final class EvalChecksCommand implements Callable<Integer> {

    enum Format { text, json }

    @Option(names = "--count", defaultValue = "300", description = "documents to generate (default ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--dir", description = "corpus folder; reused when it holds a MANIFEST.tsv, else generated there")
    Path dir;

    @Option(names = "--seed", defaultValue = "1", description = "base seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--format", defaultValue = "text", description = "text or json (one object)")
    Format format;

    @Option(names = "--folders", defaultValue = "0",
            description = "also generate this many folders of one department over several years and score `check` over each folder")
    int folders;

    @Option(names = "--keep", description = "keep the generated corpus (a temporary folder otherwise)")
    boolean keep;

    @Option(names = "--misses", description = "where to write misses.jsonl (default: in the corpus folder when kept, else ./misses.jsonl)")
    Path missesFile;

    @Override
    public Integer call() throws IOException {
        if (System.getProperty("log4j2.statusLoggerLevel") == null) {
            System.setProperty("log4j2.statusLoggerLevel", "OFF");
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean temporary = dir == null;
        Path corpus = temporary ? Files.createTempDirectory("selfeval-eval-checks") : dir;
        try {
            List<LabelledCorpus.Case> cases;
            if (Files.exists(corpus.resolve(LabelledCorpus.MANIFEST))) {
                cases = LabelledCorpus.read(corpus);
                System.err.println("eval-checks: reusing " + cases.size() + " labelled files in " + corpus);
            } else {
                cases = generate(corpus);
            }
            SelfEvalEngine engine = SelfEvalEngine.standard();
            int threads = Runtime.getRuntime().availableProcessors();
            EvaluationResult result = new CheckEvaluation(p -> engine.analyse(p, AnalysisOptions.defaults()), threads)
                    .run(cases, progress("checking", cases.size()));
            Path misses = missesFile != null ? missesFile
                    : (temporary && !keep ? Path.of("misses.jsonl") : corpus.resolve("misses.jsonl"));
            writeMisses(misses, result.misses());
            out.print(format == Format.json ? Json.line(withoutMisses(result)) + "\n" : EvaluationFormatter.text(result));
            System.err.println("eval-checks: " + result.misses().size() + " misses written to " + misses.toAbsolutePath()
                    + (temporary && keep ? "; corpus kept in " + corpus : ""));
            if (folders > 0) {
                EvaluationResult batch = CheckEvaluation.runFolders(generateFolders(corpus.resolve("folders")),
                        EvalChecksCommand::checkFolder);
                writeMisses(corpus.resolve("folders").resolve("misses.jsonl"), batch.misses());
                out.print(format == Format.json ? Json.line(withoutMisses(batch)) + "\n"
                        : "\nfolders (check over each folder of several years):\n" + EvaluationFormatter.text(batch));
            }
            return 0;
        } finally {
            if (temporary && !keep) {
                deleteTree(corpus);
            }
        }
    }

    private List<LabelledCorpus.Case> generate(Path corpus) throws IOException {
        VariantFactory variants = new VariantFactory(ProfileRegistry.load(ConfigLoader.configDir().resolve("rules")));
        try (PdfRenderer pdf = PdfRenderer.withSystemFont()) {
            return new LabelledCorpus(variants).generate(corpus, count, seed, List.of(new DocxRenderer(), pdf),
                    progress("generating", count));
        }
    }

    private List<FolderCorpus.Folder> generateFolders(Path root) throws IOException {
        VariantFactory variants = new VariantFactory(ProfileRegistry.load(ConfigLoader.configDir().resolve("rules")));
        try (PdfRenderer pdf = PdfRenderer.withSystemFont()) {
            return new FolderCorpus(variants).generate(root, folders, 3, seed, List.of(new DocxRenderer(), pdf));
        }
    }

    /** Reads check's JSON back; derived output fields (e.g. a figure's money view) are not constructor fields. */
    private static final com.fasterxml.jackson.databind.ObjectMapper LENIENT = Json.MAPPER.copy()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** {@code check --format json DIR} in this JVM, its JSON lines read back by file name. */
    static Map<String, ReportResult> checkFolder(Path dir) {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        PrintStream saved = System.out;
        synchronized (EvalChecksCommand.class) {
            try {
                System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
                new picocli.CommandLine(new CheckCommand()).execute("--format", "json", dir.toString());
            } finally {
                System.setOut(saved);
            }
        }
        Map<String, ReportResult> out = new java.util.HashMap<>();
        for (String line : buffer.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                ReportResult r = LENIENT.readValue(line, ReportResult.class);
                out.put(Path.of(r.file()).getFileName().toString(), r);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("check output not readable: " + line, e);
            }
        }
        return out;
    }

    private static java.util.function.IntConsumer progress(String what, int total) {
        int step = Math.max(1, total / 10);
        return done -> {
            if (done % step == 0 || done == total) {
                System.err.println("eval-checks: " + what + " " + done + "/" + total);
            }
        };
    }

    private static EvaluationResult withoutMisses(EvaluationResult r) {
        return new EvaluationResult(r.files(), r.failed(), r.seconds(), r.perCode(), r.inconsistencies(),
                r.missingParts(), r.missingSections(), r.missingAttachments(), r.completenessExactCount(),
                r.completenessExact(), r.profileRightCount(), r.profileAccuracy(), r.profileByGold(), r.cleanFiles(),
                r.cleanFilesWithFalseAlarms(), r.cleanFalseAlarms(), List.of(), r.perVariant());
    }

    static void writeMisses(Path file, List<EvaluationResult.Miss> misses) throws IOException {
        StringBuilder s = new StringBuilder();
        for (EvaluationResult.Miss m : misses) {
            s.append(Json.line(m)).append('\n');
        }
        Files.writeString(file, s, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
