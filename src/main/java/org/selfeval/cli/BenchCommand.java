package org.selfeval.cli;

import org.selfeval.engine.AnalysisOptions;
import org.selfeval.engine.SelfEvalEngine;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.pipeline.DocumentReader;
import org.selfeval.pipeline.Json;
import org.selfeval.synth.BenchCorpus;
import org.selfeval.synth.BenchReport;
import org.selfeval.synth.ExtractionBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code selfeval bench}: full extraction throughput vs plain Tika on a synthetic corpus. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark extraction (or the whole check) against plain Tika text extraction on synthetic reports.")
public final class BenchCommand implements Callable<Integer> {

    enum Format { table, json }

    enum Mode { extract, check }

    @Option(names = "--mode", defaultValue = "extract",
            description = "extract (document model) or check (extract + figures + checks), each vs plain Tika")
    Mode mode;

    @Option(names = "--count", defaultValue = "200", description = "documents, half docx half pdf (default ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--dir", description = "corpus directory; reused when it already holds the documents")
    Path dir;

    @Option(names = "--repeat", defaultValue = "1", description = "timed passes over the corpus")
    int repeat;

    @Option(names = "--warmup", defaultValue = "20", description = "untimed documents first")
    int warmup;

    @Option(names = "--seed", defaultValue = "1", description = "base seed when generating")
    long seed;

    @Option(names = "--format", defaultValue = "table", description = "table or json")
    Format format;

    @Override
    public Integer call() throws Exception {
        Path corpus = dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"), "selfeval-bench-" + count);
        List<Path> files = BenchCorpus.ensure(corpus, count, seed);
        ExtractionBenchmark bench;
        if (mode == Mode.check) {
            SelfEvalEngine engine = SelfEvalEngine.standard();
            bench = new ExtractionBenchmark(file -> engine.analyse(file, AnalysisOptions.defaults()).isOk());
        } else {
            bench = new ExtractionBenchmark(DocumentReader.standard(), ExtractOptions.defaults());
        }
        BenchReport report = bench.run(files, warmup, repeat);
        System.out.print(format == Format.json ? Json.pretty(report) + System.lineSeparator() : report.table());
        return 0;
    }
}
