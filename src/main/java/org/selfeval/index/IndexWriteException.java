package org.selfeval.index;

/**
 * A report could not be written to the index. The message is for the user (Chinese); {@link #detail()}
 * carries the engine's own reason (e.g. Elasticsearch's error type and reason) for the operator.
 */
public final class IndexWriteException extends RuntimeException {

    private final String detail;

    public IndexWriteException(String message, String detail, Throwable cause) {
        super(message, cause);
        this.detail = detail;
    }

    public String detail() {
        return detail;
    }
}
