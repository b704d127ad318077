package org.selfeval.cli;

import org.selfeval.config.ConfigLoader;
import org.selfeval.extract.pdf.OcrBenchmark;
import org.selfeval.pipeline.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code selfeval bench-ocr}: OCR seconds per page on a scanned PDF (to set extract.ocr.seconds_per_page). */
@Command(name = "bench-ocr", mixinStandardHelpOptions = true,
        description = "OCR time per page of a scanned PDF (each page alone, then the whole document under the configured budget).")
public final class BenchOcrCommand implements Callable<Integer> {

    enum Format { table, json }

    @Parameters(arity = "0..1", description = "scanned PDF (default ../shared/seed/seed-report-scanned.pdf)")
    Path pdf;

    @Option(names = "--format", defaultValue = "table", description = "table or json")
    Format format;

    @Override
    public Integer call() throws Exception {
        Path file = pdf != null ? pdf : Path.of(System.getProperty("selfeval.home", "."), "..", "shared", "seed",
                "seed-report-scanned.pdf").normalize();
        OcrBenchmark.Result r = new OcrBenchmark(ConfigLoader.load().extractOptions()).run(file);
        System.out.print(format == Format.json ? Json.pretty(r) + System.lineSeparator() : r.table());
        return 0;
    }
}
