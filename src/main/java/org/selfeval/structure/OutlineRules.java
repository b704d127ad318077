package org.selfeval.structure;

/**
 * Thresholds for telling headings from numbered list items; from config/selfeval.yaml.
 *
 * @param maxHeadingChars       a numbered line longer than this (after its token) is a list item,
 *                              unless its style marks it as a heading
 * @param maxAttachmentTitleChars longest line taken as an attachment (table) title
 * @param tableTitleLookahead   how many blocks ahead a table may follow its title
 */
public record OutlineRules(int maxHeadingChars, int maxAttachmentTitleChars, int tableTitleLookahead) {
    public static OutlineRules defaults() {
        return new OutlineRules(40, 50, 2);
    }
}
