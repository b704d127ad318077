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
 * Cross-year findings go on both reports of a pair: the newcomer gets them at once, and each current
 * report of the year before or after is compared again with its department's current reports, its
 * cross-year findings replaced (a pair's finding cites both files, so it reads right on either).
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

    /**
     * What happened to one file: its check result (cross-year findings included), if indexed the
     * report, and the other reports whose cross-year findings changed because of it.
     */
    public record Outcome(ReportResult result, IndexedReport indexed, List<Updated> others) {
        public Outcome {
            others = others == null ? List.of() : List.copyOf(others);
        }

        public Outcome(ReportResult result, IndexedReport indexed) {
            this(result, indexed, List.of());
        }

        public boolean indexedOk() {
            return indexed != null;
        }
    }

    /**
     * Another indexed report compared again: its cross-year findings now (they replace its earlier
     * ones; empty when it has none any more).
     */
    public record Updated(String sha256, String file, List<Finding> crossYear) {
        public Updated {
            crossYear = List.copyOf(crossYear);
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
        if (!o.indexedOk()) {
            return o;
        }
        index.upsert(o.indexed());
        return new Outcome(o.result(), o.indexed(), compareOthersAgain(o.indexed()));
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
        if (!o.indexedOk()) {
            return new Queued(o, null);
        }
        CompletableFuture<IndexedReport> written = writer.add(o.indexed());
        // The index shows the queued report at once, so the neighbours' comparisons include it.
        return new Queued(new Outcome(o.result(), o.indexed(), compareOthersAgain(o.indexed())), written);
    }

    private Outcome prepare(ExtractResult extracted, ReportResult result) {
        if (!result.isOk()) {
            return new Outcome(result, null);
        }
        IndexedReport report = builder.build(result, extracted.document(), clock.getAsLong());
        List<Finding> crossYear = crossYear(report);
        if (!crossYear.isEmpty()) {
            report = report.withFindings(entries(crossYear));
            List<Finding> all = new ArrayList<>(result.findings());
            all.addAll(crossYear);
            result = result.withFindings(all);
        }
        return new Outcome(result, report);
    }

    /** The current reports of the years next to {@code added}'s, compared again now that it is in the index. */
    private List<Updated> compareOthersAgain(IndexedReport added) {
        if (crossYearChecks.isEmpty() || added.department() == null || added.year() == null) {
            return List.of();
        }
        List<IndexedReport> family = index.byDepartment(added.department());
        // A version that the index keeps superseded changes nobody's comparisons.
        if (family.stream().noneMatch(r -> r.sha256().equals(added.sha256()) && r.current())) {
            return List.of();
        }
        List<Updated> out = new ArrayList<>();
        for (IndexedReport other : family) {
            if (!other.current() || other.year() == null || Math.abs(other.year() - added.year()) != 1) {
                continue;
            }
            List<Finding> fresh = new ArrayList<>();
            List<IndexedReport> rest = family.stream().filter(r -> !r.sha256().equals(other.sha256())).toList();
            for (CrossYear check : crossYearChecks) {
                fresh.addAll(check.compare(other, rest));
            }
            List<FindingEntry> entries = entries(fresh);
            List<FindingEntry> before = other.findings().stream().filter(f -> f.code().equals(CrossYear.CODE)).toList();
            if (!entries.equals(before)) {
                // Same sha256, indexedAt and current flag: only its findings change.
                index.upsert(other.replacingFindings(CrossYear.CODE, entries));
                out.add(new Updated(other.sha256(), other.file(), fresh));
            }
        }
        return out;
    }

    private static List<FindingEntry> entries(List<Finding> findings) {
        return findings.stream().map(f -> new FindingEntry(f.code(), f.severity().json(), f.rule(), f.message())).toList();
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
