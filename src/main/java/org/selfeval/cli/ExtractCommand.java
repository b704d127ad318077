package org.selfeval.cli;

import org.selfeval.config.ConfigLoader;
import org.selfeval.config.SelfEvalConfig;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.extract.ExtractResult;
import org.selfeval.extract.ExtractionFailure;
import org.selfeval.extract.FailureCode;
import org.selfeval.pipeline.BatchRunner;
import org.selfeval.pipeline.DocumentReader;
import org.selfeval.pipeline.FailureSummary;
import org.selfeval.pipeline.InputFiles;
import org.selfeval.pipeline.Json;
import org.selfeval.pipeline.TextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code selfeval extract PATH...}: the document model of each file (folders recursively), as
 * JSON Lines or text, in input order. Exit 0 when all were read, 2 when any failed.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract headings, paragraphs and tables of each file into the document model.")
public final class ExtractCommand implements Callable<Integer> {

    enum Format { json, text, none }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (searched recursively)")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "json", description = "json (one object per line), text, or none")
    Format format;

    @Option(names = "--summary", description = "Print counts by outcome to standard error at the end")
    boolean summary;

    @Option(names = "--no-ocr", description = "Do not OCR pages without a text layer")
    boolean noOcr;

    @Option(names = "--timeout", description = "Per-document time limit in seconds for the text layer; each page to OCR adds extract.ocr.seconds_per_page (default from config)")
    Integer timeoutSeconds;

    @Option(names = "--jobs", description = "Files processed at once (default from config: one per core)")
    Integer jobs;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        SelfEvalConfig config = ConfigLoader.load();
        ExtractOptions options = config.extractOptions();
        if (noOcr) {
            options = options.withOcr(options.ocr().disabled());
        }
        if (timeoutSeconds != null) {
            options = options.withTimeout(Duration.ofSeconds(timeoutSeconds));
        }
        ExtractOptions effective = options;
        DocumentReader reader = DocumentReader.standard(config.outlineRules()).withWordPages(config.wordPages(null));
        List<Path> files = InputFiles.expand(paths);
        FailureSummary counts = new FailureSummary();
        Progress progress = Progress.onTerminal(err, files.size());
        BatchRunner<ExtractResult> runner = new BatchRunner<>(jobs != null ? jobs : config.parallelism(),
                file -> reader.read(file, effective),
                (file, error) -> ExtractResult.failed(file.toString(), null,
                        ExtractionFailure.of(FailureCode.IO, InternalError.describe(error))));
        runner.run(files, (i, result) -> {
            counts.add(result);
            progress.step(result.file());
            switch (format) {
                case json -> out.println(Json.line(result));
                case text -> out.println(TextRenderer.render(result));
                case none -> { }
            }
        });
        progress.done();
        if (summary) {
            err.print(counts.render());
        }
        return counts.failed() > 0 ? 2 : 0;
    }
}
