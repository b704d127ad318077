package org.selfeval.index;

import org.selfeval.engine.AnalysisOptions;
import org.selfeval.engine.ReportResult;
import org.selfeval.engine.SelfEvalEngine;
import org.selfeval.extract.ExtractResult;
import org.selfeval.model.Finding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * Checks a file and indexes the result, running the cross-year checks against the department's
 * reports already in the index. Files are indexed one at a time so that each sees the previous.
 */
public final class ReportIndexer {

    private final SelfEvalEngine engine;
    private final IndexedReportBuilder builder;
    private final ReportIndex index;
    private final List<CrossYear> crossYearChecks;
    private final LongSupplier clock;

    /**
     * @param crossYearChecks run on every indexed report with its department's other reports
     */
    public ReportIndexer(SelfEvalEngine engine, IndexAnalysis analysis, ReportIndex index,
                         List<CrossYear> crossYearChecks, LongSupplier clock) {
        this.engine = engine;
        this.builder = new IndexedReportBuilder(analysis);
        this.index = index;
        this.crossYearChecks = List.copyOf(crossYearChecks);
        this.clock = clock;
    }

    /** What happened to one file: its check result (cross-year findings included) and, if indexed, the report. */
    public record Outcome(ReportResult result, IndexedReport indexed) {
        public boolean indexedOk() {
            return indexed != null;
        }
    }

    public Outcome index(Path file, AnalysisOptions options) {
        SelfEvalEngine.Checked checked = engine.check(file, options);
        return add(checked.extracted(), checked.result());
    }

    /**
     * Indexes a report already checked: the cheap, serial half of {@link #index}, so that a caller
     * can check files in parallel and index them one at a time.
     */
    public Outcome add(ExtractResult extracted, ReportResult result) {
        Outcome o = prepare(extracted, result);
        if (o.indexedOk()) {
            index.upsert(o.indexed());
        }
        return o;
    }

    /** A checked file whose report was queued in a writer; {@code written} is null when it was not indexed. */
    public record Queued(Outcome outcome, CompletableFuture<IndexedReport> written) {
    }

    /**
     * Checks a file and queues its report in {@code writer} (batched writes); the cross-year checks
     * see reports queued earlier, which the index shows before they are sent.
     */
    public Queued queue(Path file, AnalysisOptions options, ReportIndex.Writer writer) {
        SelfEvalEngine.Checked checked = engine.check(file, options);
        Outcome o = prepare(checked.extracted(), checked.result());
        return new Queued(o, o.indexedOk() ? writer.add(o.indexed()) : null);
    }

    private Outcome prepare(ExtractResult extracted, ReportResult result) {
        if (!result.isOk()) {
            return new Outcome(result, null);
        }
        IndexedReport report = builder.build(result, extracted.document(), clock.getAsLong());
        List<Finding> crossYear = crossYear(report);
        if (!crossYear.isEmpty()) {
            report = report.withFindings(crossYear.stream()
                    .map(f -> new FindingEntry(f.code(), f.severity().json(), f.rule(), f.message())).toList());
            List<Finding> all = new ArrayList<>(result.findings());
            all.addAll(crossYear);
            result = result.withFindings(all);
        }
        return new Outcome(result, report);
    }

    private List<Finding> crossYear(IndexedReport report) {
        if (crossYearChecks.isEmpty() || report.department() == null) {
            return List.of();
        }
        List<IndexedReport> others = index.byDepartment(report.department()).stream()
                .filter(r -> !r.sha256().equals(report.sha256())).toList();
        List<Finding> out = new ArrayList<>();
        for (CrossYear check : crossYearChecks) {
            out.addAll(check.compare(report, others));
        }
        return out;
    }
}
