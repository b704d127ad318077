package org.selfeval.cli;

import org.selfeval.eval.tables.EvaluationReport;
import org.selfeval.eval.tables.ReportFormatter;
import org.selfeval.eval.tables.TableCase;
import org.selfeval.eval.tables.TableCaseFile;
import org.selfeval.eval.tables.TableEvaluation;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.pipeline.DocumentReader;
import org.selfeval.pipeline.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code selfeval eval-tables}: PDF table accuracy against third-party oracles (ICDAR 2013
 * adjacency relations; tabula/camelot exact match). It reports; thresholds are the caller's.
 */
@Command(name = "eval-tables", mixinStandardHelpOptions = true,
        description = "Measure PDF table extraction against ICDAR 2013 ground truth and tabula/camelot oracles.")
public final class EvalTablesCommand implements Callable<Integer> {

    enum Format { text, json }

    @Option(names = "--corpus", defaultValue = "../shared/corpus/public/pdf-tables",
            description = "Corpus folder with icdar2013/, tabula/, camelot/ (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--cases", defaultValue = "config/eval/pdf-table-cases.tsv",
            description = "Exact-match case list (default: ${DEFAULT-VALUE})")
    Path cases;

    @Option(names = "--format", defaultValue = "text", description = "text or json (one object)")
    Format format;

    @Option(names = "--verbose", description = "Per-table relation scores with sample missed/spurious relations")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        // Log4j's "no logging provider" status line goes to stdout and would break --format json.
        if (System.getProperty("log4j2.statusLoggerLevel") == null) {
            System.setProperty("log4j2.statusLoggerLevel", "OFF");
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!Files.isDirectory(corpus)) {
            System.err.println("eval-tables: corpus folder not found: " + corpus.toAbsolutePath()
                    + " (pass --corpus DIR; it holds icdar2013/, tabula/ and camelot/)");
            return 2;
        }
        List<TableCase> caseList = Files.exists(cases)
                ? TableCaseFile.parse(Files.readString(cases, StandardCharsets.UTF_8)) : List.of();
        if (!Files.exists(cases)) {
            System.err.println("eval-tables: case list " + cases.toAbsolutePath() + " not found; exact-match part skipped");
        }
        DocumentReader reader = DocumentReader.standard();
        ExtractOptions options = ExtractOptions.defaults();
        EvaluationReport report = new TableEvaluation(p -> reader.read(p, options)).run(corpus, caseList);
        out.print(format == Format.json ? Json.line(report) + "\n" : ReportFormatter.text(report, verbose));
        return 0;
    }
}
