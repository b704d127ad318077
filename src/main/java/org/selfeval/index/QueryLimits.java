package org.selfeval.index;

import org.selfeval.config.SelfEvalConfig;

/**
 * The longest search text either engine is given (index.query in selfeval.yaml). Checked before
 * the query is built: hundreds of words would otherwise exceed Lucene's clause limit (or make a
 * huge Elasticsearch query), so an over-long text is refused with a message rather than cut.
 */
public record QueryLimits(int maxChars, int maxTerms) {

    public static QueryLimits of(SelfEvalConfig.Index config) {
        return new QueryLimits(config.query().maxChars(), config.query().maxTerms());
    }

    /** @throws QueryTooLongException when the text is over a limit */
    public void check(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String t = text.strip();
        int chars = t.codePointCount(0, t.length());
        if (chars > maxChars) {
            throw new QueryTooLongException("检索词过长（" + chars + " 个字符，最多 " + maxChars + " 个），请缩短后重试。");
        }
        int terms = t.split("\\s+").length;
        if (terms > maxTerms) {
            throw new QueryTooLongException("检索词过多（" + terms + " 个，最多 " + maxTerms + " 个），请减少检索词后重试。");
        }
    }

    /** A search text over the configured limits; the message is for the user. */
    public static final class QueryTooLongException extends IllegalArgumentException {
        public QueryTooLongException(String message) {
            super(message);
        }
    }
}
