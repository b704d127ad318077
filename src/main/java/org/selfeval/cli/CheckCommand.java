package org.selfeval.cli;

import org.selfeval.config.ConfigLoader;
import org.selfeval.config.SelfEvalConfig;
import org.selfeval.engine.AnalysisOptions;
import org.selfeval.engine.ReportResult;
import org.selfeval.engine.SelfEvalEngine;
import org.selfeval.extract.ExtractionFailure;
import org.selfeval.extract.FailureCode;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.IndexedReportBuilder;
import org.selfeval.index.crossyear.BatchCrossYear;
import org.selfeval.model.Severity;
import org.selfeval.pipeline.BatchRunner;
import org.selfeval.pipeline.InputFiles;
import org.selfeval.pipeline.Json;
import org.selfeval.report.HtmlReportWriter;
import org.selfeval.report.Decision;
import org.selfeval.report.ReviewRow;
import org.selfeval.report.SummaryTable;
import org.selfeval.report.XlsxReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code selfeval check PATH...}: completeness and consistency of each report. Exit status per
 * the contract: 0 all clean, 1 some report has an error finding, 2 some file failed (or usage).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check reports for missing parts and numbers that disagree.")
public final class CheckCommand implements Callable<Integer> {

    enum Format { table, json }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders (searched recursively)")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "table", description = "table (readable summary) or json (JSON Lines per the contract)")
    Format format;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Also write a workbook: one sheet of reports, one of findings")
    Path xlsx;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML report page")
    Path html;

    @Option(names = "--decisions", paramLabel = "DIR", description = "Reviewers' decisions to show in --xlsx and --html:"
            + " the service's decisions folder (WORK/store/decisions), matched by sha256 and finding id")
    Path decisions;

    @Option(names = "--profile", description = "Use this rule profile instead of choosing one per report")
    String profile;

    @Option(names = "--jobs", description = "Files processed at once (default: one per core)")
    Integer jobs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        SelfEvalConfig config = ConfigLoader.load();
        SelfEvalEngine engine = SelfEvalEngine.standard(config, ConfigLoader.configDir());
        if (profile != null && engine.profiles().byId(profile).isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "未知的规则配置 --profile " + profile
                    + "（可用：" + engine.profiles().all().stream().map(p -> p.id()).toList() + "）");
        }
        AnalysisOptions options = new AnalysisOptions(profile);
        List<Path> files = InputFiles.expand(paths);
        SummaryTable summary = new SummaryTable();
        Progress progress = Progress.onTerminal(err, files.size());
        AtomicBoolean anyError = new AtomicBoolean();
        AtomicBoolean anyFailed = new AtomicBoolean();
        try (XlsxReportWriter workbook = xlsx == null ? null : new XlsxReportWriter(xlsx);
             HtmlReportWriter page = html == null ? null : new HtmlReportWriter(html)) {
            for (ReportResult result : checkAll(engine, options, files, jobs != null ? jobs : config.parallelism(),
                    progress::step)) {
                anyFailed.compareAndSet(false, !result.isOk());
                anyError.compareAndSet(false, result.count(Severity.ERROR) > 0);
                ReviewRow row = ReviewRow.of(result);
                if (decisions != null && result.isOk()) {
                    try {
                        row = row.withDecisions(Decision.read(decisions, result.sha256()));
                    } catch (IOException e) {
                        err.println("无法读取审核结论（" + result.file() + "）：" + e.getMessage());
                    }
                }
                if (format == Format.json) {
                    out.println(Json.line(result));
                }
                summary.add(row);
                try {
                    if (workbook != null) {
                        workbook.add(row);
                    }
                    if (page != null) {
                        page.add(row);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            progress.done();
        }
        if (format == Format.table) {
            out.print(summary.render());
        }
        return anyFailed.get() ? 2 : anyError.get() ? 1 : 0;
    }

    /**
     * What {@code check} computes for a batch: every file analysed, then the cross-year checks among
     * them; results in input order. Shared with {@code eval-corpus} so it scores exactly this path.
     */
    public static List<ReportResult> checkAll(SelfEvalEngine engine, AnalysisOptions options, List<Path> files,
                                              int jobs, Consumer<String> onFileDone) {
        BatchRunner<ReportResult> runner = new BatchRunner<>(jobs,
                file -> engine.analyse(file, options),
                (file, error) -> ReportResult.failed(file.toString(), null,
                        ExtractionFailure.of(FailureCode.IO, InternalError.describe(error))));
        // Cross-year checks need every file of the batch: results (no documents) are held and
        // returned in input order once the batch is complete.
        List<ReportResult> held = new ArrayList<>();
        runner.run(files, (i, result) -> {
            onFileDone.accept(result.file());
            held.add(result);
        });
        BatchCrossYear crossYear = new BatchCrossYear(
                new IndexedReportBuilder(IndexAnalysis.fromConfig(ConfigLoader.configDir())),
                IndexCommand.crossYearChecks(engine));
        return crossYear.apply(held);
    }
}
