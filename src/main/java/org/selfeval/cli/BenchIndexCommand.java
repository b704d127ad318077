package org.selfeval.cli;

import org.selfeval.config.ConfigLoader;
import org.selfeval.config.SelfEvalConfig;
import org.selfeval.engine.SelfEvalEngine;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.IndexedReport;
import org.selfeval.index.bench.BaseReports;
import org.selfeval.index.bench.BenchEngine;
import org.selfeval.index.bench.BenchIndexResult;
import org.selfeval.index.bench.DerivedCorpus;
import org.selfeval.index.bench.EngineComparison;
import org.selfeval.index.bench.IndexBenchmark;
import org.selfeval.index.bench.QueryMix;
import org.selfeval.pipeline.DocumentReader;
import org.selfeval.pipeline.Json;
import org.selfeval.synth.DocxRenderer;
import org.selfeval.synth.PdfRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code selfeval bench-index}: indexing rate, index size and search latency of one engine on a
 * generated corpus. The base set is checked for real; the rest is derived from it by re-labelling
 * (see {@link DerivedCorpus}), which the output says.
 */
@Command(name = "bench-index", mixinStandardHelpOptions = true,
        description = "Benchmark the search index: indexing rate, index size, query latency p50/p95/p99.")
public final class BenchIndexCommand implements Callable<Integer> {

    enum Format { table, json }

    /** The json of {@code --engine both}. */
    record BothEngines(List<BenchIndexResult> runs, EngineComparison.Result comparison) {
    }

    /** {@code both}: each engine in turn, both kept open, then the same queries compared on the two. */
    enum Engine { lucene, elasticsearch, both }

    @Option(names = "--reports", defaultValue = "10000", description = "reports to index (default ${DEFAULT-VALUE})")
    int reports;

    @Option(names = "--engine", defaultValue = "lucene",
            description = "lucene, elasticsearch, or both (each measured, then their answers compared query by query)")
    Engine engine;

    @Option(names = "--data", paramLabel = "DIR",
            description = "work folder of the Lucene benchmark index (a bench-index-lucene folder is made in it; default: temp)")
    Path data;

    @Option(names = "--source", paramLabel = "DIR",
            description = "base documents and their cached check results (default: temp selfeval-bench-index)")
    Path source;

    @Option(names = "--base-families", defaultValue = "40", description = "checked base families (default ${DEFAULT-VALUE})")
    int baseFamilies;

    @Option(names = "--years", defaultValue = "5", description = "years per family (default ${DEFAULT-VALUE})")
    int years;

    @Option(names = "--queries", defaultValue = "300", description = "timed queries (default ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--warmup", defaultValue = "1", description = "untimed rounds of the query mix first")
    int warmup;

    @Option(names = "--seed", defaultValue = "1") long seed;

    @Option(names = "--keep", description = "keep the Elasticsearch benchmark index afterwards") boolean keep;

    @Option(names = "--format", defaultValue = "table", description = "table or json")
    Format format;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        SelfEvalConfig config = ConfigLoader.load();
        IndexAnalysis analysis = IndexAnalysis.fromConfig(ConfigLoader.configDir());
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path sourceDir = source != null ? source : tmp.resolve("selfeval-bench-index");
        List<IndexedReport> base;
        try (PdfRenderer pdf = PdfRenderer.withSystemFont()) {
            SelfEvalEngine check = SelfEvalEngine.standard(config, ConfigLoader.configDir());
            base = new BaseReports(check, DocumentReader.standard(config.outlineRules()), analysis)
                    .ensure(sourceDir, baseFamilies, years, seed, List.of(new DocxRenderer(), pdf));
        }
        List<IndexedReport> corpus = new DerivedCorpus(analysis).derive(base, reports, seed);
        String note = String.format("%d reports derived by re-labelling %d checked base reports (docx+pdf, %s)"
                + " into department × year families", corpus.size(), base.size(), sourceDir);
        List<QueryMix.Entry> mix = QueryMix.build(corpus, queries, seed, 20);
        if (engine != Engine.both) {
            BenchIndexResult result;
            try (BenchEngine bench = open(engine, config, analysis, tmp)) {
                result = new IndexBenchmark(bench.index(), bench::sizeBytes).run(engine.name(), note, corpus, mix, warmup);
            }
            out.print(format == Format.json ? Json.pretty(result) + System.lineSeparator() : result.table());
            return 0;
        }
        // Lucene first: its index stays open, idle, while Elasticsearch is measured.
        try (BenchEngine lucene = open(Engine.lucene, config, analysis, tmp);
             BenchEngine es = open(Engine.elasticsearch, config, analysis, tmp)) {
            BenchIndexResult first = new IndexBenchmark(lucene.index(), lucene::sizeBytes)
                    .run(Engine.lucene.name(), note, corpus, mix, warmup);
            BenchIndexResult second = new IndexBenchmark(es.index(), es::sizeBytes)
                    .run(Engine.elasticsearch.name(), note, corpus, mix, warmup);
            EngineComparison.Result same = EngineComparison.compare(Engine.lucene.name(), lucene.index(),
                    Engine.elasticsearch.name(), es.index(), mix);
            out.print(format == Format.json
                    ? Json.pretty(new BothEngines(List.of(first, second), same)) + System.lineSeparator()
                    : first.table() + System.lineSeparator() + second.table() + System.lineSeparator() + same.table());
            return same.agree() ? 0 : 1;
        }
    }

    private BenchEngine open(Engine which, SelfEvalConfig config, IndexAnalysis analysis, Path tmp) {
        if (which == Engine.elasticsearch) {
            var es = config.index().elasticsearch();
            return BenchEngine.elasticsearch(es, es.index() + "-bench", analysis, keep,
                    config.index().query().facetValues());
        }
        return BenchEngine.lucene((data != null ? data : tmp).resolve("bench-index-lucene"), analysis,
                config.index().query().facetValues(), config.index().query().searchThreads());
    }
}
