package org.selfeval.eval.crossyear;

/**
 * One injected cross-year mismatch: the later report's file, the rule that should catch it
 * (CY1 column, CY2 prose, CY3 target) and the quantity (a predicted label must start with it).
 */
public record CrossYearGold(String file, String rule, String key, String detail) {

    public boolean matches(String predictedFile, String predictedRule, String predictedLabel) {
        return file.equals(predictedFile) && rule.equals(predictedRule) && predictedLabel != null
                && predictedLabel.startsWith(key);
    }
}
