package org.selfeval.config;

import org.selfeval.extract.ExtractOptions;
import org.selfeval.structure.OutlineRules;

import java.time.Duration;

/** The immutable configuration tree read from config/selfeval.yaml. */
public record SelfEvalConfig(Extract extract, Structure structure, Batch batch) {

    public record Extract(long maxBytes, int maxPages, int timeoutSeconds, Ocr ocr) {
    }

    public record Ocr(boolean enabled, String command, String languages, int dpi) {
    }

    public record Structure(int maxHeadingChars, int maxAttachmentTitleChars, int tableTitleLookahead) {
    }

    public record Batch(int parallelism) {
    }

    public ExtractOptions extractOptions() {
        return new ExtractOptions(extract.maxBytes(), extract.maxPages(), Duration.ofSeconds(extract.timeoutSeconds()),
                new ExtractOptions.OcrOptions(extract.ocr().enabled(), extract.ocr().command(),
                        extract.ocr().languages(), extract.ocr().dpi()));
    }

    public OutlineRules outlineRules() {
        return new OutlineRules(structure.maxHeadingChars(), structure.maxAttachmentTitleChars(),
                structure.tableTitleLookahead());
    }

    /** Worker threads for a batch: the configured number, or one per core. */
    public int parallelism() {
        return batch.parallelism() > 0 ? batch.parallelism() : Runtime.getRuntime().availableProcessors();
    }
}
