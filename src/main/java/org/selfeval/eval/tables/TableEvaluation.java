package org.selfeval.eval.tables;

import org.selfeval.extract.ExtractResult;
import org.selfeval.extract.pdf.GivenColumnsTableFinder;
import org.selfeval.model.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs both measures over a corpus folder laid out as ../shared/corpus/public/pdf-tables:
 * {@code icdar2013/X.pdf} with {@code X.expected.str.xml} (+ {@code X.expected.reg.xml}), and the
 * exact-match cases whose paths are relative to the corpus folder.
 */
public final class TableEvaluation {

    private final Function<Path, ExtractResult> reader;
    private final Map<Path, ExtractResult> cache = new HashMap<>();

    /** @param reader our extraction pipeline, file → result (each file is read once per run) */
    public TableEvaluation(Function<Path, ExtractResult> reader) {
        this.reader = reader;
    }

    public EvaluationReport run(Path corpus, List<TableCase> cases) throws IOException {
        return new EvaluationReport(corpus.toString(), EvaluationReport.Icdar.of(icdar(corpus.resolve("icdar2013"))),
                EvaluationReport.Cases.of(cases(corpus, cases)));
    }

    List<IcdarDocumentResult> icdar(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(dir)) {
            pdfs = s.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
        List<IcdarDocumentResult> out = new ArrayList<>();
        for (Path pdf : pdfs) {
            String base = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
            Path str = dir.resolve(base + ".expected.str.xml");
            if (!Files.exists(str)) {
                continue;
            }
            Path reg = dir.resolve(base + ".expected.reg.xml");
            PageFrames frames = PageFrames.of(pdf);
            List<GroundTruthTable> gt = IcdarGroundTruth.parse(Files.readString(str, StandardCharsets.UTF_8),
                    Files.exists(reg) ? Files.readString(reg, StandardCharsets.UTF_8) : null, frames::page);
            ExtractResult result = read(pdf);
            String name = pdf.getFileName().toString();
            if (result.isOk()) {
                List<Table> ours = result.document().tables().toList();
                out.add(IcdarEvaluator.evaluate(name, gt, ours));
            } else {
                out.add(IcdarEvaluator.failed(name, gt, result.failure().code() + " " + result.failure().detail()));
            }
        }
        return out;
    }

    List<CaseResult> cases(Path corpus, List<TableCase> cases) throws IOException {
        List<CaseResult> out = new ArrayList<>();
        for (TableCase c : cases) {
            Path pdf = corpus.resolve(c.file());
            Path expected = corpus.resolve(c.expected());
            if (!Files.exists(pdf) || !Files.exists(expected)) {
                out.add(new CaseResult(c.name(), c.file(), c.mode(), CaseResult.Status.FAILED, null, null,
                        "corpus file missing: " + (Files.exists(pdf) ? expected : pdf)));
                continue;
            }
            List<List<String>> grid = CsvGrid.parse(Files.readString(expected, StandardCharsets.UTF_8));
            if (c.columns().isEmpty()) {
                out.add(ExactMatchEvaluator.evaluate(c, read(pdf), grid, page -> frame(pdf, page)));
            } else {
                out.add(withColumns(c, pdf, grid));
            }
        }
        return out;
    }

    /** The oracle was made with explicit column boundaries: we read the page with the same ones. */
    private static CaseResult withColumns(TableCase c, Path pdf, List<List<String>> grid) {
        double[] xs = c.columns().stream().mapToDouble(Double::doubleValue).toArray();
        try {
            List<Table> tables = GivenColumnsTableFinder.read(pdf, c.page(), xs);
            return ExactMatchEvaluator.evaluate(c, tables, grid, page -> frame(pdf, page));
        } catch (IOException e) {
            return new CaseResult(c.name(), c.file(), c.mode(), CaseResult.Status.FAILED, null, null,
                    "cannot read with given columns: " + e.getMessage());
        }
    }

    private ExtractResult read(Path pdf) {
        return cache.computeIfAbsent(pdf.toAbsolutePath().normalize(), reader);
    }

    /** Only percent areas need the page size, so frames are read on demand. */
    private static PageFrame frame(Path pdf, int page) {
        try {
            return PageFrames.of(pdf).page(page);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read page size of " + pdf, e);
        }
    }
}
