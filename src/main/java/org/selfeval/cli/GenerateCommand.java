package org.selfeval.cli;

import org.selfeval.synth.CorpusGenerator;
import org.selfeval.synth.DocxRenderer;
import org.selfeval.synth.PdfRenderer;
import org.selfeval.synth.SpecRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code selfeval generate}: a reproducible corpus of synthetic reports with truth files. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate synthetic self-evaluation reports (docx/pdf) with <name>.truth.json ground truth.")
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "output directory")
    Path out;

    @Option(names = "--count", defaultValue = "10", description = "number of documents (default ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--seed", defaultValue = "1", description = "base seed; document i uses seed+i")
    long seed;

    @Option(names = "--formats", split = ",", defaultValue = "docx,pdf", description = "docx and/or pdf, alternating")
    List<String> formats;

    @Override
    public Integer call() throws Exception {
        List<SpecRenderer> renderers = new ArrayList<>();
        PdfRenderer pdf = null;
        try {
            for (String f : formats) {
                switch (f.trim().toLowerCase()) {
                    case "docx" -> renderers.add(new DocxRenderer());
                    case "pdf" -> renderers.add(pdf = PdfRenderer.withSystemFont());
                    default -> throw new picocli.CommandLine.ParameterException(
                            new picocli.CommandLine(this), "unknown format: " + f);
                }
            }
            List<Path> files = new CorpusGenerator(renderers).generate(out, count, seed);
            System.out.println("generated " + files.size() + " documents in " + out);
            return 0;
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            return 1;
        } finally {
            if (pdf != null) {
                pdf.close();
            }
        }
    }
}
