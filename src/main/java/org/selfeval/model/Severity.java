package org.selfeval.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Contract severities: error = the document contradicts itself; warning = needs a human; info = formatting. */
public enum Severity {
    ERROR, WARNING, INFO;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Severity of(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
