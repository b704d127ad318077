package org.selfeval.index;

/** A finding as indexed: code and severity (contract spelling: error, warning, info) are filterable. */
public record FindingEntry(String code, String severity, String rule, String message) {
}
