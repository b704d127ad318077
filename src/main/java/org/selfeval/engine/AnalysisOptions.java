package org.selfeval.engine;

/**
 * Per-run choices.
 *
 * @param profileId force this rule profile instead of choosing one from the document, or null
 */
public record AnalysisOptions(String profileId) {
    public static AnalysisOptions defaults() {
        return new AnalysisOptions(null);
    }
}
