package org.selfeval.pipeline;

import org.selfeval.extract.Deadline;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.extract.ExtractionException;
import org.selfeval.extract.ExtractResult;
import org.selfeval.extract.FormatExtractor;
import org.selfeval.extract.ReportExtractor;
import org.selfeval.extract.TimeLimiter;
import org.selfeval.extract.pdf.PdfBoxExtractor;
import org.selfeval.extract.word.DocExtractor;
import org.selfeval.extract.word.DocxExtractor;
import org.selfeval.model.ReportDocument;
import org.selfeval.render.WordPages;
import org.selfeval.structure.OutlineBuilder;
import org.selfeval.structure.OutlineRules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** extract → structure: a file in, the structured document model (or a typed failure) out, under one deadline. */
public final class DocumentReader {

    private final ReportExtractor extractor;
    private final OutlineBuilder outline;
    private final WordPages wordPages;

    public DocumentReader(ReportExtractor extractor, OutlineBuilder outline) {
        this(extractor, outline, null);
    }

    private DocumentReader(ReportExtractor extractor, OutlineBuilder outline, WordPages wordPages) {
        this.extractor = extractor;
        this.outline = outline;
        this.wordPages = wordPages;
    }

    /** This reader, giving Word reports the pages of their LibreOffice rendering (null: estimates). */
    public DocumentReader withWordPages(WordPages pages) {
        return new DocumentReader(extractor, outline, pages);
    }

    public static DocumentReader standard() {
        return standard(OutlineRules.defaults());
    }

    public static DocumentReader standard(OutlineRules rules) {
        List<FormatExtractor> extractors = new ArrayList<>();
        // Format extractors register here.
        extractors.add(new DocxExtractor());
        extractors.add(new DocExtractor());
        extractors.add(new PdfBoxExtractor());
        return new DocumentReader(new ReportExtractor(extractors), new OutlineBuilder(rules));
    }

    public ExtractResult read(Path file, ExtractOptions options) {
        return read(file, options, Deadline.in(options.timeout()));
    }

    /** Extraction and outline recovery under the document's one deadline. */
    public ExtractResult read(Path file, ExtractOptions options, Deadline deadline) {
        ExtractResult raw = extractor.extract(file, options, deadline);
        if (!raw.isOk()) {
            return raw;
        }
        ReportDocument doc;
        try {
            doc = TimeLimiter.call("outline " + file.getFileName(), deadline, () -> outline.apply(raw.document()));
        } catch (ExtractionException e) {
            return ExtractResult.failed(raw.file(), raw.sha256(), e.failure());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e); // outline recovery throws no checked exception
        }
        // The LibreOffice rendering is bounded by its own kill timeout (render.conversion_timeout_seconds).
        return ExtractResult.ok(wordPages != null ? wordPages.apply(file, doc) : WordPages.estimated(doc));
    }
}
