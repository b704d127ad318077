package org.selfeval.cli;

import org.selfeval.config.ConfigLoader;
import org.selfeval.config.SelfEvalConfig;
import org.selfeval.engine.AnalysisOptions;
import org.selfeval.engine.ReportResult;
import org.selfeval.engine.SelfEvalEngine;
import org.selfeval.index.CrossYear;
import org.selfeval.index.crossyear.CrossYearChecker;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.IndexWriteException;
import org.selfeval.index.IndexedReport;
import org.selfeval.index.ReportIndex;
import org.selfeval.index.ReportIndexer;
import org.selfeval.index.ReportIndexes;
import org.selfeval.model.Severity;
import org.selfeval.pipeline.InputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Callable;

/**
 * {@code selfeval index PATH...}: checks each report and adds it to the search index. A file that
 * fails is reported and the batch goes on; a report indexed before whose cross-year findings change
 * (it is of the year before or after one indexed now) gets an 已更新 line. Exit status as for check:
 * 2 if a file failed, 1 if a report has an error finding (cross-year ones included), else 0.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Check reports and add them to the search index.")
public final class IndexCommand implements Callable<Integer> {

    /** Checks run against the department's other indexed reports; cross-year checks are registered here. */
    static List<CrossYear> crossYearChecks(SelfEvalEngine engine) {
        return List.of(CrossYearChecker.of(engine.profiles()));
    }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders (searched recursively)")
    List<Path> paths;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        SelfEvalConfig config = ConfigLoader.load();
        SelfEvalEngine engine = SelfEvalEngine.standard(config, ConfigLoader.configDir());
        IndexAnalysis analysis = IndexAnalysis.standard();
        List<Path> files = InputFiles.expand(paths);
        Counts counts = new Counts();
        try (ReportIndex index = ReportIndexes.open(config, data.value(), analysis)) {
            ReportIndexer indexer = new ReportIndexer(engine, analysis,
                    index, crossYearChecks(engine), System::currentTimeMillis);
            // Reports are written in bulk: lines are printed in input order once each write is settled.
            Deque<ReportIndexer.Queued> waiting = new ArrayDeque<>();
            try (ReportIndex.Writer writer = index.writer()) {
                for (Path file : files) {
                    try {
                        waiting.add(indexer.queue(file, AnalysisOptions.defaults(), writer));
                    } catch (RuntimeException e) {
                        counts.failed++;
                        out.println("失败  " + file + "  " + e);
                        continue;
                    }
                    while (!waiting.isEmpty() && settled(waiting.peek())) {
                        print(out, waiting.poll(), counts);
                    }
                }
            }
            while (!waiting.isEmpty()) {
                print(out, waiting.poll(), counts);
            }
            index.refresh();
            out.printf("共 %d 个文件：已索引 %d，失败 %d；索引中共 %d 份报告%n", files.size(), counts.indexed, counts.failed,
                    index.count());
        }
        return counts.failed > 0 ? 2 : counts.anyError ? 1 : 0;
    }

    private static final class Counts {
        int indexed;
        int failed;
        boolean anyError;
    }

    private static boolean settled(ReportIndexer.Queued q) {
        return q.written() == null || q.written().isDone();
    }

    /** One line for a file whose write is settled: 已索引, or 失败 with the reason (write failures included). */
    private static void print(PrintStream out, ReportIndexer.Queued q, Counts counts) {
        ReportResult r = q.outcome().result();
        if (!q.outcome().indexedOk()) {
            counts.failed++;
            out.println("失败  " + r.file() + "  " + r.error().code() + " " + r.error().message());
            return;
        }
        IndexedReport stored;
        try {
            stored = q.written().join();
        } catch (CompletionException e) {
            counts.failed++;
            String detail = e.getCause() instanceof IndexWriteException w ? "  （" + w.detail() + "）" : "";
            out.println("失败  " + r.file() + "  INDEX " + (e.getCause() == null ? e : e.getCause().getMessage())
                    + detail);
            return;
        }
        counts.indexed++;
        counts.anyError |= r.count(Severity.ERROR) > 0;
        out.printf("已索引  %s  %s %s %s  问题 %d（错误 %d）%s%n", r.file(), orDash(r.report().department()),
                r.report().year() == null ? "-" : r.report().year(), orDash(r.report().kind()),
                r.findings().size(), r.count(Severity.ERROR), stored.current() ? "" : "  （旧版本）");
        for (ReportIndexer.Updated u : q.outcome().others()) {
            // An earlier-indexed report of the next or previous year, compared again with this one.
            counts.anyError |= u.crossYear().stream().anyMatch(f -> f.severity() == Severity.ERROR);
            out.printf("已更新  %s  跨年度问题 %d%n", u.file(), u.crossYear().size());
        }
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
