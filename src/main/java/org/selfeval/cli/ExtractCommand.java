package org.selfeval.cli;

import org.selfeval.extract.ExtractOptions;
import org.selfeval.extract.ExtractResult;
import org.selfeval.pipeline.DocumentReader;
import org.selfeval.pipeline.Json;
import org.selfeval.pipeline.TextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code selfeval extract FILE...}: the document model of each file, as JSON Lines or text. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract headings, paragraphs and tables of each file into the document model.")
public final class ExtractCommand implements Callable<Integer> {

    enum Format { json, text }

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--format", defaultValue = "json", description = "json (one object per line) or text")
    Format format;

    @Option(names = "--no-ocr", description = "Do not OCR pages without a text layer")
    boolean noOcr;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ExtractOptions options = ExtractOptions.defaults();
        if (noOcr) {
            options = options.withOcr(new ExtractOptions.OcrOptions(false, "tesseract", "chi_sim+eng", 300));
        }
        DocumentReader reader = DocumentReader.standard();
        boolean anyFailed = false;
        for (Path file : files) {
            ExtractResult result = reader.read(file, options);
            anyFailed |= !result.isOk();
            if (format == Format.json) {
                out.println(Json.line(result));
            } else {
                out.println(TextRenderer.render(result));
            }
        }
        return anyFailed ? 2 : 0;
    }
}
