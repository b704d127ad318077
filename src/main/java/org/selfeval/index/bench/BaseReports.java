package org.selfeval.index.bench;

import org.selfeval.engine.AnalysisOptions;
import org.selfeval.engine.ReportResult;
import org.selfeval.engine.SelfEvalEngine;
import org.selfeval.extract.ExtractResult;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.IndexedReport;
import org.selfeval.index.IndexedReportBuilder;
import org.selfeval.pipeline.DocumentReader;
import org.selfeval.pipeline.Json;
import org.selfeval.synth.CorpusGenerator;
import org.selfeval.synth.FamilyGenerator;
import org.selfeval.synth.ReportSpec;
import org.selfeval.synth.SpecRenderer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's base set: real generated documents (department × year families, rendered in turn
 * by each renderer) checked by the real engine and turned into {@link IndexedReport}s. Checking is
 * slow (seconds per document), so the result is cached as JSON Lines and reused when it holds
 * enough reports.
 */
public final class BaseReports {

    static final String CACHE = "base-reports.jsonl";

    private final SelfEvalEngine engine;
    private final DocumentReader reader;
    private final IndexedReportBuilder builder;

    public BaseReports(SelfEvalEngine engine, DocumentReader reader, IndexAnalysis analysis) {
        this.engine = engine;
        this.reader = reader;
        this.builder = new IndexedReportBuilder(analysis);
    }

    /**
     * The cached base set in {@code sourceDir}, or a new one of {@code families × years} documents.
     *
     * @param renderers family i is rendered by {@code renderers[i % size]}
     */
    public List<IndexedReport> ensure(Path sourceDir, int families, int years, long seed,
                                      List<SpecRenderer> renderers) throws IOException {
        Path cache = sourceDir.resolve(CACHE);
        if (Files.isRegularFile(cache)) {
            List<IndexedReport> cached = read(cache);
            if (cached.size() >= families * years) {
                return cached;
            }
        }
        Path docs = sourceDir.resolve("documents");
        Files.createDirectories(docs);
        FamilyGenerator generator = new FamilyGenerator();
        List<IndexedReport> out = new ArrayList<>();
        long clock = 1_700_000_000_000L;
        for (int i = 0; i < families; i++) {
            SpecRenderer renderer = renderers.get(i % renderers.size());
            for (ReportSpec spec : generator.family(String.format("base%04d", i), i, seed + i, 2020, years)) {
                Path file = CorpusGenerator.write(spec, renderer, docs);
                ExtractResult extracted = reader.read(file, engine.extractOptions());
                ReportResult result = engine.analyse(extracted, AnalysisOptions.defaults());
                if (result.isOk()) {
                    out.add(builder.build(result, extracted.document(), clock++));
                } else {
                    System.err.println("bench-index: base document failed: " + file + " " + result.error());
                }
            }
        }
        write(cache, out);
        return out;
    }

    static List<IndexedReport> read(Path cache) {
        try (var lines = Files.lines(cache, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).map(BaseReports::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + cache, e);
        }
    }

    static void write(Path cache, List<IndexedReport> reports) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(cache, StandardCharsets.UTF_8)) {
            for (IndexedReport r : reports) {
                w.write(Json.line(r));
                w.newLine();
            }
        }
    }

    private static IndexedReport parse(String line) {
        try {
            return Json.MAPPER.readValue(line, IndexedReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException("bad cached report line", e);
        }
    }
}
