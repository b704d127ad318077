package org.selfeval.pipeline;

import org.selfeval.extract.ExtractOptions;
import org.selfeval.extract.ExtractResult;
import org.selfeval.extract.FormatExtractor;
import org.selfeval.extract.ReportExtractor;
import org.selfeval.structure.OutlineBuilder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** extract → structure: a file in, the structured document model (or a typed failure) out. */
public final class DocumentReader {

    private final ReportExtractor extractor;
    private final OutlineBuilder outline;

    public DocumentReader(ReportExtractor extractor, OutlineBuilder outline) {
        this.extractor = extractor;
        this.outline = outline;
    }

    public static DocumentReader standard() {
        List<FormatExtractor> extractors = new ArrayList<>();
        // Format extractors register here.
        extractors.addAll(List.of(new org.selfeval.extract.word.DocxExtractor(), new org.selfeval.extract.word.DocExtractor()));
        return new DocumentReader(new ReportExtractor(extractors), new OutlineBuilder());
    }

    public ExtractResult read(Path file, ExtractOptions options) {
        ExtractResult raw = extractor.extract(file, options);
        if (!raw.isOk()) {
            return raw;
        }
        return ExtractResult.ok(outline.apply(raw.document()));
    }
}
