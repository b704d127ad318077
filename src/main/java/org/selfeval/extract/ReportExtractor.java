package org.selfeval.extract;

import org.apache.tika.mime.MediaType;
import org.selfeval.model.ReportDocument;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The extraction façade: checks limits, reads the file once, detects its type from content,
 * hands it to the matching {@link FormatExtractor} under a time limit, and turns every failure
 * into a typed {@link ExtractResult}. It never throws for a bad document.
 */
public final class ReportExtractor {

    private final List<FormatExtractor> extractors;
    private final TypeDetector detector = new TypeDetector();

    public ReportExtractor(List<FormatExtractor> extractors) {
        this.extractors = List.copyOf(extractors);
    }

    public ExtractResult extract(Path path, ExtractOptions options) {
        return extract(path, options, Deadline.in(options.timeout()));
    }

    /** Extraction under a deadline the caller's later stages share (they get what it leaves). */
    public ExtractResult extract(Path path, ExtractOptions options, Deadline deadline) {
        String name = path.toString();
        String sha = null;
        try {
            // Attributes first, without following links: a FIFO or link is refused before any read;
            // then the size, and the read itself runs under the document's limit (a stuck mount).
            byte[] content = TimeLimiter.call(path.getFileName().toString(), deadline,
                    () -> InputGate.readAll(path, options.maxBytes()));
            sha = Hashing.sha256(content);
            if (content.length == 0) {
                throw new ExtractionException(FailureCode.EMPTY, "zero-byte file");
            }
            MediaType type = detector.detect(content);
            String format = TypeDetector.formatOf(type, content);
            SourceFile source = new SourceFile(path, name, content, sha, type.getBaseType().toString(), format);
            FormatExtractor extractor = extractors.stream().filter(e -> e.supports(format)).findFirst()
                    .orElseThrow(() -> new ExtractionException(FailureCode.UNSUPPORTED_TYPE, "no extractor for " + format));
            ReportDocument doc = TimeLimiter.call("extract " + path.getFileName(), deadline,
                    () -> extractor.extract(source, options, deadline));
            return ExtractResult.ok(doc);
        } catch (ExtractionException e) {
            return ExtractResult.failed(name, sha, e.failure());
        } catch (NoSuchFileException e) {
            return ExtractResult.failed(name, sha, ExtractionFailure.of(FailureCode.IO, "no such file"));
        } catch (Throwable t) {
            return ExtractResult.failed(name, sha, FailureClassifier.classify(t));
        }
    }
}
