package org.selfeval.config;

import org.selfeval.extract.ExtractOptions;
import org.selfeval.render.RenderOptions;
import org.selfeval.structure.OutlineRules;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The immutable configuration tree read from config/selfeval.yaml. */
public record SelfEvalConfig(Extract extract, Structure structure, Batch batch, Index index, Render render,
                             ServiceSettings service) {

    public record Extract(long maxBytes, int maxPages, int timeoutSeconds, Ocr ocr, Zip zip, long maxCells,
                          long maxImagePixels) {
    }

    /** Zip-bomb limits for .docx packages. */
    public record Zip(double minInflateRatio, long maxExpandedBytes, long maxEntryBytes) {
    }

    /** OCR of image-only pages; see config/selfeval.yaml for seconds_per_page and max_pages. */
    public record Ocr(boolean enabled, String command, String languages, int dpi, int secondsPerPage, int maxPages) {
    }

    public record Structure(int maxHeadingChars, int maxAttachmentTitleChars, int tableTitleLookahead) {
    }

    public record Batch(int parallelism) {
    }

    /**
     * Where checked reports are indexed for search.
     *
     * @param engine  "lucene" (embedded, on disk under {@code dataDir}) or "elasticsearch"
     * @param dataDir the embedded index's folder; relative paths are taken from the working directory
     * @param query   limits of a search text, for both engines
     */
    public record Index(String engine, String dataDir, IndexElasticsearch elasticsearch, Query query) {

        public static final String LUCENE = "lucene";
        public static final String ELASTICSEARCH = "elasticsearch";

        /** The data folder: {@code --data} first, then {@code SELFEVAL_DATA}, then the configured one. */
        public Path dataDir(Path option, Map<String, String> env) {
            if (option != null) {
                return option;
            }
            String fromEnv = env.get("SELFEVAL_DATA");
            return fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : Path.of(dataDir);
        }
    }

    /**
     * Longest search text: characters, and whitespace-separated words; how many values each facet
     * lists (the most frequent first; 0 lists every value); and how many threads one search of the
     * embedded engine may use (its segments are searched in parallel; Elasticsearch decides itself).
     */
    public record Query(int maxChars, int maxTerms, int facetValues, int searchThreads) {
    }

    /**
     * Page images and the annotated PDF for reviewers.
     *
     * @param dpi                        page image resolution
     * @param soffice                    LibreOffice command that converts Word files to PDF (PATH lookup)
     * @param conversionTimeoutSeconds   limit for one conversion
     */
    /** @param wordPages Word reports take the pages of their LibreOffice rendering (null: true) */
    public record Render(int dpi, String soffice, int conversionTimeoutSeconds, Boolean wordPages) {
        public boolean renderWordPages() {
            return wordPages == null || wordPages;
        }
    }

    /**
     * True pages for Word reports as configured (render.word_pages), with the conversion cached in
     * {@code viewCache} (the page images' folder) or, when null, in a throw-away folder; null when
     * switched off, so Word reports keep estimated pages.
     */
    public org.selfeval.render.WordPages wordPages(java.nio.file.Path viewCache) {
        return render.renderWordPages() ? new org.selfeval.render.WordPages(renderOptions(), viewCache) : null;
    }

    public RenderOptions renderOptions() {
        return new RenderOptions(render.dpi(), render.soffice(), Duration.ofSeconds(render.conversionTimeoutSeconds()));
    }

    public ExtractOptions extractOptions() {
        return new ExtractOptions(extract.maxBytes(), extract.maxPages(), Duration.ofSeconds(extract.timeoutSeconds()),
                new ExtractOptions.OcrOptions(extract.ocr().enabled(), extract.ocr().command(),
                        extract.ocr().languages(), extract.ocr().dpi(), extract.ocr().secondsPerPage(),
                        extract.ocr().maxPages()),
                new ExtractOptions.ZipLimits(extract.zip().minInflateRatio(), extract.zip().maxExpandedBytes(),
                        extract.zip().maxEntryBytes()),
                extract.maxCells(), extract.maxImagePixels());
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
