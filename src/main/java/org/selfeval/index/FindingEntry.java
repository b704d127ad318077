package org.selfeval.index;

/** A finding as indexed: code and severity are filterable, the message is shown. */
public record FindingEntry(String code, String severity, String rule, String message) {
}
