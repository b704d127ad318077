package org.selfeval.cli;

import org.selfeval.config.ConfigLoader;
import org.selfeval.config.SelfEvalConfig;
import org.selfeval.engine.AnalysisOptions;
import org.selfeval.engine.ReportResult;
import org.selfeval.engine.SelfEvalEngine;
import org.selfeval.eval.crossyear.CrossYearCorpus;
import org.selfeval.eval.crossyear.CrossYearEvaluation;
import org.selfeval.extract.ExtractResult;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.IndexedReport;
import org.selfeval.index.IndexedReportBuilder;
import org.selfeval.index.crossyear.CrossYearChecker;
import org.selfeval.pipeline.DocumentReader;
import org.selfeval.synth.DocxRenderer;
import org.selfeval.synth.PdfRenderer;
import org.selfeval.synth.SpecRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code selfeval eval-cross-year}: generates department × year families with labelled cross-year
 * mismatches, checks and indexes each report in year order, and prints recall / precision of
 * CROSS_YEAR_MISMATCH per rule (CY1 column, CY2 prose, CY3 target) and the findings in clean families.
 */
@Command(name = "eval-cross-year", mixinStandardHelpOptions = true,
        description = "Measure the cross-year check on generated department × year families: recall, precision, clean-family findings.")
public final class EvalCrossYearCommand implements Callable<Integer> {

    @Option(names = "--families", defaultValue = "24", description = "families to generate (default ${DEFAULT-VALUE})")
    int families;

    @Option(names = "--years", defaultValue = "3", description = "consecutive years per family (default ${DEFAULT-VALUE})")
    int years;

    @Option(names = "--seed", defaultValue = "1", description = "base seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--formats", split = ",", defaultValue = "docx", description = "docx and/or pdf, by family in turn")
    List<String> formats;

    @Option(names = "--out", description = "keep the generated families in this folder (a temporary one otherwise)")
    Path out;

    @Option(names = "--list", description = "list every TP, FP and FN")
    boolean list;

    @Override
    public Integer call() throws IOException {
        if (System.getProperty("log4j2.statusLoggerLevel") == null) {
            System.setProperty("log4j2.statusLoggerLevel", "OFF");
        }
        PrintStream print = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path dir = out != null ? out : Files.createTempDirectory("selfeval-cross-year");
        List<SpecRenderer> renderers = new ArrayList<>();
        PdfRenderer pdf = null;
        try {
            for (String f : formats) {
                renderers.add(f.trim().equalsIgnoreCase("pdf") ? (pdf = PdfRenderer.withSystemFont()) : new DocxRenderer());
            }
            CrossYearCorpus.Corpus corpus = CrossYearCorpus.generate(dir, families, years, seed, renderers);
            System.err.println("eval-cross-year: " + corpus.members().size() + " reports in " + families + " families");
            SelfEvalConfig config = ConfigLoader.load();
            SelfEvalEngine engine = SelfEvalEngine.standard(config, ConfigLoader.configDir());
            DocumentReader reader = DocumentReader.standard(config.outlineRules());
            IndexedReportBuilder builder = new IndexedReportBuilder(IndexAnalysis.fromConfig(ConfigLoader.configDir()));
            AtomicLong clock = new AtomicLong(System.currentTimeMillis());
            CrossYearEvaluation evaluation = new CrossYearEvaluation(file -> {
                ExtractResult extracted = reader.read(file, engine.extractOptions());
                ReportResult result = engine.analyse(extracted, AnalysisOptions.defaults());
                return result.isOk() ? builder.build(result, extracted.document(), clock.incrementAndGet()) : null;
            }, CrossYearChecker.of(engine.profiles()), Runtime.getRuntime().availableProcessors());
            print.print(format(evaluation.run(corpus), list));
            return 0;
        } finally {
            if (pdf != null) {
                pdf.close();
            }
            if (out == null) {
                try (var walk = Files.walk(dir)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    static String format(CrossYearEvaluation.Result r, boolean list) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("reports %d (failed %d), families: %d injected, %d clean, %.1f s%n", r.reports(), r.failed(),
                r.injectedFamilies(), r.cleanFamilies(), r.seconds()));
        s.append(String.format("%-6s %4s %4s %4s %9s %7s%n", "rule", "tp", "fp", "fn", "precision", "recall"));
        for (Map.Entry<String, int[]> e : r.perRule().entrySet()) {
            int[] c = e.getValue();
            s.append(String.format("%-6s %4d %4d %4d %9.3f %7.3f%n", e.getKey(), c[0], c[1], c[2],
                    CrossYearEvaluation.Result.precision(c[0], c[1]), CrossYearEvaluation.Result.recall(c[0], c[2])));
        }
        s.append(String.format("%-6s %4d %4d %4d %9.3f %7.3f%n", "all", r.tp(), r.fp(), r.fn(),
                CrossYearEvaluation.Result.precision(r.tp(), r.fp()), CrossYearEvaluation.Result.recall(r.tp(), r.fn())));
        s.append("findings in clean families: ").append(r.cleanFindings()).append('\n');
        for (CrossYearEvaluation.Outcome o : r.outcomes()) {
            if (list || !o.kind().equals("TP")) {
                s.append(o.kind()).append('\t').append(o.file()).append('\t').append(o.rule()).append('\t')
                        .append(o.detail()).append('\n');
            }
        }
        return s.toString();
    }
}
